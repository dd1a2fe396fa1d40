// Runs once when the server starts (Next calls register() before serving requests).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { stampPeerAddresses } = await import('./lib/api/peer-stamp');
  stampPeerAddresses();
}
