// The contacts feature's public face (client): other features import only this file.
export * from './CheckPanel';
export * from './ContactPanel';
