'use server';

import { redirect } from 'next/navigation';
import { MAX_UPLOAD_BYTES } from '@/lib/api/limits';
import { serverWriteProblem } from '@/lib/api/server-access';
import { readCorpusContent, startTrackedImport } from '@/lib/corpus';

/** Reads the uploaded files into records, starts the import and opens its progress page. */
export async function importCorpusAction(formData: FormData): Promise<void> {
  const problem = await serverWriteProblem();
  if (problem) redirect(`/corpora/new?problem=${encodeURIComponent(problem.replace(' Your text is kept below.', ''))}`);
  const corpus = String(formData.get('corpus') ?? '').trim().slice(0, 200);
  const outlet = String(formData.get('outlet') ?? '').trim().slice(0, 200) || undefined;
  const files = formData.getAll('files').filter((f): f is File => typeof f === 'object' && f !== null && 'arrayBuffer' in f && f.size > 0);
  if (!corpus) redirect('/corpora/new?problem=' + encodeURIComponent('Give the corpus a name.'));
  if (!files.length) redirect('/corpora/new?problem=' + encodeURIComponent('Choose at least one file.'));
  if (files.reduce((n, f) => n + f.size, 0) > MAX_UPLOAD_BYTES) redirect('/corpora/new?problem=' + encodeURIComponent(`The files are over ${MAX_UPLOAD_BYTES / 1024 / 1024} MB together: import larger corpora with npx parallax import.`));
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const records = [];
  for (const file of files) {
    let text: string;
    try {
      text = decoder.decode(await file.arrayBuffer());
    } catch {
      records.push({ where: file.name, error: 'not valid UTF-8' });
      continue;
    }
    records.push(...readCorpusContent(file.name, text, outlet));
  }
  const progress = await startTrackedImport({ corpus, records });
  redirect(`/corpora/imports/${progress.id}`);
}
