export { seedIfEmpty } from './seed-if-empty.js';
export { importPath, importRaw, readInput, type ImportOptions } from './import.js';
export { exportTo, exportSheets } from './export.js';
export { InputError, formatProblem, type InputProblem } from './format/errors.js';
export { validateDataset, type Dataset } from './validate/dataset.js';
export type { RawDataset, RawRow, SheetName } from './format/columns.js';
export { DOMAINS, SHEETS, SHEET_NAMES } from './format/columns.js';
export { findMunicipality, municipalities, PROVINCES, GAZETTEER_CREDIT, type Municipality } from './gazetteer/index.js';
export { illustrativeDataset } from './illustrative/index.js';
