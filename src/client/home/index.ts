// The home feature's public face (client): other features import only this file.
export * from './HomePanel';
