/** A name in both UI languages. */
export interface Named {
  nl: string;
  en: string;
}

/**
 * The seven national networks by key, named as the 2022 exploration's table
 * names them (DESIGN.md §1), shortened where the report adds an explanation
 * in brackets. Proper names (Alles is Gezondheid, GezondIn, Kavels) stay.
 */
export const NETWORK_NAMES: Readonly<Record<string, Named>> = {
  groz: { nl: 'GROZ-fieldlabs', en: 'GROZ fieldlabs' },
  jzojp: { nl: 'JZOJP-samenwerkingsverbanden', en: 'JZOJP partnerships' },
  aig: { nl: 'Regionetwerken van Alles is Gezondheid', en: 'Alles is Gezondheid regional networks' },
  kavels: { nl: 'Kavels', en: 'Kavels' },
  nza: { nl: 'Regionale experimenten', en: 'Regional experiments' },
  gezondin: { nl: 'GezondIn-netwerken', en: 'GezondIn networks' },
  lpa: { nl: 'Lokale preventieakkoorden', en: 'Local prevention agreements' },
};

/** The themes of the illustrative data; real data may bring others, shown as given. */
export const THEME_NAMES: Readonly<Record<string, Named>> = {
  'Gezond opgroeien': { nl: 'Gezond opgroeien', en: 'Growing up healthy' },
  Valpreventie: { nl: 'Valpreventie', en: 'Fall prevention' },
  'Mentale gezondheid': { nl: 'Mentale gezondheid', en: 'Mental health' },
  Eenzaamheid: { nl: 'Eenzaamheid', en: 'Loneliness' },
  Leefstijl: { nl: 'Leefstijl', en: 'Lifestyle' },
  Gezondheidsachterstanden: { nl: 'Gezondheidsachterstanden', en: 'Health inequalities' },
  Ouderenzorg: { nl: 'Ouderenzorg', en: 'Care for older people' },
  'Arbeid en gezondheid': { nl: 'Arbeid en gezondheid', en: 'Work and health' },
  Overgewicht: { nl: 'Overgewicht', en: 'Overweight' },
  'Zorg op de juiste plek': { nl: 'Zorg op de juiste plek', en: 'Care in the right place' },
  'Armoede en schulden': { nl: 'Armoede en schulden', en: 'Poverty and debt' },
  Middelengebruik: { nl: 'Middelengebruik', en: 'Substance use' },
};

/** Party domains (DESIGN.md §3). */
export const DOMAIN_NAMES: Readonly<Record<string, Named>> = {
  care: { nl: 'Zorg', en: 'Care' },
  social: { nl: 'Sociaal domein en welzijn', en: 'Social domain and welfare' },
  'financier-municipality': { nl: 'Financier: gemeente', en: 'Financier: municipality' },
  'financier-insurer': { nl: 'Financier: zorgverzekeraar', en: 'Financier: health insurer' },
  'financier-zorgkantoor': { nl: 'Financier: zorgkantoor', en: 'Financier: care office' },
  citizens: { nl: 'Inwoners', en: 'Citizens' },
  business: { nl: 'Bedrijfsleven', en: 'Business' },
  knowledge: { nl: 'Kennis en onderwijs', en: 'Knowledge and education' },
  national: { nl: 'Landelijke partij', en: 'National party' },
  financier: { nl: 'Financier', en: 'Financier' },
};

/** The four core domains a partnership should have (DESIGN.md §4), as in "lacks: citizens". */
export const CORE_DOMAIN_NAMES: Readonly<Record<string, Named>> = {
  care: { nl: 'zorg', en: 'care' },
  social: { nl: 'sociaal domein', en: 'social domain' },
  financier: { nl: 'financier', en: 'financier' },
  citizens: { nl: 'inwoners', en: 'citizens' },
};

/** The phases national parties use (DESIGN.md §1). */
export const PHASE_NAMES: Readonly<Record<string, Named>> = {
  '1': { nl: '1 – Oprichting', en: '1 – Founding' },
  '2': { nl: '2 – Gezamenlijke visie, doelen en aanpak', en: '2 – Shared vision, goals and approach' },
  '3': { nl: '3 – Operationeel', en: '3 – Operational' },
  '4': { nl: '4 – Borging', en: '4 – Embedding' },
};

/** Levels of a governance table. */
export const LEVEL_NAMES: Readonly<Record<string, Named>> = {
  local: { nl: 'lokaal', en: 'local' },
  regional: { nl: 'regionaal', en: 'regional' },
  national: { nl: 'landelijk', en: 'national' },
};
