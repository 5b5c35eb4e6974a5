// The questions feature's public face (client): other features import only this file.
export * from './InterviewPanel';
export * from './QuestionsPanel';
