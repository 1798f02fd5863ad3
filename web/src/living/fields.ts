/** The kinds of record a form edits; each has a page at /gegevens/<kind>/<id>. */
export type RecordKind = 'partnership' | 'party' | 'table';

export type FieldKind = 'text' | 'textarea' | 'number' | 'select' | 'list' | 'members';

export interface FieldSpec {
  /** The input field's name in the API. */
  name: string;
  kind: FieldKind;
  /** For a select: its values (the empty choice is added). */
  options?: readonly string[];
  required?: boolean;
}

const DOMAINS = [
  'care',
  'social',
  'financier-municipality',
  'financier-insurer',
  'financier-zorgkantoor',
  'citizens',
  'business',
  'knowledge',
  'national',
] as const;

/** The fields of each form, in order. Values are validated by the server with the import's rules. */
export const FIELDS: Record<RecordKind, readonly FieldSpec[]> = {
  partnership: [
    { name: 'name', kind: 'text', required: true },
    { name: 'description', kind: 'textarea' },
    { name: 'phase', kind: 'select', options: ['1', '2', '3', '4'] },
    { name: 'startYear', kind: 'number' },
    { name: 'approach', kind: 'select', options: ['bottom-up', 'top-down'] },
    { name: 'financing', kind: 'select', options: ['own', 'external', 'mixed'] },
    { name: 'networks', kind: 'list' },
    { name: 'municipalities', kind: 'list' },
    { name: 'themes', kind: 'list' },
    { name: 'members', kind: 'members' },
    { name: 'website', kind: 'text' },
    { name: 'source', kind: 'text' },
  ],
  party: [
    { name: 'name', kind: 'text', required: true },
    { name: 'domain', kind: 'select', options: DOMAINS, required: true },
    { name: 'municipality', kind: 'text' },
  ],
  table: [
    { name: 'name', kind: 'text', required: true },
    { name: 'level', kind: 'select', options: ['local', 'regional', 'national'] },
    { name: 'theme', kind: 'text' },
    { name: 'municipalities', kind: 'list' },
    { name: 'convenedBy', kind: 'text' },
    { name: 'seats', kind: 'list' },
  ],
};

/** Form values: every field as the text in its control. */
export type FormValues = Record<string, string>;

export interface Member {
  partyId: string;
  role: string | null;
}

/** A list field's text: one item a line. */
export const listText = (items: readonly string[]) => items.join('\n');
const listFrom = (text: string) =>
  text
    .split(/[\n;]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** Members as text: `party-id, role` a line. */
export const membersText = (members: readonly Member[]) => members.map((m) => (m.role ? `${m.partyId}, ${m.role}` : m.partyId)).join('\n');
const membersFrom = (text: string): Member[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const at = line.indexOf(',');
      return at < 0 ? { partyId: line, role: null } : { partyId: line.slice(0, at).trim(), role: line.slice(at + 1).trim() || null };
    });

/** The API value of one field from its text. */
export function inputValue(spec: FieldSpec, text: string): unknown {
  const trimmed = text.trim();
  switch (spec.kind) {
    case 'number':
      return trimmed === '' ? null : Number(trimmed);
    case 'select':
      return trimmed === '' ? null : spec.name === 'phase' ? Number(trimmed) : trimmed;
    case 'list':
      return listFrom(text);
    case 'members':
      return membersFrom(text);
    default:
      return spec.required ? text : trimmed === '' ? null : text;
  }
}

/** The input of an update: only the fields whose text changed (absent = unchanged on the server). */
export function changedInput(kind: RecordKind, initial: FormValues, values: FormValues): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const spec of FIELDS[kind]) {
    if ((initial[spec.name] ?? '') !== (values[spec.name] ?? '')) input[spec.name] = inputValue(spec, values[spec.name] ?? '');
  }
  return input;
}

/** A value from the API or the history (JSON) as form text. */
export function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    return value.every((v) => typeof v === 'string') ? listText(value as string[]) : membersText(value as Member[]);
  }
  return String(value);
}
