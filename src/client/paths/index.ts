// The paths feature's public face (client): other features import only this file.
export * from './PathFields';
export * from './PathsPanel';
export * from './PathNote';
