// Rule `subjective`: the writer's own evaluations (disastrous, incompetence, moral asymmetry), from lexicons/annotations-subjective.json.
import data from '../../../lexicons/annotations-subjective.json';
import { lexiconRule } from './lexicon-rule';

export const subjective = lexiconRule('subjective', 'lexicons/annotations-subjective.json', data);
