import { getPrisma } from '../db/client';
import { HEARTBEAT_MS, type ImportProgress } from './track-import';

/** A running import whose row has not been touched for this long lost its process (a restart). */
const LOST_AFTER_MS = 6 * HEARTBEAT_MS;

/** An upload's import as stored: how far it got, its bad records, its report; null for an unknown id. */
export async function getImportProgress(id: string): Promise<ImportProgress | null> {
  const row = await getPrisma().corpusImport.findUnique({ where: { id } });
  if (!row) return null;
  const lost = row.state === 'running' && Date.now() - row.updatedAt.getTime() > LOST_AFTER_MS;
  return {
    id: row.id,
    corpus: row.corpusName,
    total: row.total,
    done: row.done,
    errors: JSON.parse(row.errorsJson) as ImportProgress['errors'],
    state: lost ? 'interrupted' : (row.state as ImportProgress['state']),
    report: row.reportJson ? (JSON.parse(row.reportJson) as ImportProgress['report']) : null,
    corpusId: row.corpusId,
    failure: lost ? 'the app instance running this import stopped before it finished; upload the files again to import what is missing (articles already stored are skipped)' : row.failure,
  };
}
