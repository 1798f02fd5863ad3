import { i18n } from '../i18n/i18n';
import en from './en.json';
import nl from './nl.json';

/**
 * The data client's own texts, namespace "data". Added when the client is
 * first loaded (with the first page), so they do not weigh on the entry.
 */
export const DATA_NAMESPACE = 'data';

i18n.addResourceBundle('nl', DATA_NAMESPACE, nl);
i18n.addResourceBundle('en', DATA_NAMESPACE, en);
