// The sheet feature's public face (server): other features import only this
// file, and only src/server/sheet/ calls the Spreadsheet service.
export * from './cell-codec';
export * from './charts';
export * from './highlights';
export * from './selection';
export { columnStructure, type ColumnStructure, type ValidationRule } from './structure';
export * from './table';
export * from './tabs';
export * from './tracker';
export * from './ui';
export { insertRecordsBefore, deleteSheetRows } from './rows';
export * from './selftest-probes';
export * from './first-look';
export * from './document-info';
export * from './edits';
