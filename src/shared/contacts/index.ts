// The contacts feature's public face (shared): other features import only this file.
export * from './api';
export * from './blank';
export * from './fields';
export * from './identity';
export * from './lookup';
export * from './status';
export * from './validation';
