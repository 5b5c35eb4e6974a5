// The meetings feature's public face (shared): other features import only this file.
export * from './meeting-input';
export * from './referrals';
export * from './kinds';
export * from './api';
export * from './prep';
