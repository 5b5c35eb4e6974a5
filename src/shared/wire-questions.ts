// The questions part of the server API (see wire.ts). JSON only: no Date.

// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface QuestionsApi {}

export const QUESTIONS_API_NAMES = [] as const satisfies ReadonlyArray<keyof QuestionsApi>;
