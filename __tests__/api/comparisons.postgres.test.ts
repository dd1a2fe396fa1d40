// The HTTP API end to end over a real HTTP server and a real PostgreSQL.
import { describeOnPostgres, usePostgresDatabase } from '../helpers/postgres';
import { comparisonsApiSuite } from './comparisons.suite';

describeOnPostgres('on PostgreSQL', () => {
  usePostgresDatabase();
  comparisonsApiSuite();
});
