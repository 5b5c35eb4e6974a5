// Entry points of the questions feature (menu handlers and its part of the ServerApi).
import type { QuestionsApi } from '../../shared/wire-questions';

const _api = {} satisfies QuestionsApi;
void _api;
