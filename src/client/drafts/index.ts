// The drafts feature's public face (client): other features import only this file.
export * from './OutreachPanel';
export * from './ThanksPanel';
export * from './FollowUpDraftPanel';
