// Rule `hedge`: words that soften or distance a claim (reportedly, allegedly, may), from lexicons/annotations-hedge.json.
import data from '../../../lexicons/annotations-hedge.json';
import { lexiconRule } from './lexicon-rule';

export const hedge = lexiconRule('hedge', 'lexicons/annotations-hedge.json', data);
