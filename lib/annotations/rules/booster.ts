// Rule `booster`: words that push certainty or intensity up (clearly, widely recognized, heightened), from lexicons/annotations-booster.json.
import data from '../../../lexicons/annotations-booster.json';
import { lexiconRule } from './lexicon-rule';

export const booster = lexiconRule('booster', 'lexicons/annotations-booster.json', data);
