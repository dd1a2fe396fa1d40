// Rule `loaded`: emotive or judgemental wording (massacre, regime, destabilize), from lexicons/annotations-loaded.json.
import data from '../../../lexicons/annotations-loaded.json';
import { lexiconRule } from './lexicon-rule';

export const loaded = lexiconRule('loaded', 'lexicons/annotations-loaded.json', data);
