// Reading an export file (the sidebar only): other features import only this file.
export * from './parse';
export * from './decode';
