// The paths feature's public face (shared): other features import only this file.
export * from './api';
export * from './group';
export * from './summary';
export * from './rename';
export * from './questions';
