// The drafts feature's public face (shared): other features import only this file.
export * from './api';
export * from './elements';
export * from './mailto';
export * from './outreach';
export * from './thanks';
export * from './follow-ups';
