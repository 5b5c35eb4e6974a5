// Entry points of the contacts feature (menu handlers and its part of the ServerApi).
import type { ContactsApi } from '../../shared/wire-contacts';

const _api = {} satisfies ContactsApi;
void _api;
