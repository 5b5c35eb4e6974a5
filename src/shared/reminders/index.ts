// The reminders feature's public face (shared): other features import only this file.
export * from './api';
export * from './calendar';
export * from './digest';
export * from './settings';
