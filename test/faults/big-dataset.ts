import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { municipalities } from '@dsv/seed';

/** Rows written per partnership; about 580 bytes of CSV in all. */
const MEMBERS_PER_PARTNERSHIP = 10;
const PARTIES_PER_PARTNERSHIP = 2;
const SEATS_PER_TABLE = 10;
const PARTNERSHIPS_PER_TABLE = 5;
const BYTES_PER_PARTNERSHIP = 578; // measured: 45,459,684 bytes for 78,643 partnerships
const DOMAINS = ['care', 'social', 'financier-municipality', 'financier-insurer', 'citizens', 'business', 'knowledge'];
const THEMES = ['Leefstijl', 'Eenzaamheid', 'Gezond opgroeien', 'Armoede', 'Ouderen', 'Mentale gezondheid', 'Wonen en zorg'];
const ROLES = ['trekker', 'financier', 'deelnemer', 'kennispartner', ''];
const NETWORKS = ['groz', 'jzojp', 'aig', 'kavels', 'nza', 'gezondin', 'lpa'];

export interface BigDatasetSize {
  partnerships: number;
  parties: number;
  memberships: number;
  tables: number;
  seats: number;
  bytes: number;
}

const pad = (n: number) => String(n).padStart(6, '0');

/**
 * Writes a folder in the import format of about `targetBytes` bytes: mostly
 * memberships and seats, the rows that make an import's transaction largest.
 * Deterministic, so a run can be repeated. `duplicateInitiativeNames` adds
 * two initiatives with the same name at the end (for a constraint to trip on).
 */
export function writeBigDataset(dir: string, targetBytes: number, opts: { duplicateInitiativeNames?: boolean } = {}): BigDatasetSize {
  mkdirSync(dir, { recursive: true });
  const codes = municipalities().map((m) => m.code);
  const partnerships = Math.max(10, Math.round(targetBytes / BYTES_PER_PARTNERSHIP));
  const parties = partnerships * PARTIES_PER_PARTNERSHIP;
  const tables = Math.ceil(partnerships / PARTNERSHIPS_PER_TABLE);
  const code = (i: number) => codes[i % codes.length]!;

  const files: Record<string, string[]> = {
    networks: ['key,name,reported_count,coordinators', ...NETWORKS.map((k, i) => `${k},Netwerk ${k},${i + 3},pty-${pad(i)}`)],
    parties: ['id,name,domain,municipality'],
    partnerships: ['id,name,networks,municipalities,themes,phase,start_year,lat,lon,website'],
    memberships: ['partnership_id,party_id,role'],
    tables: ['id,name,level,theme,municipalities,convened_by'],
    seats: ['table_id,party_id'],
    initiatives: ['id,name,partnership_id,scaling_status'],
  };
  for (let i = 0; i < parties; i++) {
    files.parties!.push(`pty-${pad(i)},Partij ${pad(i)} in ${code(i)},${DOMAINS[i % DOMAINS.length]},${i % 3 === 0 ? '' : code(i)}`);
  }
  for (let i = 0; i < partnerships; i++) {
    const nets = `${NETWORKS[i % NETWORKS.length]};${NETWORKS[(i * 3 + 1) % NETWORKS.length]}`;
    const places = `${code(i)};${code(i * 7 + 3)}`;
    const themes = `${THEMES[i % THEMES.length]};${THEMES[(i + 2) % THEMES.length]}`;
    const website = i % 2 === 0 ? `https://example.org/samen-gezond-${pad(i)}` : '';
    files.partnerships!.push(
      `psh-${pad(i)},Samen Gezond ${pad(i)},${nets},${places},${themes},${(i % 4) + 1},${2010 + (i % 15)},,,${website}`,
    );
    for (let m = 0; m < MEMBERS_PER_PARTNERSHIP; m++) {
      files.memberships!.push(`psh-${pad(i)},pty-${pad((i * 13 + m * 7919) % parties)},${ROLES[m % ROLES.length]}`);
    }
  }
  for (let t = 0; t < tables; t++) {
    files.tables!.push(
      `tfl-${pad(t)},Tafel ${pad(t)},regional,${THEMES[t % THEMES.length]},${code(t)};${code(t + 1)},pty-${pad(t % parties)}`,
    );
    for (let s = 0; s < SEATS_PER_TABLE; s++) files.seats!.push(`tfl-${pad(t)},pty-${pad((t * 31 + s * 104729) % parties)}`);
  }
  files.initiatives!.push(`ini-000000,Project 0,psh-${pad(0)},scaling`);
  if (opts.duplicateInitiativeNames) {
    files.initiatives!.push(`ini-000001,Dubbel project,psh-${pad(1)},none`, `ini-000002,Dubbel project,psh-${pad(2)},none`);
  }
  let bytes = 0;
  for (const [name, lines] of Object.entries(files)) {
    const text = `${lines.join('\n')}\n`;
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, `${name}.csv`), text);
  }
  return {
    partnerships,
    parties,
    memberships: files.memberships!.length - 1,
    tables,
    seats: files.seats!.length - 1,
    bytes,
  };
}
