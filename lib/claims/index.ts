// Claims stage: clean text → claims with exact offsets. First cut: one sentence, one claim.
import type { ArticleWithClaims, ExtractedClaim, IngestedArticle } from '../contract/stages';
import { nlp } from '../nlp/wink';

export function extractClaims(article: IngestedArticle): ArticleWithClaims {
  const claims: ExtractedClaim[] = [];
  const doc = nlp.readDoc(article.text);
  // Sentence offsets are recovered by locating each sentence's text in order.
  let cursor = 0;
  const paragraphStarts = paragraphOffsets(article.text);
  doc.sentences().out().forEach((sentenceText: string) => {
    const trimmed = sentenceText.trim();
    if (!trimmed) return;
    const start = article.text.indexOf(trimmed, cursor);
    if (start < 0) return;
    const end = start + trimmed.length;
    cursor = end;
    const index = claims.length;
    claims.push({
      id: `${article.id}c${index + 1}`,
      articleId: article.id,
      index,
      start,
      end,
      text: trimmed,
      paragraph: paragraphStarts.filter((p) => p <= start).length - 1,
      kind: article.title && start === 0 ? 'headline' : 'event',
      checkworthiness: { score: 0.5, features: [] },
      speaker: null,
      quotes: [],
      entities: [],
    });
  });
  return { ...article, claims };
}

function paragraphOffsets(text: string): number[] {
  const starts = [0];
  const re = /\n\s*\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) starts.push(m.index + m[0].length);
  return starts;
}
