// The import part of the server API (see wire.ts). JSON only: no Date.

// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface ImportApi {}

export const IMPORT_API_NAMES = [] as const satisfies ReadonlyArray<keyof ImportApi>;
