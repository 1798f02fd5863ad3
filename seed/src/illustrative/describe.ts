import { shortName } from './geo.js';
import type { Partnership } from './model.js';
import { NETWORKS } from './networks.js';

const PHASE_TEXT = [
  '',
  'Het samenwerkingsverband is in de oprichtingsfase.',
  'De partners bepalen een gezamenlijke visie, doelen en aanpak.',
  'Het samenwerkingsverband is operationeel.',
  'De samenwerking wordt organisatorisch en financieel geborgd.',
];
const APPROACH_TEXT = {
  'bottom-up': 'Het is van onderop gegroeid, vanuit de uitvoering.',
  'top-down': 'Het begon met bestuurlijke afspraken, die nu naar de uitvoering worden vertaald.',
};
const FINANCING_TEXT = {
  own: 'De partners financieren de samenwerking zelf, in geld en in natura.',
  external: 'De samenwerking draait vooral op externe financiering.',
  mixed: 'De financiering is deels eigen, deels extern.',
};

/** A short Dutch description that says what the record says, and that it is illustrative. */
export function describe(p: Partnership): string {
  const where =
    p.scope === 'wijk'
      ? `wijkgericht samenwerkingsverband in ${p.area} (${shortName(p.at)})`
      : p.scope === 'municipal'
        ? `lokaal samenwerkingsverband in de gemeente ${shortName(p.at)}`
        : `regionaal samenwerkingsverband in ${p.area ?? 'de regio'} (${p.places.length} gemeenten)`;
  const networks = p.networks.map((k) => NETWORKS.find((n) => n.key === k)!.name);
  const themes = p.themes.map((t) => t.toLowerCase());
  const themeText = themes.length > 1 ? `${themes.slice(0, -1).join(', ')} en ${themes[themes.length - 1]}` : themes[0];
  return [
    `${p.name} is een ${where}.`,
    `De partners werken aan ${themeText}.`,
    `Onderdeel van: ${networks.join('; ')}.`,
    p.approach ? APPROACH_TEXT[p.approach] : '',
    p.phase ? PHASE_TEXT[p.phase] : '',
    p.financing ? FINANCING_TEXT[p.financing] : '',
    p.named?.note ?? 'Illustratief voorbeeld: geen echte gegevens.',
  ]
    .filter(Boolean)
    .join(' ');
}
