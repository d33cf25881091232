// Security headers on every browser-mode response.
import { CSP_HEADER } from '../door/csp';

/** Headers that confine the page: its policy, no framing, no sniffing, no referrer (the URL holds the token). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CSP_HEADER,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-store',
};
