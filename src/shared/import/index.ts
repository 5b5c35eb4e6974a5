// The import feature's public face (shared): other features import only this file.
export * from './api';
export * from './formats';
export * from './match';
export * from './usable';
