// The help text: the one place that lists the commands and options.
export const USAGE = `Usage:
  parallax analyze FILE...              analyse articles together, print the Analysis
  parallax analyze --batch IN.jsonl     one comparison per input line, one Analysis per output line
  parallax check DRAFT REFERENCE...      the editor's check: what 1 to 7 references (files or http(s) URLs)
                                        report that the draft lacks or states differently; --format json|md
  parallax worker [--concurrency N]      analyse the comparisons queued in DATABASE_URL (default: one job per
                                         core), until stopped with Ctrl-C or SIGTERM; run as many as you like
  parallax stories FILE.jsonl            group a corpus's articles into stories (the same event): one JSON
                                        line per story, {"story", "articles": [input ids], "why"}
  parallax import FILE|DIR [--corpus NAME] [--no-analysis]
                                        store a corpus (.jsonl, .csv, RSS/Atom .xml/.rss/.atom, or a folder
                                        of those and of .html/.txt/.md files, outlet = the first folder under DIR) in
                                        DATABASE_URL, group it into stories (new articles join stored ones),
                                        and queue the comparison of each story with two outlets or more for
                                        the analysis workers (not with --no-analysis)
  parallax help | --help | --version

Files (analyze FILE...):
  .txt           the whole file is the article text; outlet from the file name unless --outlet
  .md            Markdown: the first "# heading" is the title, markup is dropped
  .html / .htm   a saved web page: article text, title, outlet, byline, date from the page
  .json          {"outlet", "title", "text", "url"?, "publishedAt"?, "byline"?},
                 or {"articles": [ ...those ]} for several articles in one file

Batch lines (--batch; "-" reads standard input):
  {"id": "x1", "articles": [{"outlet": "A", "title": "", "text": "..."}, ...]}
  Output lines are in input order, each the Analysis with "id" first.
  Every line is checked before anything is analysed: a bad line stops the run with its line number.

Options:
  --format json|jsonl|md   json (default for files: indented), jsonl (default for --batch: one line each),
                           md (Markdown report)
  --outlet NAME            outlet of the next FILE (repeat it, in file order)
  --title TEXT             title of the next FILE (repeat it, in file order)
  --corpus NAME            import: the corpus to add to (default: the file or folder name)
  --no-analysis            import: store articles and stories, make no comparisons
  --no-progress            no progress bar (it is drawn on stderr only when stderr is a terminal)

Exit status: 0 done, 1 an analysis failed or ran past its deadline (batch: those lines are skipped,
the others written), 2 bad arguments or bad input (message on stderr).
PARALLAX_ANALYSIS_TIMEOUT_MS (default 2000): the deadline's base, once more per 20,000 characters.
PARALLAX_ANALYSIS_WORKERS: worker threads for --batch (default: one per core).
PARALLAX_DEBUG=1 prints the stack trace of an analysis failure.
`;
