// The follow-ups part of the server API (see wire.ts). JSON only: no Date.

// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface FollowUpApi {}

export const FOLLOW_UP_API_NAMES = [] as const satisfies ReadonlyArray<keyof FollowUpApi>;
