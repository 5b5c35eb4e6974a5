// The settings feature's public face (server): other features import only this file.
export * from './form';
export * from './store';
