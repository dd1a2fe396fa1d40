import { useTempDatabase } from '../helpers/temp-db';
import { comparisonStorageSuite } from './comparisons.suite';

useTempDatabase();

comparisonStorageSuite();

describe('the database file', () => {
  it('is in WAL mode once the client has opened it', async () => {
    const { getPrisma } = await import('@/lib/db/client');
    const rows = await getPrisma().$queryRawUnsafe<Array<{ journal_mode: string }>>('PRAGMA journal_mode');
    expect(rows[0].journal_mode.toLowerCase()).toBe('wal');
  });
});
