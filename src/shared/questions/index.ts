// The questions feature's public face (shared): other features import only this file.
export * from './api';
export * from './bank';
export * from './check';
export * from './list';
export * from './meeting-number';
