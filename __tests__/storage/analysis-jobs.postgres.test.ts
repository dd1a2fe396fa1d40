import { describeOnPostgres, usePostgresDatabase } from '../helpers/postgres';
import { analysisJobsSuite } from './analysis-jobs.suite';

describeOnPostgres('analysis jobs on PostgreSQL (pg-boss)', () => {
  usePostgresDatabase();
  analysisJobsSuite();
});
