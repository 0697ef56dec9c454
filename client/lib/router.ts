// A tiny path router: the server falls back to index.html for every page, so plain paths work on reload.
import { useSyncExternalStore } from 'react';

export type Route =
  | { readonly page: 'home' }
  | { readonly page: 'join'; readonly code: string }
  | { readonly page: 'play'; readonly matchID: string }
  | { readonly page: 'watch'; readonly matchID: string; readonly code: string | null }
  | { readonly page: 'class'; readonly code: string }
  | { readonly page: 'console'; readonly code: string }
  | { readonly page: 'classDebrief'; readonly code: string }
  | { readonly page: 'classProjector'; readonly code: string }
  | { readonly page: 'briefs'; readonly scenario: string | null }
  | { readonly page: 'lessonPlan' }
  | { readonly page: 'handout' }
  | { readonly page: 'missing'; readonly path: string };

export function parseRoute(pathname: string, search: string): Route {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { page: 'home' };
  const [head, arg] = parts;
  if (head === 'join') return { page: 'join', code: arg ?? '' };
  if (head === 'play' && arg) return { page: 'play', matchID: arg };
  if (head === 'watch' && arg)
    return { page: 'watch', matchID: arg, code: new URLSearchParams(search).get('code') };
  if (head === 'class' && arg) return { page: 'class', code: arg };
  if (head === 'facilitator' && arg && parts[2] === 'debrief') return { page: 'classDebrief', code: arg };
  if (head === 'facilitator' && arg && parts[2] === 'projector') return { page: 'classProjector', code: arg };
  if (head === 'facilitator' && arg && parts.length === 2) return { page: 'console', code: arg };
  if (head === 'briefs' && parts.length <= 2) return { page: 'briefs', scenario: arg ?? null };
  if (head === 'lesson-plan' && parts.length === 1) return { page: 'lessonPlan' };
  if (head === 'handout' && parts.length === 1) return { page: 'handout' };
  return { page: 'missing', path: pathname };
}

const listeners = new Set<() => void>();
const notify = () => {
  for (const l of listeners) l();
};
if (typeof window !== 'undefined') window.addEventListener('popstate', notify);

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

const snapshot = () => window.location.pathname + window.location.search;

export function useRoute(): Route {
  const href = useSyncExternalStore(subscribe, snapshot);
  const url = new URL(href, window.location.origin);
  return parseRoute(url.pathname, url.search);
}

export function navigate(path: string, opts: { replace?: boolean } = {}): void {
  if (path === snapshot()) return;
  if (opts.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.scrollTo(0, 0);
  notify();
}

export const paths = {
  home: () => '/',
  join: (code: string) => `/join/${encodeURIComponent(code)}`,
  play: (matchID: string) => `/play/${encodeURIComponent(matchID)}`,
  watch: (matchID: string, code?: string | null) =>
    `/watch/${encodeURIComponent(matchID)}${code ? `?code=${encodeURIComponent(code)}` : ''}`,
  /** A student's way into a class session. */
  classJoin: (code: string) => `/class/${encodeURIComponent(code)}`,
  /** The facilitator's console of a class session. */
  console: (code: string) => `/facilitator/${encodeURIComponent(code)}`,
  classDebrief: (code: string) => `/facilitator/${encodeURIComponent(code)}/debrief`,
  /** The whole class on the room's screen: the code, the tables, the outcomes. */
  classProjector: (code: string) => `/facilitator/${encodeURIComponent(code)}/projector`,
  briefs: (scenario?: string) => (scenario ? `/briefs/${encodeURIComponent(scenario)}` : '/briefs'),
  /** The printable lesson plan (45 and 90 minutes) and the student debrief handout. */
  lessonPlan: () => '/lesson-plan',
  handout: () => '/handout',
};

/** Absolute link for sharing (QR code, copy button). */
export function absolute(path: string): string {
  return new URL(path, window.location.origin).toString();
}
