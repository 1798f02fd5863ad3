import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import en from "./en.json";
import nl from "./nl.json";
import { DEFAULT_LANGUAGE, languageFrom } from "./language";

export const resources = {
  nl: { translation: nl },
  en: { translation: en },
} as const;

/** One i18next instance for the app, started in the language the URL asks for. */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources,
  lng: languageFrom(new URLSearchParams(window.location.search)),
  fallbackLng: DEFAULT_LANGUAGE,
  // React escapes what it renders; escaping twice would show entities.
  interpolation: { escapeValue: false },
  returnNull: false,
});
