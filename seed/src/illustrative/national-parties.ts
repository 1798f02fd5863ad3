import type { Domain } from '../format/columns.js';

export interface FixedParty {
  id: string;
  name: string;
  domain: Domain;
}

/** National support parties, named in the report or active around it. */
export const NATIONAL_PARTIES: FixedParty[] = [
  ['vws', 'Ministerie van Volksgezondheid, Welzijn en Sport'],
  ['zonmw', 'ZonMw'],
  ['rivm', 'RIVM'],
  ['nza', 'Nederlandse Zorgautoriteit (NZa)'],
  ['vng', 'Vereniging van Nederlandse Gemeenten (VNG)'],
  ['zn', 'Zorgverzekeraars Nederland (ZN)'],
  ['pharos', 'Pharos'],
  ['platform31', 'Platform31'],
  ['alles-is-gezondheid', 'Alles is Gezondheid'],
  ['healthkic', 'HealthKIC'],
  ['health-holland', 'Health~Holland'],
  ['noaber', 'Noaber Foundation'],
  ['pggm', 'PGGM'],
  ['bernard-van-leer', 'Bernard van Leer Foundation'],
  ['nzve', 'Nederland Zorgt Voor Elkaar'],
  ['vilans', 'Vilans'],
  ['movisie', 'Movisie'],
  ['ggd-ghor', 'GGD GHOR Nederland'],
  ['trimbos', 'Trimbos-instituut'],
  ['kenniscentrum-sport', 'Kenniscentrum Sport & Bewegen'],
  ['lhv', 'Landelijke Huisartsen Vereniging (LHV)'],
  ['ineen', 'InEen'],
  ['actiz', 'ActiZ'],
  ['sociaal-werk-nl', 'Sociaal Werk Nederland'],
  ['patientenfederatie', 'Patiëntenfederatie Nederland'],
  ['nictiz', 'Nictiz'],
  ['zorginstituut', 'Zorginstituut Nederland'],
].map(([id, name]) => ({ id: id!, name: name!, domain: 'national' as const }));

/** Health insurers; they work nationally, so they carry no municipality. */
export const INSURERS: FixedParty[] = [
  ['zilveren-kruis', 'Zilveren Kruis'],
  ['cz', 'CZ'],
  ['menzis', 'Menzis'],
  ['vgz', 'Coöperatie VGZ'],
  ['dsw', 'DSW Zorgverzekeraar'],
  ['onvz', 'ONVZ'],
  ['zorg-en-zekerheid', 'Zorg en Zekerheid'],
  ['de-friesland', 'De Friesland Zorgverzekeraar'],
  ['eno', 'Eno Zorgverzekeraar'],
].map(([id, name]) => ({ id: id!, name: name!, domain: 'financier-insurer' as const }));

/**
 * The insurers with the largest share per province, most likely first: the
 * one a regional partnership there sits down with. Approximate, as the whole
 * dataset is.
 */
export const INSURERS_BY_PROVINCE: Record<string, string[]> = {
  Groningen: ['menzis', 'zilveren-kruis'],
  Fryslân: ['de-friesland', 'zilveren-kruis'],
  Drenthe: ['zilveren-kruis', 'menzis'],
  Overijssel: ['menzis', 'eno', 'zilveren-kruis'],
  Flevoland: ['zilveren-kruis', 'vgz'],
  Gelderland: ['vgz', 'menzis', 'zilveren-kruis'],
  Utrecht: ['zilveren-kruis', 'vgz'],
  'Noord-Holland': ['zilveren-kruis', 'vgz', 'zorg-en-zekerheid'],
  'Zuid-Holland': ['zilveren-kruis', 'dsw', 'zorg-en-zekerheid', 'cz'],
  Zeeland: ['cz', 'zilveren-kruis'],
  'Noord-Brabant': ['cz', 'vgz'],
  Limburg: ['cz', 'vgz'],
};
