/** The kinds of record a form edits; each has a page at /gegevens/<kind>/<id>. */
export type RecordKind = 'partnership' | 'party' | 'table';

/**
 * How a field is edited. `networks`, `members` and `seats` are lists whose
 * lines may carry dates ("lid sinds", "gestopt op", DESIGN.md §9.3).
 */
export type FieldKind = 'text' | 'textarea' | 'number' | 'date' | 'select' | 'list' | 'networks' | 'members' | 'seats';

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
    { name: 'validFrom', kind: 'date' },
    { name: 'validTo', kind: 'date' },
    { name: 'approach', kind: 'select', options: ['bottom-up', 'top-down'] },
    { name: 'financing', kind: 'select', options: ['own', 'external', 'mixed'] },
    { name: 'networks', kind: 'networks' },
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
    { name: 'seats', kind: 'seats' },
  ],
};

/** Form values: every field as the text in its control. */
export type FormValues = Record<string, string>;

/** The dates of a dated item: the first day it holds and the first day it no longer does (null: unknown / still holds). */
export interface Dates {
  validFrom?: string | null;
  validTo?: string | null;
}

export interface Member extends Dates {
  partyId: string;
  role: string | null;
}

/** The dated lists of each list field: the input field with the keys, the one with the dates, and the key's name in it. */
const DATED: Record<'networks' | 'seats', { dates: string; key: string }> = {
  networks: { dates: 'networkDates', key: 'network' },
  seats: { dates: 'seatDates', key: 'partyId' },
};

const blankToNull = (text: string | undefined) => (text === undefined || text.trim() === '' ? null : text.trim());
const hasDates = (d: Dates) => !!d.validFrom || !!d.validTo;

/** Parts of a line, with empty parts at the end dropped: `a, b, , ` → `a, b`. */
const joinParts = (parts: readonly (string | null | undefined)[]) => {
  const texts = parts.map((p) => p ?? '');
  while (texts.length > 1 && texts[texts.length - 1] === '') texts.pop();
  return texts.join(', ');
};

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** A list field's text: one item a line. */
export const listText = (items: readonly string[]) => items.join('\n');
const listFrom = (text: string) =>
  text
    .split(/[\n;]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** Dated keys as text: `key` or `key, lid sinds, gestopt op` a line. */
export const datedText = (items: readonly ({ key: string } & Dates)[]) =>
  items.map((i) => joinParts([i.key, i.validFrom, i.validTo])).join('\n');

/** Dated keys from text: each line's key, and its dates (null when empty). */
function datedFrom(text: string): ({ key: string } & Dates)[] {
  return lines(text).map((line) => {
    const [key = '', from, to] = line.split(',').map((s) => s.trim());
    return { key, validFrom: blankToNull(from), validTo: blankToNull(to) };
  });
}

/** Members as text: `party-id, role` a line, with `, lid sinds, gestopt op` when dated. */
export const membersText = (members: readonly Member[]) =>
  members.map((m) => joinParts([m.partyId, m.role, m.validFrom, m.validTo])).join('\n');

/**
 * Members from text. Up to two parts a line are id and role (the role may
 * hold commas); with three or more, the last two (or one) are the dates.
 */
const membersFrom = (text: string): Member[] =>
  lines(text).map((line) => {
    const parts = line.split(',').map((s) => s.trim());
    const dated = parts.length >= 4 ? 2 : parts.length === 3 ? 1 : 0;
    const roleParts = parts.slice(1, parts.length - dated);
    const [from, to] = parts.slice(parts.length - dated);
    return { partyId: parts[0]!, role: blankToNull(roleParts.join(', ')), validFrom: blankToNull(from), validTo: blankToNull(to) };
  });

/** The API input of one field from its text: one input field, or for dated lists the keys and their dates. */
export function inputOf(spec: FieldSpec, text: string): Record<string, unknown> {
  const trimmed = text.trim();
  switch (spec.kind) {
    case 'number':
      return { [spec.name]: trimmed === '' ? null : Number(trimmed) };
    case 'date':
      return { [spec.name]: trimmed === '' ? null : trimmed };
    case 'select':
      return { [spec.name]: trimmed === '' ? null : spec.name === 'phase' ? Number(trimmed) : trimmed };
    case 'list':
      return { [spec.name]: listFrom(text) };
    case 'members':
      return { [spec.name]: membersFrom(text) };
    case 'networks':
    case 'seats': {
      const { dates, key } = DATED[spec.kind];
      const items = datedFrom(text);
      return {
        [spec.name]: items.map((i) => i.key),
        // Every dated entry, with both dates: the list replaces the dates the record had.
        [dates]: items.filter(hasDates).map((i) => ({ [key]: i.key, validFrom: i.validFrom, validTo: i.validTo })),
      };
    }
    default:
      return { [spec.name]: spec.required ? text : trimmed === '' ? null : text };
  }
}

/** The input of an update: only the fields whose text changed (absent = unchanged on the server). */
export function changedInput(kind: RecordKind, initial: FormValues, values: FormValues): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const spec of FIELDS[kind]) {
    if ((initial[spec.name] ?? '') !== (values[spec.name] ?? '')) Object.assign(input, inputOf(spec, values[spec.name] ?? ''));
  }
  return input;
}

/**
 * A field of a record in the API's shape (a CONFLICT's current record) as
 * form text: dated lists take their dates from the record's date list.
 */
export function fieldText(spec: FieldSpec, record: Record<string, unknown>): string {
  if (spec.kind === 'networks' || spec.kind === 'seats') {
    const { dates, key } = DATED[spec.kind];
    const byKey = new Map(((record[dates] ?? []) as (Record<string, string> & Dates)[]).map((d) => [d[key], d]));
    const keys = (record[spec.name] ?? []) as string[];
    return datedText(keys.map((k) => ({ key: k, validFrom: byKey.get(k)?.validFrom, validTo: byKey.get(k)?.validTo })));
  }
  return textOf(record[spec.name]);
}

/** The form field an error's `extensions.field` is about: `input.members.0.validFrom` → `members`, `networkDates` → `networks`. */
export function formFieldOf(field: string): string {
  const first = field.replace(/^input\./, '').split('.')[0]!;
  const owner = Object.entries(DATED).find(([, d]) => d.dates === first)?.[0];
  return owner ?? first;
}

/** A value from the API or the history (JSON) as form text. */
export function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) return listText(value as string[]);
    return value
      .map((v: Record<string, unknown>) =>
        'partyId' in v && 'role' in v
          ? membersText([v as unknown as Member])
          : joinParts([String(v.network ?? v.partyId ?? ''), v.validFrom as string | null, v.validTo as string | null]),
      )
      .join('\n');
  }
  return String(value);
}
