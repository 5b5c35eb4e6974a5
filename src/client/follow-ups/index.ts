// The follow-ups feature's public face (client): other features import only this file.
export * from './DailyCheck';
export * from './DueItems';
