// Facts that disagree across sources even in claims about different happenings: the same office held by
// different people ("Foreign Ministry spokesman": Baghaei in one source, Khatib in another), and the same
// person given different offices.
import type { AnalyzedArticle, ComparisonDiscrepancy, ComparisonDiscrepancyValue } from '../contract/types';
import { roleMentions, type RoleMention } from './role-mentions';
import { sameName } from './names';

const sameOf = (a: RoleMention, b: RoleMention) => !a.of || !b.of || a.of === b.of;
/** An office of one word ("spokesman") with no owner stated could be anyone's: too vague to compare. */
const specific = (m: RoleMention) => m.office.includes(' ') || !!m.of;

export function roleDiscrepancies(articles: AnalyzedArticle[]): ComparisonDiscrepancy[] {
  const mentions = roleMentions(articles).filter((m) => !m.past);
  return [...roleHolders(mentions), ...actorRoles(mentions)];
}

function roleHolders(mentions: RoleMention[]): ComparisonDiscrepancy[] {
  const out: ComparisonDiscrepancy[] = [];
  const offices = [...new Set(mentions.filter(specific).map((m) => m.office))].sort();
  for (const office of offices) {
    const holders = mentions.filter((m) => m.office === office && specific(m));
    const people = clusterBy(holders, (a, b) => sameName(a.name, b.name));
    if (people.length < 2) continue;
    // only people from different sources, for the same owner of the office
    const conflicting = people.filter((p) => people.some((q) => q !== p && q.some((x) => p.some((y) => sameOf(x, y) && x.article !== y.article))));
    if (conflicting.length < 2) continue;
    const subject = longest(conflicting.flat().map((m) => m.role));
    out.push({
      kind: 'role-holder',
      subject,
      values: conflicting.flatMap((p) => valuesByArticle(p, (m) => longest(p.map((x) => x.name)))),
      note: `sources name different people as ${subject}: ${conflicting.map((p) => longest(p.map((x) => x.name))).join(' vs ')}`,
    });
  }
  return out;
}

function actorRoles(mentions: RoleMention[]): ComparisonDiscrepancy[] {
  const out: ComparisonDiscrepancy[] = [];
  for (const person of clusterBy(mentions, (a, b) => sameName(a.name, b.name))) {
    const roles = clusterBy(person.filter(specific), (a, b) => compatibleOffices(a, b));
    if (roles.length < 2) continue;
    const articlesPerRole = roles.map((r) => new Set(r.map((m) => m.article)));
    const acrossSources = articlesPerRole.some((x, i) => articlesPerRole.some((y, j) => j > i && [...x].some((a) => !y.has(a)) && [...y].some((a) => !x.has(a))));
    if (!acrossSources) continue;
    const name = longest(person.map((m) => m.name));
    out.push({
      kind: 'actor-role',
      subject: name,
      values: roles.flatMap((r) => valuesByArticle(r, () => longest(r.map((m) => m.role)))),
      note: `sources give ${name} different roles: ${roles.map((r) => longest(r.map((m) => m.role))).join(' vs ')}`,
    });
  }
  return out;
}

function compatibleOffices(a: RoleMention, b: RoleMention): boolean {
  if (!sameOf(a, b)) return false;
  const x = a.office.split(' '), y = b.office.split(' ');
  return x.every((w) => y.includes(w)) || y.every((w) => x.includes(w));
}

function valuesByArticle(ms: RoleMention[], value: (m: RoleMention) => string): ComparisonDiscrepancyValue[] {
  const byArticle = new Map<string, RoleMention[]>();
  for (const m of ms) (byArticle.get(m.article) ?? byArticle.set(m.article, []).get(m.article)!).push(m);
  return [...byArticle.entries()].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })).map(([article, list]) => ({
    article,
    value: value(list[0]),
    claims: [...new Set(list.map((m) => m.claim))],
  }));
}

function clusterBy<T>(items: T[], same: (a: T, b: T) => boolean): T[][] {
  const clusters: T[][] = [];
  for (const item of items) {
    const home = clusters.find((c) => c.some((x) => same(x, item)));
    if (home) home.push(item);
    else clusters.push([item]);
  }
  return clusters;
}

const longest = (xs: string[]) => xs.reduce((a, b) => (b.length > a.length ? b : a), '');
