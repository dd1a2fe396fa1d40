// Claims stage: clean text → atomic claims with offsets, kind, check-worthiness, speaker, quotations and entities.
// The article is read by wink once; then each pass below reads that token table and the earlier passes' results
// (plain data) and returns its own. The order is the dependency order; docs/ARCHITECTURE.md lists what each adds.
import type { ArticleWithClaims, IngestedArticle } from '../contract/stages';
import { readText } from './tokens';
import { readQuotations } from './quotes';
import { claimParts } from './parts';
import { placeQuotes } from './quote-placement';
import { findFrames } from './frames';
import { speakerSources } from './speaker-sources';
import { readPeople } from './people';
import { claimRecords, unreadClaims } from './claim-records';

export function extractClaims(article: IngestedArticle): ArticleWithClaims {
  const text = article.text;
  if (!text.trim()) return { ...article, claims: [] };
  const read = readText(text);
  const { tokens } = read;
  const supported = article.language.supported;
  const quotations = readQuotations(text, tokens);
  const titleLength = article.title && text.startsWith(article.title) ? article.title.length : -1;
  const parts = claimParts(text, read, quotations.inQuote, { titleLength, split: supported });
  const placed = placeQuotes(text, parts, quotations.list);
  if (!supported) return { ...article, claims: unreadClaims(article, parts, placed) };
  const frames = findFrames(text, read, quotations, parts);
  const speakers = speakerSources(text, tokens, parts, frames, quotations.list, placed);
  const people = readPeople(text, read, parts, frames, speakers);
  const claims = claimRecords(article, { tokens, inQuote: quotations.inQuote, wink: read.entities, parts, placed, frames, speakers, people });
  return { ...article, claims };
}
