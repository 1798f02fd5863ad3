import 'i18next';
import type compare from '../compare/nl.json';
import type data from '../data/nl.json';
import type living from '../living/nl.json';
import type map from '../map/nl.json';
import type network from '../network/nl.json';
import type overlap from '../overlap/nl.json';
import type party from '../party/nl.json';
import type tables from '../tables/nl.json';
import type time from '../time/nl.json';
import type ui from '../ui/nl.json';
import type nl from './nl.json';

// Typed keys: `t("nav.mapp")` is a type error, not a blank label. Each view
// has its own namespace, with its texts in its own folder.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof nl;
      map: typeof map;
      living: typeof living;
      network: typeof network;
      ui: typeof ui;
      overlap: typeof overlap;
      tables: typeof tables;
      party: typeof party;
      compare: typeof compare;
      data: typeof data;
      time: typeof time;
    };
  }
}
