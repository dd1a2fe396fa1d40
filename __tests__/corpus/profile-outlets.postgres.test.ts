// Outlet profiles across a corpus on a real PostgreSQL, analysed by pg-boss workers in this process.
import { describeOnPostgres, usePostgresDatabase } from '../helpers/postgres';
import { profileOutletsSuite } from './profile-outlets.suite';

describeOnPostgres('outlet profiles on PostgreSQL', () => {
  usePostgresDatabase();
  profileOutletsSuite();
});
