// The ui feature's public face (client): other features import only this file.
export * from './ContactPicker';
export * from './FormFields';
export * from './form-state';
export * from './ui';
