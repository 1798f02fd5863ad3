export { seedIfEmpty } from './seed-if-empty.js';
export { importPath, importRaw, readInput, type ImportOptions } from './import.js';
export { exportTo, exportSheets } from './export.js';
export { InputError, formatProblem, type InputProblem } from './format/errors.js';
export { validateDataset, type Dataset } from './validate/dataset.js';
export type { RawDataset, RawRow, SheetName } from './format/columns.js';
export { DOMAINS, SHEETS, SHEET_NAMES } from './format/columns.js';
export { findMunicipality, municipalities, PROVINCES, GAZETTEER_CREDIT, type Municipality } from './gazetteer/index.js';
export { regions, REGION_TYPES, REGIONS_CREDIT, type Region, type RegionType } from './regions/index.js';
export { illustrativeDataset } from './illustrative/index.js';
export { Random } from './illustrative/random.js';
export { importSource, previewImport, importRawWithPlan, type ImportPreview } from './import.js';
export { planImport, type FileDiff, type ImportPlan } from './history/import-diff.js';
export { appendChanges, historyRows, historyValue, CHANGE_ACTIONS, type ChangeAction, type ChangeInput } from './history/changes.js';
export { hashPassword, verifyPassword, decoyHash, passwordProblem, MIN_PASSWORD_LENGTH } from './users/password.js';
export {
  addUser,
  listUsers,
  removeUser,
  createPasswordToken,
  tokenHash,
  newToken,
  hasRole,
  emailSchema,
  roleSchema,
  ROLES,
  UserInputProblem,
  type Role,
  type UserRecord,
} from './users/users.js';
export { passwordLink, publicUrl } from './users/cli.js';
export { ROW_SCHEMAS } from './validate/rows.js';
export { isIsoDate } from './validate/fields.js';
export { fileLabel, type KnownIds } from './validate/dataset.js';
export { readUpload } from './format/read-upload.js';
export { checkCells } from './format/limits.js';
export { LIST_SEPARATOR } from './format/columns.js';
export { MAX_FILE_BYTES as MAX_IMPORT_BYTES } from './format/limits.js';
