// Fetching user-given URLs safely (SSRF-checked, pinned, bounded).
export { safeFetch, FETCH_LIMITS, type FetchedPage, type SafeFetchOptions } from './safe-fetch';
export { checkAddress, embeddedIpv4 } from './address-policy';
