/** Where to go after signing in: a path on this site only (never "//evil.example" or "https://…"). */
export function safeNextPath(value: unknown): string {
  const path = typeof value === 'string' ? value : '';
  return /^\/(?![/\\])[^\s]*$/.test(path) ? path : '/';
}
