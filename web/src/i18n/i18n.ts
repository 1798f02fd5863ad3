import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import livingEn from '../living/en.json';
import livingNl from '../living/nl.json';
import uiEn from '../ui/en.json';
import uiNl from '../ui/nl.json';
import en from './en.json';
import nl from './nl.json';
import { DEFAULT_LANGUAGE, languageFrom } from './language';

/**
 * The shell's texts (menu, kit, sign-in), in the first load. Each view has its
 * own namespace (useTranslation("map")), in its own folder, loaded with the
 * view the first time it is used: a view waits for its texts in its Suspense
 * fallback, and the first load carries no view's texts in either language.
 */
export const resources = {
  nl: { translation: nl, ui: uiNl, living: livingNl },
  en: { translation: en, ui: uiEn, living: livingEn },
} as const;

const viewTexts = import.meta.glob<Record<string, unknown>>('../*/{nl,en}.json', { import: 'default' });

/** One i18next instance for the app, started in the language the URL asks for. */
export const i18n = i18next.createInstance();

void i18n
  .use(initReactI18next)
  .use(
    resourcesToBackend((language: string, namespace: string) => {
      const load = viewTexts[`../${namespace}/${language}.json`];
      return load ? load() : Promise.reject(new Error(`no texts for ${namespace} in ${language}`));
    }),
  )
  .init({
    resources,
    // The shell's texts are above; a view's come from its folder on first use.
    partialBundledLanguages: true,
    ns: ['translation', 'ui', 'living'],
    lng: languageFrom(new URLSearchParams(window.location.search)),
    fallbackLng: DEFAULT_LANGUAGE,
    // React escapes what it renders; escaping twice would show entities.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
