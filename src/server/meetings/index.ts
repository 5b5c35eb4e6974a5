// The meetings feature's public face (server): other features import only this file.
export * from './log';
export * from './edit';
export * from './prep';
export * from './open';
export * from './length';
