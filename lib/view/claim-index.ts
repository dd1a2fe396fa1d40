// Lookups the views need again and again, built once per render.
import type { Analysis, Claim, ClaimGroup, GroupMember } from '../contract/types';

export interface ClaimIndex {
  claim: Map<string, Claim>;
  groupOf: Map<string, ClaimGroup>;
  memberOf: Map<string, GroupMember>;
  articleIndex: Map<string, number>;
}

export function indexClaims(analysis: Analysis): ClaimIndex {
  const claim = new Map<string, Claim>();
  for (const article of analysis.articles) for (const c of article.claims) claim.set(c.id, c);
  const groupOf = new Map<string, ClaimGroup>();
  const memberOf = new Map<string, GroupMember>();
  for (const group of analysis.groups) {
    for (const id of group.claims) groupOf.set(id, group);
    for (const member of group.members) memberOf.set(member.claim, member);
  }
  const articleIndex = new Map(analysis.articles.map((a, i) => [a.id, i]));
  return { claim, groupOf, memberOf, articleIndex };
}
