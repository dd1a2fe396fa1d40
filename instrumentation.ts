// Runs once when the server starts (Next calls register() before serving requests).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { stampPeerAddresses } = await import('./lib/api/peer-stamp');
  stampPeerAddresses();
  // In-process analysis workers, unless PARALLAX_WORKERS=0 (then `parallax worker` processes do it).
  const { jobSettings } = await import('./lib/jobs/settings');
  const { inProcessWorkers } = jobSettings();
  if (inProcessWorkers > 0) {
    const { startAnalysisWorkers } = await import('./lib/jobs/start-workers');
    startAnalysisWorkers({ concurrency: inProcessWorkers }).catch((error) =>
      console.error(`parallax: the analysis workers did not start: ${error instanceof Error ? error.message : error}`),
    );
  }
}
