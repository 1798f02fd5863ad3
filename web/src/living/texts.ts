import { useTranslation } from 'react-i18next';

/** Groups of texts whose key comes from the data (a field name, a role, an action). */
type Group = 'fields' | 'help' | 'roles' | 'entities' | 'actions' | `options.${string}`;

/**
 * The label of a data key in the living namespace, e.g. `fields.startYear`:
 * the key itself when there is no text for it (an unknown field from a newer server).
 */
export function useDataLabel(): (group: Group, key: string, fallback?: string) => string {
  const { t } = useTranslation('living');
  const lookup = t as unknown as (key: string, options: { defaultValue: string }) => string;
  return (group, key, fallback = key) => lookup(`${group}.${key}`, { defaultValue: fallback });
}
