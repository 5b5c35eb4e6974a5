// The meetings feature's public face (client): other features import only this file.
export * from './MeetingPanel';
export { fillMeetingLog, type MeetingPrefill } from './meeting-session';
export { PrepChecklist } from './PrepChecklist';
