// The storage tests of comparisons.suite.ts on a real PostgreSQL (the generated postgresql client).
import { describeOnPostgres, usePostgresDatabase } from '../helpers/postgres';
import { comparisonStorageSuite } from './comparisons.suite';
import { databaseProviderInUse } from '../../lib/db/client';

describeOnPostgres('on PostgreSQL', () => {
  usePostgresDatabase();

  it('runs on the PostgreSQL client', () => {
    expect(databaseProviderInUse()).toBe('postgresql');
  });

  comparisonStorageSuite();
});
