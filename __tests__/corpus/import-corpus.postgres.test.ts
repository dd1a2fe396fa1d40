// The corpus import suite on a real PostgreSQL: the same stories, comparisons and queued jobs (pg-boss).
import { describeOnPostgres, usePostgresDatabase } from '../helpers/postgres';
import { importCorpusSuite } from './import-corpus.suite';

describeOnPostgres('corpus import on PostgreSQL', () => {
  usePostgresDatabase();
  importCorpusSuite();
});
