// The contacts feature's public face (shared): other features import only this file.
export * from './api';
export * from './fields';
export * from './lookup';
export * from './validation';
