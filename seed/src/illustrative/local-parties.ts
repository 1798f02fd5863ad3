import type { Municipality } from '../gazetteer/index.js';
import { distanceKm, shortName } from './geo.js';
import { KNOWLEDGE_INSTITUTES } from './knowledge.js';
import type { PartyRegistry } from './parties.js';
import type { Random } from './random.js';
import { GGD_REGIONS, REGIONS, type Region } from './regions.js';

/**
 * The local and regional organisations of the field, made on first use and
 * then shared: `welzijn(m)` is the same welfare organisation for every
 * partnership in m. Names follow the patterns such organisations use.
 */
export class LocalParties {
  private readonly regionOf = new Map<string, Region>();

  constructor(
    private readonly parties: PartyRegistry,
    private readonly random: Random,
  ) {}

  /** The region a municipality's regional organisations (hospital, GGZ, …) serve. */
  region(m: Municipality): Region {
    let r = this.regionOf.get(m.code);
    if (!r) {
      const candidates = REGIONS.filter((x) => x.at.province === m.province);
      r = (candidates.length > 0 ? candidates : REGIONS).reduce((best, x) => (distanceKm(x.at, m) < distanceKm(best.at, m) ? x : best));
      this.regionOf.set(m.code, r);
    }
    return r;
  }

  gemeente = (m: Municipality) => this.parties.local(`gemeente:${m.code}`, 'financier-municipality', [`Gemeente ${shortName(m)}`], m);

  ggd = (m: Municipality) => {
    const g = this.ggdRegion(m);
    return this.parties.local(`ggd:${g.name}`, 'care', [g.name], g.at);
  };

  private ggdRegion(m: Municipality) {
    const inProvince = GGD_REGIONS.filter((g) => g.at.province === m.province);
    return inProvince.reduce((best, x) => (distanceKm(x.at, m) < distanceKm(best.at, m) ? x : best));
  }

  /** Zorgkantoor regions roughly follow the GGD regions. */
  zorgkantoor = (m: Municipality) => {
    const g = this.ggdRegion(m);
    return this.parties.local(
      `zorgkantoor:${g.name}`,
      'financier-zorgkantoor',
      [`Zorgkantoor ${g.name.replace(/^GGD (regio )?/, '')}`],
      g.at,
    );
  };

  // care
  huisartsen = (m: Municipality) => this.named(m, 'huisartsen', 'care', ['Huisartsengroep {}', 'Huisartsen {}', 'HAGRO {}']);
  /** Home care is mostly organised per region; some towns have their own district nursing team as well. */
  thuiszorg = (m: Municipality) => this.regional(m, 'thuiszorg', 'care', ['Thuiszorg {}', 'Zorggroep {}', 'Thuiszorgorganisatie {}']);
  wijkverpleging = (m: Municipality) => this.named(m, 'wijkverpleging', 'care', ['Wijkverpleging {}', 'Wijkzorg {}']);
  ouderenzorg = (m: Municipality) => this.named(m, 'vvt', 'care', ['Zorggroep {}', 'Woonzorgcentrum {}', 'Stichting Ouderenzorg {}']);
  fysio = (m: Municipality) => this.named(m, 'fysio', 'care', ['Fysiotherapie {}', 'Paramedisch Centrum {}']);
  apotheek = (m: Municipality) => this.named(m, 'apotheek', 'care', ['Apotheek {}', 'Stadsapotheek {}']);
  gezondheidscentrum = (m: Municipality, wijk?: string) =>
    this.named(m, 'gzc', 'care', ['Gezondheidscentrum {}', 'Gezondheidshuis {}'], wijk);
  huisartsencoop = (m: Municipality) =>
    this.regional(m, 'hacoop', 'care', ['Huisartsencoöperatie {}', 'Zorggroep Eerstelijn {}', 'Huisartsenzorg {}']);
  ziekenhuis = (m: Municipality) => this.regional(m, 'ziekenhuis', 'care', ['Ziekenhuis {}', 'Ziekenhuisgroep {}', 'Medisch Centrum {}']);
  ggz = (m: Municipality) => this.regional(m, 'ggz', 'care', ['GGZ {}', 'GGZ-instelling {}']);

