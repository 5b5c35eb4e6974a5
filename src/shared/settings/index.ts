// The settings feature's public face (shared): other features import only this file.
export * from './profile';
export * from './pitch';
