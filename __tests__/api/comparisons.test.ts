// The HTTP API end to end over a real HTTP server and a real temporary SQLite file.
import { useTempDatabase } from '@/__tests__/helpers/temp-db';
import { comparisonsApiSuite } from './comparisons.suite';

useTempDatabase();

comparisonsApiSuite();
