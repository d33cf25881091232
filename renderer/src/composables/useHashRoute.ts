// A minimal hash router: the app has a handful of pages and no server-side routes (file:// and http).
import { onScopeDispose, shallowRef, type ShallowRef } from 'vue';

/** A parsed location: `#/experiment/12?tab=inside` → { path: ['experiment', '12'], query: { tab: 'inside' } }. */
export interface Route {
  path: string[];
  query: Record<string, string>;
}

/** What useHashRoute returns. */
export interface UseHashRouteReturn {
  route: ShallowRef<Route>;
  navigate(to: string): void;
}

/** Parses a location hash into a Route. */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [p, q = ''] = raw.split('?');
  const path = p.split('/').filter(Boolean).map(decodeURIComponent);
  const query: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(q)) query[k] = v;
  return { path, query };
}

/** The current hash route, updated on hashchange. */
export function useHashRoute(): UseHashRouteReturn {
  const route = shallowRef(parseHash(window.location.hash));
  const onChange = () => (route.value = parseHash(window.location.hash));
  window.addEventListener('hashchange', onChange);
  onScopeDispose(() => window.removeEventListener('hashchange', onChange));
  return {
    route,
    navigate(to: string) {
      const target = to.startsWith('#') ? to : `#${to}`;
      if (window.location.hash === target) onChange();
      else window.location.hash = target;
    },
  };
}
