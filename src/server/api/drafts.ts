// Entry points of the drafts feature (menu handlers and its part of the ServerApi).
import type { DraftsApi } from '../../shared/wire-drafts';

const _api = {} satisfies DraftsApi;
void _api;
