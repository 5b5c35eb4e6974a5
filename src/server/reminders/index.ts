// The reminders feature's public face (server): other features import only this file.
export * from './consent';
export * from './home';
export * from './schedule';
export * from './send';
export * from './settings';
