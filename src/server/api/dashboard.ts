// Entry points of the dashboard feature (menu handlers and its part of the ServerApi).
import type { DashboardApi } from '../../shared/wire-dashboard';

const _api = {} satisfies DashboardApi;
void _api;
