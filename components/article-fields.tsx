'use client';

// The inputs of one article in the new-comparison form. To offer another way in (a URL, a file),
// add its input here under `fieldName(index, 'url')` etc.: the form's parser passes extra fields through.
import { fieldName, type ArticleDraft } from '@/lib/view/comparison-form';

export interface IngestStatus {
  busy?: boolean;
  message?: string;
  error?: string;
}

interface Props {
  index: number;
  draft: ArticleDraft;
  errors: Record<string, string> | undefined;
  onChange: (field: string, value: string) => void;
  onRemove?: () => void;
  /** Reads the article from its web address or an uploaded file (POST /api/ingest). */
  onFetchUrl?: (url: string) => void;
  onUpload?: (file: File) => void;
  status?: IngestStatus;
  /** The fieldset's legend: "Article 2" unless the form names its slots ("Your draft", "Reference 1"). */
  label?: string;
}

export function ArticleFields({ index, draft, errors, onChange, onRemove, onFetchUrl, onUpload, status, label = `Article ${index + 1}` }: Props) {
  const id = (field: string) => `article-${index}-${field}`;
  const errorId = (field: string) => (errors?.[field] ? `${id(field)}-error` : undefined);
  const fieldError = (field: string) =>
    errors?.[field] ? <p className="field-error" id={`${id(field)}-error`}>{errors[field]}</p> : null;
  return (
    <fieldset className="article-fields" aria-describedby={errors ? `${id('summary')}` : undefined}>
      <legend>{label}</legend>
      {errors && <p className="visually-hidden" id={id('summary')}>This article has a problem: {Object.values(errors).join(' ')}</p>}
      <div className="field-row">
        <div className="field">
          <label htmlFor={id('outlet')}>Outlet <span className="hint">(optional)</span></label>
          <input id={id('outlet')} name={fieldName(index, 'outlet')} value={draft.outlet} maxLength={200}
            aria-invalid={Boolean(errors?.outlet) || undefined} aria-describedby={errorId('outlet')}
            onChange={(e) => onChange('outlet', e.target.value)} />
          {fieldError('outlet')}
        </div>
        <div className="field">
          <label htmlFor={id('title')}>Headline <span className="hint">(optional)</span></label>
          <input id={id('title')} name={fieldName(index, 'title')} value={draft.title} maxLength={1000}
            aria-invalid={Boolean(errors?.title) || undefined} aria-describedby={errorId('title')}
            onChange={(e) => onChange('title', e.target.value)} />
          {fieldError('title')}
        </div>
      </div>
      <div className="field-row source-row">
        <div className="field">
          <label htmlFor={id('url')}>Web address <span className="hint">(optional: fetch the text, or leave the text empty and it is fetched when you compare)</span></label>
          <div className="inline-input">
            <input id={id('url')} name={fieldName(index, 'url')} type="url" inputMode="url" value={draft.url ?? ''} maxLength={2048}
              placeholder="https://…" onChange={(e) => onChange('url', e.target.value)} />
            {onFetchUrl && (
              <button type="button" className="button secondary" disabled={!draft.url?.trim() || status?.busy}
                onClick={() => onFetchUrl((draft.url ?? '').trim())}>
                Fetch<span className="visually-hidden"> article {index + 1}</span>
              </button>
            )}
          </div>
        </div>
        {onUpload && (
          <div className="field">
            <label htmlFor={id('file')}>Or upload a file <span className="hint">(.txt, .md, .html, .json; up to 2 MB)</span></label>
            <input id={id('file')} type="file" accept=".txt,.md,.html,.htm,.json,text/plain,text/markdown,text/html,application/json"
              onChange={(e) => { const file = e.target.files?.[0]; if (file) onUpload(file); e.target.value = ''; }} />
          </div>
        )}
      </div>
      <p className="ingest-status" aria-live="polite">
        {status?.busy && 'Reading the article…'}
        {!status?.busy && status?.message}
      </p>
      {status?.error && <p className="field-error" id={id('ingest-error')}>{status.error}</p>}
      <div className="field">
        <label htmlFor={id('text')}>Article text</label>
        <textarea id={id('text')} name={fieldName(index, 'text')} value={draft.text} rows={8}
          aria-invalid={Boolean(errors?.text) || undefined} aria-describedby={errorId('text')}
          onChange={(e) => onChange('text', e.target.value)} />
        {fieldError('text')}
      </div>
      {onRemove && (
        <button type="button" className="button secondary" onClick={onRemove}>Remove {label}</button>
      )}
    </fieldset>
  );
}
