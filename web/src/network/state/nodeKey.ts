/** What a node of the network view stands for. Networks only appear in the networks mode. */
export const NODE_KINDS = ['network', 'partnership', 'party', 'table', 'municipality'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** The kinds whose neighbours can be explored (the API's NodeKind, in lower case). */
export const EXPLORABLE_KINDS = ['partnership', 'party', 'table', 'municipality'] as const;
export type ExplorableKind = (typeof EXPLORABLE_KINDS)[number];

export interface NodeRef {
  kind: NodeKind;
  id: string;
}

/**
 * A node's key, the same in the URL, the API and the map's links:
 * `partnership:<id>`, `party:<id>`, `table:<id>`, `municipality:<CBS code>`, `network:<key>`.
 */
export const nodeKey = (kind: NodeKind, id: string): string => `${kind}:${id}`;

const isKind = (value: string): value is NodeKind => (NODE_KINDS as readonly string[]).includes(value);

/** Reads a key; a bare id (as the map writes `sel=<id>`) is a partnership. Null when unreadable. */
export function parseNodeKey(key: string): NodeRef | null {
  const text = key.trim();
  const colon = text.indexOf(':');
  if (colon < 0) return text === '' ? null : { kind: 'partnership', id: text };
  const kind = text.slice(0, colon);
  const id = text.slice(colon + 1);
  return isKind(kind) && id !== '' ? { kind, id } : null;
}

/** The key in its canonical form, or null when unreadable. */
export function normalKey(key: string): string | null {
  const ref = parseNodeKey(key);
  return ref ? nodeKey(ref.kind, ref.id) : null;
}

export function isExplorable(ref: NodeRef): ref is NodeRef & { kind: ExplorableKind } {
  return (EXPLORABLE_KINDS as readonly string[]).includes(ref.kind);
}
