// The home feature's public face (server): other features import only this file.
export * from './build';
export * from './after';
