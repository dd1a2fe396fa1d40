// The invariants of the analysis contract that a JSON Schema cannot state, as a list of plain-words
// problems (empty when the analysis keeps them): every span slices its text, claim ids are unique, every
// claim sits in exactly one group, links name real claims, and there is one analysed article per input.
// Used by the contract test, the property-based tests and `npm run fuzz`, so all three check one thing.
import type { Analysis, ArticleInput, Span } from './types';

export function contractProblems(analysis: Analysis, inputs?: ArticleInput[]): string[] {
  const problems: string[] = [];
  if (inputs && analysis.articles.length !== inputs.length) problems.push(`${inputs.length} articles in, ${analysis.articles.length} analysed`);
  const claimIds: string[] = [];
  for (const article of analysis.articles) {
    const where = `article ${article.id}`;
    const sliceCheck = (what: string, span: Span | null | undefined) => {
      if (!span) return;
      if (!(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= article.text.length))
        problems.push(`${where}: ${what} has offsets [${span.start}, ${span.end}) outside its text of ${article.text.length} characters`);
      else if (article.text.slice(span.start, span.end) !== span.text)
        problems.push(`${where}: ${what} [${span.start}, ${span.end}) slices ${JSON.stringify(article.text.slice(span.start, span.end).slice(0, 60))}, not ${JSON.stringify(span.text.slice(0, 60))}`);
    };
    for (const claim of article.claims) {
      claimIds.push(claim.id);
      sliceCheck(`claim ${claim.id}`, claim);
      for (const entity of claim.entities) sliceCheck(`claim ${claim.id} entity`, entity);
      for (const annotation of claim.annotations) sliceCheck(`claim ${claim.id} annotation ${annotation.entry}`, annotation);
      for (const quote of claim.quotes) sliceCheck(`claim ${claim.id} quote`, quote);
      sliceCheck(`claim ${claim.id} speaker mention`, claim.speaker?.mention);
      sliceCheck(`claim ${claim.id} speaker content`, claim.speaker?.content);
    }
  }
  const known = new Set(claimIds);
  if (known.size !== claimIds.length) problems.push(`claim ids repeat: ${claimIds.length} claims, ${known.size} distinct ids`);
  const membership = new Map<string, number>();
  for (const group of analysis.groups)
    for (const id of group.claims) {
      if (!known.has(id)) problems.push(`group ${group.id} names claim ${id}, which no article has`);
      membership.set(id, (membership.get(id) ?? 0) + 1);
    }
  for (const id of known) {
    const times = membership.get(id) ?? 0;
    if (times !== 1) problems.push(`claim ${id} is in ${times} groups, not exactly one`);
  }
  for (const link of analysis.links)
    if (!known.has(link.a) || !known.has(link.b)) problems.push(`link ${link.a}–${link.b} names a claim no article has`);
  return problems;
}
