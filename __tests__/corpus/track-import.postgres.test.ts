import { describeOnPostgres, usePostgresDatabase } from '../helpers/postgres';
import { trackImportSuite } from './track-import.suite';

describeOnPostgres('tracked imports on PostgreSQL', () => {
  usePostgresDatabase();
  trackImportSuite();
});
