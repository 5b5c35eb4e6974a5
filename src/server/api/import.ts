// Entry points of the import feature (menu handlers and its part of the ServerApi).
import type { ImportApi, ImportChunk, ImportChunkResult, ImportContext } from '../../shared/import';
import { showSidebar } from '../sidebar';
import { importChunk, importContext } from '../import';

export function menuImportContacts(): void {
  showSidebar('import');
}

export function getImportContext(): ImportContext {
  return importContext();
}

export function importContacts(chunk: ImportChunk): ImportChunkResult {
  return importChunk(chunk);
}

const _api = { getImportContext, importContacts } satisfies ImportApi;
void _api;
