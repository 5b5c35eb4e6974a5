// Entry points of the follow-ups feature (menu handlers and its part of the ServerApi).
import type { FollowUpApi } from '../../shared/wire-follow-ups';

const _api = {} satisfies FollowUpApi;
void _api;
