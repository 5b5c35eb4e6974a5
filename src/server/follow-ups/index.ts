// The follow-ups feature's public face (server): other features import only this file.
export * from './check';
export * from './status';
export * from './trigger';
export * from './daily-check';
export * from './replan';
export * from './on-edit';
