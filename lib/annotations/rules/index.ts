// Every annotation rule, in the order their findings are listed. One rule per file, one lexicon per rule.
import type { Rule } from '../types';
import { loaded } from './loaded';
import { label } from './label';
import { subjective } from './subjective';
import { hedge } from './hedge';
import { booster } from './booster';
import { reportingVerb } from './reporting-verb';
import { vagueSource } from './vague-source';
import { agentless } from './agentless';
import { published } from './published';
import { tokenModel } from './token-model';

export const rules: Rule[] = [label, loaded, subjective, booster, hedge, reportingVerb, vagueSource, agentless, published, tokenModel];
