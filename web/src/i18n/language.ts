/** The languages the UI speaks; Dutch first. */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'nl';

/** The search parameter that carries the language, so a link reproduces it. */
export const LANGUAGE_PARAM = 'lang';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Reads the language from search params; anything unknown falls back to Dutch. */
export function languageFrom(params: URLSearchParams): Language {
  const value = params.get(LANGUAGE_PARAM);
  return isLanguage(value) ? value : DEFAULT_LANGUAGE;
}

/**
 * Returns a copy of `params` that selects `language`. Dutch, the default, is
 * left out of the URL so that plain links stay short.
 */
export function withLanguage(params: URLSearchParams, language: Language): URLSearchParams {
  const next = new URLSearchParams(params);
  if (language === DEFAULT_LANGUAGE) next.delete(LANGUAGE_PARAM);
  else next.set(LANGUAGE_PARAM, language);
  return next;
}

/** The search string (with `?`, or empty) that only carries `language`. */
export function languageSearch(language: Language): string {
  const search = withLanguage(new URLSearchParams(), language).toString();
  return search ? `?${search}` : '';
}
