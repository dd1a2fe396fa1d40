import { useTempDatabase } from '../helpers/temp-db';
import { closeAnalysisQueue } from '@/lib/jobs/queue';
import { trackImportSuite } from './track-import.suite';

useTempDatabase();
afterAll(() => closeAnalysisQueue());

describe('tracked imports on SQLite', () => {
  trackImportSuite();
});
