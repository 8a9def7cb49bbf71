import { useEffect, useState, type AnchorHTMLAttributes, type MouseEvent } from 'react';

/**
 * A router of a few lines for the portal's few kinds of page: the address is the state
 * (shareable links, the back button), links change it without reloading.
 */
const listeners = new Set<() => void>();

export function navigate(to: string, replace = false): void {
  if (replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  listeners.forEach((l) => l());
  if (!replace) window.scrollTo(0, 0);
}

export function useLocation(): { pathname: string; search: URLSearchParams } {
  const [, setTick] = useState(0);
  useEffect(() => {
    const update = () => setTick((n) => n + 1);
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return { pathname: window.location.pathname, search: new URLSearchParams(window.location.search) };
}

/** Paths the portal draws itself; anything else is a normal page load (back office, /v/…). */
export const PORTAL_PAGES = ['/p', '/sales-points', '/fairs', '/stats', '/open-data'] as const;

export function isPortalPath(pathname: string): boolean {
  return (PORTAL_PAGES as readonly string[]).includes(pathname) || pathname.startsWith('/p/');
}

export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const handle = (e: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(e);
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const url = new URL(href, window.location.href);
    if (url.origin !== window.location.origin || !isPortalPath(url.pathname)) return;
    e.preventDefault();
    navigate(url.pathname + url.search);
  };
  return <a href={href} onClick={handle} {...rest} />;
}
