// Where the draft and a reference state the same thing differently: numbers and dates of counterpart
// claims, role holders across the comparison, and polarity inside one happening.
import type { Claim, Entity } from '../contract/types';
import { STOPWORDS } from '../alignment/lexicons';
import { claimRef, counterpartIn, type CheckContext } from './context';
import type { Conflict, ConflictKind, ConflictValue } from './types';

const QUANTITY_KINDS = new Set(['number', 'money', 'percent']);

/** A bare number with the word it counts ("1,200 people"), so a note reads as the claim does. */
function valueText(claim: Claim, entity: Entity): string {
  if (entity.kind !== 'number' || /\s/.test(entity.text.trim())) return entity.text;
  const after = claim.text.slice(entity.end - claim.start).match(/^\s+(\p{L}[\p{L}'’-]*)/u);
  return after && !STOPWORDS.has(after[1].toLowerCase()) ? `${entity.text} ${after[1]}` : entity.text;
}

const dateType = (detail: string | undefined): string | null =>
  !detail ? null : detail.startsWith('weekday:') ? 'day' : /^\d{4}-\d{2}/.test(detail) || detail.startsWith('month:') ? 'month' : /^\d{4}$/.test(detail) ? 'year' : null;

interface Pair {
  kind: ConflictKind;
  subject: string;
  draft: Entity;
  reference: Entity;
}

/** Values only one side states, paired by what they count (or, one each, by being the only ones left). */
function differingValues(draftClaim: Claim, referenceClaim: Claim): Pair[] {
  const pairs: Pair[] = [];
  const quantities = (claim: Claim) => claim.entities.filter((e) => QUANTITY_KINDS.has(e.kind));
  const draftValues = quantities(draftClaim);
  const referenceValues = quantities(referenceClaim);
  const shared = new Set(draftValues.map((e) => e.canonical).filter((v) => referenceValues.some((r) => r.canonical === v)));
  const onlyDraft = draftValues.filter((e) => !shared.has(e.canonical));
  const onlyReference = referenceValues.filter((e) => !shared.has(e.canonical));
  const used = new Set<Entity>();
  for (const d of onlyDraft) {
    const r = onlyReference.find((e) => !used.has(e) && e.kind === d.kind && !!d.detail && e.detail === d.detail);
    if (r) {
      used.add(r);
      pairs.push({ kind: 'number', subject: d.detail!, draft: d, reference: r });
    }
  }
  const leftDraft = onlyDraft.filter((d) => !pairs.some((p) => p.draft === d));
  const leftReference = onlyReference.filter((r) => !used.has(r));
  if (leftDraft.length === 1 && leftReference.length === 1 && leftDraft[0].kind === leftReference[0].kind)
    pairs.push({ kind: 'number', subject: leftDraft[0].detail ?? leftDraft[0].kind, draft: leftDraft[0], reference: leftReference[0] });

  const dates = (claim: Claim) => claim.entities.filter((e) => e.kind === 'date' && dateType(e.detail));
  const referenceDates = dates(referenceClaim);
  for (const d of dates(draftClaim)) {
    const type = dateType(d.detail)!;
    const sameType = referenceDates.filter((r) => dateType(r.detail) === type);
    if (sameType.length === 1 && sameType[0].detail !== d.detail && !referenceDates.some((r) => r.detail === d.detail))
      pairs.push({ kind: 'date', subject: type, draft: d, reference: sameType[0] });
  }
  return pairs;
}

export function conflicts(context: CheckContext): Conflict[] {
  const byKey = new Map<string, Conflict>();
  const add = (kind: ConflictKind, subject: string, draft: ConflictValue, reference: ConflictValue, note: (refs: ConflictValue[]) => string) => {
    const key = `${kind}|${draft.claim}|${draft.value}|${subject}`;
    let conflict = byKey.get(key);
    if (!conflict) byKey.set(key, (conflict = { kind, subject, draft, references: [], note: '' }));
    if (!conflict.references.some((r) => r.claim === reference.claim && r.value === reference.value)) conflict.references.push(reference);
    conflict.note = note(conflict.references);
  };
  const valueNote = (draft: ConflictValue) => (refs: ConflictValue[]) =>
    `Draft: ${draft.value}. ${refs.map((r) => `${r.outlet}: ${r.value}`).join('. ')}.`;

  for (const reference of context.references)
    for (const referenceClaim of reference.claims) {
      const counterpart = counterpartIn(context, referenceClaim, context.draft);
      if (!counterpart) continue;
      for (const pair of differingValues(counterpart.claim, referenceClaim)) {
        const draft = { ...claimRef(context, counterpart.claim), value: valueText(counterpart.claim, pair.draft) };
        add(pair.kind, pair.subject, draft, { ...claimRef(context, referenceClaim), value: valueText(referenceClaim, pair.reference) }, valueNote(draft));
      }
    }

  // Role holders are compared across the whole comparison: a different spokesperson is a conflict even
  // when the two claims are about different happenings.
  for (const discrepancy of context.analysis.discrepancies) {
    if (discrepancy.kind !== 'role-holder') continue;
    const ours = discrepancy.values.find((v) => v.article === context.draft.id);
    if (!ours) continue;
    const draftClaim = context.claimById.get(ours.claims[0])!;
    const draft = { ...claimRef(context, draftClaim), value: ours.value };
    for (const theirs of discrepancy.values.filter((v) => v.article !== context.draft.id && v.value !== ours.value)) {
      const claim = context.claimById.get(theirs.claims[0])!;
      add('role-holder', discrepancy.subject, draft, { ...claimRef(context, claim), value: theirs.value }, (refs) =>
        `Draft: ${discrepancy.subject} ${ours.value}. ${refs.map((r) => `${r.outlet}: ${discrepancy.subject} ${r.value}`).join('. ')}.`,
      );
    }
  }

  for (const group of context.analysis.groups)
    for (const discrepancy of group.discrepancies) {
      if (discrepancy.kind !== 'polarity') continue;
      const ours = discrepancy.values.find((v) => context.claimById.get(v.claim)?.articleId === context.draft.id);
      if (!ours) continue;
      const draft = { ...claimRef(context, context.claimById.get(ours.claim)!), value: ours.value };
      for (const theirs of discrepancy.values.filter((v) => context.claimById.get(v.claim)?.articleId !== context.draft.id))
        add('polarity', group.summary, draft, { ...claimRef(context, context.claimById.get(theirs.claim)!), value: theirs.value }, valueNote(draft));
    }
  return [...byKey.values()];
}
