// Outlet profiles across a corpus, read from the stored analyses of an imported fixture corpus whose
// stories' comparisons were analysed by the queue's workers (a real SQLite file).
import { useTempDatabase } from '../helpers/temp-db';
import { closeAnalysisQueue } from '@/lib/jobs/queue';
import { profileOutletsSuite } from './profile-outlets.suite';

useTempDatabase();
afterAll(() => closeAnalysisQueue());

profileOutletsSuite();
