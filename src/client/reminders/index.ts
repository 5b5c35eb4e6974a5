// The reminders feature's public face (client): other features import only this file.
export * from './CalendarLinks';
export * from './ReminderSettings';
export * from './SchedulePanel';
export * from './UpcomingMeetings';
