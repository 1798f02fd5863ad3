import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import compareEn from '../compare/en.json';
import compareNl from '../compare/nl.json';
import livingEn from '../living/en.json';
import livingNl from '../living/nl.json';
import mapEn from '../map/en.json';
import mapNl from '../map/nl.json';
import networkEn from '../network/en.json';
import networkNl from '../network/nl.json';
import overlapEn from '../overlap/en.json';
import overlapNl from '../overlap/nl.json';
import partyEn from '../party/en.json';
import partyNl from '../party/nl.json';
import tablesEn from '../tables/en.json';
import tablesNl from '../tables/nl.json';
import uiEn from '../ui/en.json';
import uiNl from '../ui/nl.json';
import en from './en.json';
import nl from './nl.json';
import { DEFAULT_LANGUAGE, languageFrom } from './language';

/** Texts per language; each view has its own namespace (useTranslation("map")). */
export const resources = {
  nl: {
    translation: nl,
    map: mapNl,
    network: networkNl,
    ui: uiNl,
    overlap: overlapNl,
    tables: tablesNl,
    party: partyNl,
    compare: compareNl,
    living: livingNl,
  },
  en: {
    translation: en,
    map: mapEn,
    network: networkEn,
    ui: uiEn,
    overlap: overlapEn,
    tables: tablesEn,
    party: partyEn,
    compare: compareEn,
    living: livingEn,
  },
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
