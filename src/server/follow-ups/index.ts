// The follow-ups feature's public face (server): other features import only this file.
export * from './check';
export * from './home';
export * from './trigger';
export * from './daily-check';
