// Entry points of the import feature (menu handlers and its part of the ServerApi).
import type { ImportApi } from '../../shared/wire-import';

const _api = {} satisfies ImportApi;
void _api;
