// Sentiment: AFINN-165 scores from the `sentiment` package, with the words behind each score.
import Sentiment from 'sentiment';
import type { Sentiment as ClaimSentiment } from '../contract/types';

const analyzer = new Sentiment();

export function scoreSentiment(text: string): ClaimSentiment {
  const result = analyzer.analyze(text);
  const words = result.calculation.map((entry) => {
    const [word, score] = Object.entries(entry)[0];
    return { word, score: Number(score) };
  });
  return {
    score: result.score,
    comparative: Number(result.comparative.toFixed(4)),
    label: result.score < 0 ? 'negative' : result.score > 0 ? 'positive' : 'neutral',
    words: words.reverse(),
    actorTone: [],
  };
}
