// The upload form: a plain form posting to a server action, so it works without JavaScript.
import { MAX_UPLOAD_BYTES } from '@/lib/api/limits';

export function ImportForm({ action, problem }: { action: (data: FormData) => Promise<void>; problem?: string }) {
  return (
    <form action={action} className="new-comparison" encType="multipart/form-data">
      {problem ? <p className="form-error" role="alert">{problem}</p> : null}
      <div className="field">
        <label htmlFor="corpus">Corpus name</label>
        <input type="text" id="corpus" name="corpus" required maxLength={200} />
        <p className="hint">Articles are added to the corpus of that name, or a new one.</p>
      </div>
      <div className="field">
        <label htmlFor="files">Files</label>
        <input type="file" id="files" name="files" multiple required accept=".jsonl,.ndjson,.json,.csv,.xml,.rss,.atom,.html,.htm,.txt,.md" />
        <p className="hint">
          JSON lines or CSV ({'{'}id?, outlet, title, text | html, url?, publishedAt?{'}'}), RSS or Atom feeds, or single articles as .html, .txt or .md;
          up to {MAX_UPLOAD_BYTES / 1024 / 1024} MB in all. Larger corpora: <code>npx parallax import FILE|DIR</code>.
        </p>
      </div>
      <div className="field">
        <label htmlFor="outlet">Outlet of single-article files</label>
        <input type="text" id="outlet" name="outlet" maxLength={200} />
      </div>
      <div className="form-actions"><button className="button" type="submit">Import</button></div>
    </form>
  );
}
