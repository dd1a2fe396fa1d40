// Rule `label`: how actors, groups and policies are named (terrorists, Iranian-backed, the Jewish state), from lexicons/annotations-label.json.
import data from '../../../lexicons/annotations-label.json';
import { lexiconRule } from './lexicon-rule';

export const label = lexiconRule('label', 'lexicons/annotations-label.json', data);
