// The sheet feature's public face (server): other features import only this file.
export * from './cell-codec';
export * from './charts';
export * from './highlights';
export * from './selection';
export * from './structure';
export * from './table';
export * from './tracker';
