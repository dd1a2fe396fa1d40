import { useTempDatabase } from '../helpers/temp-db';
import { analysisJobsSuite } from './analysis-jobs.suite';

useTempDatabase();

describe('analysis jobs on SQLite (the in-process queue)', () => {
  analysisJobsSuite();
});
