// The setup feature's public face (server): other features import only this file.
export * from './set-up';
export * from './from-sidebar';
