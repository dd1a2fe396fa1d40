import { SCHEMA_VERSION } from '../contract/types';
import { ANALYZER_VERSION } from '../contract/version';
import { getComparisonById } from '../comparisons';
import { getPrisma } from '../db/client';
import { summariseStory, summarySourceKey } from './summarise-story';

/**
 * After a comparison's analysis is written (by the job that made it): the summary of each corpus story
 * it is the comparison of, so that the first read of a corpus after its analyses finds every summary
 * ready instead of reading and summarising every analysis then. Returns the stories summarised.
 */
export async function summariseStoriesOf({ comparisonId }: { comparisonId: string }): Promise<number> {
  const prisma = getPrisma();
  if ((await prisma.story.count({ where: { comparisonId } })) === 0) return 0;
  const comparison = await prisma.comparison.findUnique({
    where: { id: comparisonId },
    select: { id: true, updatedAt: true, analyzerVersion: true, schemaVersion: true, analysisStatus: true },
  });
  if (!comparison || comparison.analysisStatus !== 'done' || comparison.analyzerVersion !== ANALYZER_VERSION || comparison.schemaVersion !== SCHEMA_VERSION) return 0;
  const read = await getComparisonById({ id: comparisonId });
  if (!read?.analysis) return 0;
  // Keyed by the comparison as read here: re-analysed in between, the next corpus read sees a newer key and summarises again.
  const { count } = await prisma.story.updateMany({
    where: { comparisonId },
    data: { summaryJson: JSON.stringify(summariseStory(read.analysis)), summaryOf: summarySourceKey(comparison) },
  });
  return count;
}
