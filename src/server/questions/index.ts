// The questions feature's public face (server): other features import only this file.
export * from './bank-check';
export * from './bank-setup';
export * from './context';
export * from './save';
export * from './sidebar';
