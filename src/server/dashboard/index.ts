// The dashboard feature's public face (server): other features import only this file.
export * from './data';
export * from './layout';
export * from './tab';
export * from './open';
