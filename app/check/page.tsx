import type { Metadata } from 'next';
import { NewComparisonForm, type FormWording } from '@/components/new-comparison-form';
import { requirePageAccess } from '@/lib/api/server-access';
import { getComparisonById } from '@/lib/comparisons';
import { MAX_FORM_ARTICLES, initialFormState, type FormState } from '@/lib/view/comparison-form';
import { createCheckAction } from './actions';

export const metadata: Metadata = { title: "Editor's check" };

// Per request: the page CSP's nonce (proxy.ts) is only put on scripts of pages rendered per request.
export const dynamic = 'force-dynamic';

const WORDING: FormWording = {
  articles: Array.from({ length: MAX_FORM_ARTICLES }, (_, i) => (i === 0 ? 'Your draft' : `Reference ${i}`)),
  add: 'Add another reference',
  submit: 'Check the draft',
  pending: 'Analysing the draft and its references; this takes a few seconds.',
};

interface Props {
  searchParams: Promise<{ from?: string | string[] }>;
}

/** Re-running after edits: the form starts from a saved check's texts. */
async function startFrom(id: string | undefined): Promise<FormState | undefined> {
  const saved = id ? await getComparisonById({ id }) : null;
  if (!saved || saved.status !== 'done') return undefined;
  return {
    ...initialFormState(),
    values: { title: saved.title, articles: saved.analysis.articles.map((a) => ({ outlet: a.outlet, title: a.title, text: a.text })) },
  };
}

export default async function CheckPage({ searchParams }: Props) {
  const from = (await searchParams).from;
  // Private mode: the form, and above all a saved check's texts (?from=), only for those signed in.
  await requirePageAccess(typeof from === 'string' ? `/check?from=${encodeURIComponent(from)}` : '/check');
  const start = await startFrom(typeof from === 'string' ? from : undefined);
  return (
    <div className="page narrow">
      <h1>Editor&rsquo;s check</h1>
      <p className="lede">
        Paste your draft and one to seven references: the wire copy, rival stories, press releases. Parallax lists what the
        references report that the draft does not, what the draft states differently, what only the draft claims, how its
        quotations compare, and where its own wording is loaded.
      </p>
      <NewComparisonForm action={createCheckAction} wording={WORDING} start={start} />
    </div>
  );
}
