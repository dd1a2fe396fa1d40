// The BASIL development articles (Fan et al., EMNLP 2019) as the framing scripts read them: from ../shared/devdata/basil
// when present (never copied into the repository), each article's body as clean-text input (sentences joined by a
// space, paragraphs by a blank line) with its phrase-level annotations. Used by scripts/eval/framing.ts,
// scripts/train/bias.ts and scripts/train/token-bias.ts, so all three read the data and place the spans the same way.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const BASIL_DIR = join(__dirname, '../../../shared/devdata/basil');

export interface BasilPhrase {
  /** `p<k>`: the k-th body sentence. */
  id: string;
  /** Offsets inside that sentence. */
  start: number;
  end: number;
  txt: string;
  bias: 'lex' | 'inf';
  /** 'yes' when the annotators marked the words as quoted. */
  quote: string;
  speaker?: string;
}

export interface BasilArticle {
  year: string;
  file: string;
  /** The triplet (event) the article belongs to: the unit of leave-one-event-out. */
  event: string;
  source: string;
  title: string;
  sentences: string[];
  text: string;
  /** Phrase-level annotations on body sentences (the title's are left out). */
  phrases: BasilPhrase[];
}

export const basilAvailable = () => existsSync(BASIL_DIR);

export function readBasil(): BasilArticle[] {
  const out: BasilArticle[] = [];
  for (const year of readdirSync(join(BASIL_DIR, 'articles')).sort()) {
    for (const file of readdirSync(join(BASIL_DIR, 'articles', year)).sort()) {
      const art = JSON.parse(readFileSync(join(BASIL_DIR, 'articles', year, file), 'utf8'));
      const ann = JSON.parse(readFileSync(join(BASIL_DIR, 'annotations', year, file.replace('.json', '_ann.json')), 'utf8'));
      const paragraphs: string[][] = art['body-paragraphs'];
      out.push({
        year,
        file,
        event: String(art['triplet-uuid'] ?? file.replace(/_\d+\.json$/, '')),
        source: String(art.source),
        title: art.title ?? '',
        sentences: paragraphs.flat(),
        text: paragraphs.map((p) => p.join(' ')).join('\n\n'),
        phrases: (ann['phrase-level-annotations'] as BasilPhrase[]).filter((s) => s.id !== 'title'),
      });
    }
  }
  return out;
}

/**
 * Where a phrase lies in our clean text: its sentence found in the text, plus its offset in the sentence; else (with
 * `byText`) the first place its words occur.
 */
export function locatePhrase(text: string, article: BasilArticle, phrase: BasilPhrase, byText = true): { start: number; end: number } | null {
  const sentence = article.sentences[Number(phrase.id.slice(1))];
  const at = sentence === undefined ? -1 : text.indexOf(sentence);
  if (at >= 0) return { start: at + phrase.start, end: at + phrase.end };
  if (!byText || sentence === undefined) return null;
  const direct = text.indexOf(phrase.txt);
  return direct >= 0 ? { start: direct, end: direct + phrase.txt.length } : null;
}
