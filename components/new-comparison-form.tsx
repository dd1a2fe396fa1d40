'use client';

// The new-comparison form: 2–8 articles, each with its own errors. Inputs are controlled, so what was
// typed stays on the page whatever the server answers.
import { useActionState, useEffect, useRef, useState } from 'react';
import { ArticleFields, type IngestStatus } from './article-fields';
import {
  MAX_FORM_ARTICLES,
  MIN_FORM_ARTICLES,
  draftFromIngest,
  fillSlots,
  initialFormState,
  type ArticleDraft,
  type FormState,
} from '@/lib/view/comparison-form';

const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

/** What the form calls its slots and buttons: the editor's check (/check) names a draft and references. */
export interface FormWording {
  /** The legend of each slot, by index (plain data: the page that passes it is a server component). */
  articles: string[];
  add: string;
  submit: string;
  pending: string;
}

const COMPARISON_WORDING: FormWording = {
  articles: Array.from({ length: MAX_FORM_ARTICLES }, (_, i) => `Article ${i + 1}`),
  add: 'Add another article',
  submit: 'Compare articles',
  pending: 'Analysing the articles; this takes a few seconds.',
};

interface Props {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  wording?: FormWording;
  /** Values to start from (re-running a check after edits). */
  start?: FormState;
}

export function NewComparisonForm({ action, wording = COMPARISON_WORDING, start }: Props) {
  const [initial] = useState(() => start ?? initialFormState());
  const [current, formAction, pending] = useActionState(action, initial);
  const [title, setTitle] = useState(current.values.title);
  const [drafts, setDrafts] = useState<ArticleDraft[]>(current.values.articles);
  const formRef = useRef<HTMLFormElement>(null);
  const [statuses, setStatuses] = useState<Record<number, IngestStatus>>({});
  const setStatus = (index: number, status: IngestStatus) => setStatuses((all) => ({ ...all, [index]: status }));

  /** POST /api/ingest (a URL as JSON, or a file as multipart) and fill this slot, then the next empty ones. */
  const ingest = async (index: number, body: { url: string } | File) => {
    if (body instanceof File && body.size > MAX_UPLOAD_BYTES) {
      setStatus(index, { error: `${body.name} is larger than 2 MB.` });
      return;
    }
    setStatus(index, { busy: true });
    try {
      const init: RequestInit = body instanceof File
        ? { method: 'POST', body: (() => { const form = new FormData(); form.append('file', body); return form; })() }
        : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
      const response = await fetch('/api/ingest', init);
      const data = await response.json().catch(() => null);
      if (!response.ok || !Array.isArray(data?.articles)) {
        setStatus(index, { error: data?.detail ?? data?.error?.message ?? data?.title ?? `The article could not be read (HTTP ${response.status}).` });
        return;
      }
      const fetched = (data.articles as Array<Record<string, unknown>>).map(draftFromIngest);
      setDrafts((list) => fillSlots(list, index, fetched));
      setStatus(index, { message: fetched.length > 1 ? `Read ${fetched.length} articles from the file.` : 'Fetched: check and edit the text below.' });
    } catch {
      setStatus(index, { error: 'The article could not be read: the server did not answer.' });
    }
  };

  // After a failed submit, move focus to the first field in error so keyboard and screen-reader users find it.
  useEffect(() => {
    if (current === initial) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"], .form-error');
    invalid?.focus();
  }, [current, initial]);

  const update = (index: number, field: string, value: string) =>
    setDrafts((list) => list.map((d, i) => (i === index ? { ...d, [field]: value } : d)));

  return (
    <form ref={formRef} action={formAction} className="new-comparison" noValidate>
      {current.errors.form && (
        <p className="form-error" role="alert" tabIndex={-1}>{current.errors.form}</p>
      )}
      <div className="field">
        <label htmlFor="comparison-title">Event title <span className="hint">(optional; the first headline is used otherwise)</span></label>
        <input id="comparison-title" name="title" value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} />
      </div>
      {drafts.map((draft, index) => (
        <ArticleFields
          key={index}
          index={index}
          label={wording.articles[index] ?? `Article ${index + 1}`}
          draft={draft}
          errors={current.errors.articles[index]}
          onChange={(field, value) => update(index, field, value)}
          onRemove={index >= MIN_FORM_ARTICLES ? () => setDrafts((list) => list.filter((_, i) => i !== index)) : undefined}
          onFetchUrl={(url) => ingest(index, { url })}
          onUpload={(file) => ingest(index, file)}
          status={statuses[index]}
        />
      ))}
      <div className="form-actions">
        {drafts.length < MAX_FORM_ARTICLES && (
          <button type="button" className="button secondary" onClick={() => setDrafts((list) => [...list, { outlet: '', title: '', text: '' }])}>
            {wording.add}
          </button>
        )}
        <button type="submit" className="button" disabled={pending} aria-describedby="submit-hint">
          {pending ? 'Analysing…' : wording.submit}
        </button>
        <p id="submit-hint" className="hint" aria-live="polite">{pending ? wording.pending : `${drafts.length} of at most ${MAX_FORM_ARTICLES} articles.`}</p>
      </div>
    </form>
  );
}
