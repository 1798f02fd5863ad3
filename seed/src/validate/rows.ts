import { z } from 'zod';
import { APPROACHES, DOMAINS, FINANCING, SCALING_STATUSES, TABLE_LEVELS } from '../format/columns.js';
import { list, optional, optionalDate, optionalDecimal, optionalEnum, optionalInt, optionalUrl, required, requiredEnum } from './fields.js';

/** Per-sheet rules for one row; cross-row checks live in dataset.ts. */
export const ROW_SCHEMAS = {
  networks: z.object({
    key: required.regex(/^[a-z0-9][a-z0-9_-]*$/, 'must be lower-case letters, digits, - or _'),
    name: required,
    reported_count: optionalInt(0, 1_000_000),
    coordinators: list,
  }),
  parties: z.object({
    id: required,
    name: required,
    domain: requiredEnum(DOMAINS),
    municipality: optional,
  }),
  partnerships: z.object({
    id: required,
    name: required,
    networks: list,
    municipalities: list,
    themes: list,
    phase: optionalInt(1, 4),
    start_year: optionalInt(1900, 2100, 'a year'),
    lat: optionalDecimal(-90, 90, 'a latitude'),
    lon: optionalDecimal(-180, 180, 'a longitude'),
    website: optionalUrl,
    source: optional.prefault(''),
    description: optional.prefault(''),
    approach: optionalEnum(APPROACHES).prefault(''),
    financing: optionalEnum(FINANCING).prefault(''),
    valid_from: optionalDate.prefault(''),
    valid_to: optionalDate.prefault(''),
  }),
  memberships: z.object({
    partnership_id: required,
    party_id: required,
    role: optional,
    valid_from: optionalDate.prefault(''),
    valid_to: optionalDate.prefault(''),
  }),
  tables: z.object({
    id: required,
    name: required,
    level: optionalEnum(TABLE_LEVELS),
    theme: optional,
    municipalities: list,
    convened_by: optional,
  }),
  seats: z.object({ table_id: required, party_id: required, valid_from: optionalDate.prefault(''), valid_to: optionalDate.prefault('') }),
  initiatives: z.object({
    id: required,
    name: required,
    partnership_id: required,
    scaling_status: optionalEnum(SCALING_STATUSES),
  }),
  network_memberships: z.object({ partnership_id: required, network: required, valid_from: optionalDate, valid_to: optionalDate }),
} as const;

export type Rows = { [K in keyof typeof ROW_SCHEMAS]: z.output<(typeof ROW_SCHEMAS)[K]> };
