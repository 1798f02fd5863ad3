/**
 * Colours of the network view. Networks use the map's palette (Okabe–Ito),
 * so a network has the same colour on the map and in the graph; party domains
 * have their own. Every node also has a dark outline, so its shape keeps 3:1
 * contrast against the white background whatever its fill (WCAG 1.4.11).
 */
export { colorOf, networkPalette, type NetworkPalette } from '../../map/data/networkColors';

export const OUTLINE = '#1f2933';

export const DOMAIN_COLORS: Readonly<Record<string, string>> = {
  care: '#4e79a7',
  social: '#f28e2b',
  'financier-municipality': '#e15759',
  'financier-insurer': '#76b7b2',
  'financier-zorgkantoor': '#59a14f',
  citizens: '#edc948',
  business: '#b07aa1',
  knowledge: '#ff9da7',
  national: '#9c755f',
};

export const KIND_COLORS = {
  /** A partnership in no network. */
  partnership: '#bdbdbd',
  party: '#9e9e9e',
  table: '#595959',
  municipality: '#d4d4d4',
  more: '#ffffff',
} as const;

/** The line of a duplicate-table pair: stands out from the grey seats. 6.6:1 on white. */
export const DUPLICATE_COLOR = '#b3261e';

export const domainColor = (domain: string | null) => (domain && DOMAIN_COLORS[domain]) || KIND_COLORS.party;

/** The largest communities get a colour each (Tableau 10); the smaller ones share grey. */
export const COMMUNITY_COLORS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
];
export const OTHER_COMMUNITY = '#595959';

export const communityColor = (community: number) => COMMUNITY_COLORS[community - 1] ?? OTHER_COMMUNITY;
