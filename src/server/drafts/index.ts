// The drafts feature's public face (server): other features import only this file.
export * from './context';
export * from './mark';
export * from './follow-up-context';
export * from './follow-up-marks';
