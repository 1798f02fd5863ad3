import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { i18n } from '../i18n/i18n';
import en from './en.json';
import nl from './nl.json';

/** The namespace of the shared filter texts, used by every view that shows the FilterBar. */
export const FILTERS_NS = 'filters';

// Registered here rather than in i18n.ts so that the filters stay one
// self-contained folder; i18n.ts may take the namespace over later.
if (!i18n.hasResourceBundle('nl', FILTERS_NS)) i18n.addResourceBundle('nl', FILTERS_NS, nl);
if (!i18n.hasResourceBundle('en', FILTERS_NS)) i18n.addResourceBundle('en', FILTERS_NS, en);

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** A key of filters/nl.json, e.g. `groups.networks`. */
export type FilterTextKey = Leaves<typeof nl>;

export type FilterText = (key: FilterTextKey, values?: Record<string, string | number>) => string;

/**
 * The shared filter texts in the current language. Typed on the keys of
 * nl.json, like the view namespaces; re-renders when the language changes.
 */
export function useFilterTexts(): FilterText {
  const { i18n: instance } = useTranslation();
  const language = instance.language;
  return useCallback<FilterText>(
    (key, values) => {
      // The namespace is added at run time, so i18next's typed `t` does not know it.
      const fixedT = instance.getFixedT as unknown as (lng: string, ns: string) => (k: string, o?: object) => string;
      return fixedT.call(instance, language, FILTERS_NS)(key, values);
    },
    [instance, language],
  );
}
