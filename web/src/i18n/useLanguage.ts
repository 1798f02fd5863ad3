import { useSearchParams } from 'react-router';
import { languageFrom, type Language } from './language';

/** The UI language, read from the URL (`?lang=en`). */
export function useLanguage(): Language {
  const [params] = useSearchParams();
  return languageFrom(params);
}