  // social
  welzijn = (m: Municipality) =>
    this.named(m, 'welzijn', 'social', ['Welzijn {}', 'Stichting Welzijn {}', '{} Welzijn', 'Sociaal Werk {}', 'Stichting Wijkwerk {}']);
  wijkteam = (m: Municipality, wijk?: string) =>
    this.named(m, 'wijkteam', 'social', ['Sociaal wijkteam {}', 'Buurtteam {}', 'Sociaal team {}'], wijk);
  vrijwilligers = (m: Municipality) =>
    this.named(m, 'vrijwilligers', 'social', ['Vrijwilligerscentrale {}', 'Steunpunt Vrijwilligerswerk {}']);
  jongerenwerk = (m: Municipality) => this.named(m, 'jongerenwerk', 'social', ['Jongerenwerk {}', 'Stichting Jeugdwerk {}']);
  voedselbank = (m: Municipality) => this.named(m, 'voedselbank', 'social', ['Voedselbank {}']);
  mantelzorg = (m: Municipality) => this.named(m, 'mantelzorg', 'social', ['Steunpunt Mantelzorg {}', 'Mantelzorgcentrum {}']);
  woningcorporatie = (m: Municipality) =>
    this.named(m, 'wooncorp', 'social', ['Woonstichting {}', 'Woningcorporatie {}', 'Wooncorporatie {}']);
  sport = (m: Municipality) => this.named(m, 'sport', 'social', ['Buurtsportcoaches {}', 'Sportbedrijf {}', 'Sportservice {}']);
  mee = (m: Municipality) => this.regional(m, 'mee', 'social', ['MEE {}']);

  // citizens
  bewoners = (m: Municipality, wijk?: string) =>
    this.named(
      m,
      'bewoners',
      'citizens',
      wijk
        ? ['Bewonersplatform {}', 'Wijkraad {}', 'Bewonersorganisatie {}']
        : ['Bewonersplatform {}', 'Dorpsraad {}', 'Inwonersplatform {}'],
      wijk,
    );
  adviesraad = (m: Municipality) =>
    this.named(m, 'adviesraad', 'citizens', ['Adviesraad Sociaal Domein {}', 'Participatieraad {}', 'Wmo-raad {}']);
  seniorenraad = (m: Municipality) => this.named(m, 'senioren', 'citizens', ['Seniorenraad {}', 'Ouderenplatform {}']);
  jongerenraad = (m: Municipality) => this.named(m, 'jongeren', 'citizens', ['Jongerenraad {}', 'Jongerenpanel {}']);
  zorgcooperatie = (m: Municipality) => this.named(m, 'zorgcoop', 'citizens', ['Zorgcoöperatie {}', 'Burgercoöperatie Zorg {}']);
  patientenplatform = (m: Municipality) => this.regional(m, 'patienten', 'citizens', ['Patiëntenplatform {}', 'Cliëntenplatform {}']);

  // business
  ondernemers = (m: Municipality) => this.named(m, 'ondernemers', 'business', ['Ondernemersvereniging {}', 'Ondernemerskring {}']);
  sportcentrum = (m: Municipality) => this.named(m, 'sportcentrum', 'business', ['Sportcentrum {}', 'Fitnesscentrum {}']);
  buurtsuper = (m: Municipality, wijk: string) => this.named(m, 'super', 'business', ['Buurtsupermarkt {}', 'Winkelcentrum {}'], wijk);
  werkgevers = (m: Municipality) => this.regional(m, 'werkgevers', 'business', ['Werkgeversnetwerk {}', 'Vitale Werkgevers {}']);
  economicBoard = (m: Municipality) => this.regional(m, 'board', 'business', ['Economic Board {}', 'Ontwikkelingsmaatschappij {}']);
  zorgtech = (m: Municipality) => this.regional(m, 'zorgtech', 'business', ['Zorgtechnologie {} BV', 'Slimme Zorg {} BV']);

  /** A university or university of applied sciences near `m`: mostly the nearest, sometimes the next. */
  kennis = (m: Municipality) => {
    const near = [...KNOWLEDGE_INSTITUTES].sort((a, b) => distanceKm(a.at, m) - distanceKm(b.at, m)).slice(0, 3);
    const k = this.random.weighted(near.map((x, i) => [x, [6, 3, 1][i]!] as const));
    return this.parties.local(`kennis:${k.id}`, 'knowledge', [k.name], k.at);
  };

  /** A municipality's own organisation of a kind; `{}` stands for the place or wijk. */
  private named(m: Municipality, kind: string, domain: Parameters<PartyRegistry['local']>[1], patterns: string[], wijk?: string) {
    const place = wijk ?? shortName(m);
    return this.parties.local(
      `${kind}:${m.code}:${wijk ?? ''}`,
      domain,
      patterns.map((p) => p.replace('{}', place)),
      m,
    );
  }

  private regional(m: Municipality, kind: string, domain: Parameters<PartyRegistry['local']>[1], patterns: string[]) {
    const r = this.region(m);
    return this.parties.local(
      `${kind}:${r.name}`,
      domain,
      patterns.map((p) => p.replace('{}', r.name)),
      r.at,
    );
  }
}
