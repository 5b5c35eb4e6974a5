// The contacts feature's public face (server): other features import only this file.
export * from './check-fields';
export * from './ids';
export * from './save';
