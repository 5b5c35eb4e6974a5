// The follow-ups feature's public face (shared): other features import only this file.
export * from './api';
export * from './facts';
export * from './plan';
export * from './prepared';
export * from './rules';
export * from './marks';
export * from './due';
