export { seedIfEmpty } from './seed-if-empty.js';
export { importPath, importRaw, readInput, type ImportOptions } from './import.js';
export { exportTo, exportSheets } from './export.js';
export { InputError, formatProblem, type InputProblem } from './format/errors.js';
export { validateDataset, type Dataset } from './validate/dataset.js';
export type { RawDataset, RawRow, SheetName } from './format/columns.js';
