// The api feature's public face (server): other features import only this file.
export * from './contacts';
export * from './dashboard';
export * from './drafts';
export * from './follow-ups';
export * from './foundation';
export * from './import';
export * from './questions';
