// The home feature's public face (shared): other features import only this file.
export * from './api';
export * from './start-here';
