// The paths feature's public face (server): other features import only this file.
export * from './view';
export * from './rename';
