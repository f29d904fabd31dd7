/**
 * The presentation's keys and full screen. Arrow keys, PageUp/PageDown (what
 * presentation clickers send), Space and Backspace step through the scenes;
 * Home and End jump; Esc leaves. Full screen uses the Fullscreen API where the
 * browser allows it; otherwise the presentation simply fills the window.
 * Leaving full screen with the browser's own Esc also ends the presentation.
 * `usePlace` keeps where the viewer was (state and URL) so that leaving a
 * presentation brings them back exactly there.
 */
import { useCallback, useEffect, useRef } from 'react';

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'n', 'N']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'p', 'P']);

/** What a key does in a presentation, or null. Pure. */
export function presentationKey(key: string): 'next' | 'previous' | 'first' | 'last' | 'exit' | null {
  if (NEXT.has(key)) return 'next';
  if (PREVIOUS.has(key)) return 'previous';
  if (key === 'Home') return 'first';
  if (key === 'End') return 'last';
  if (key === 'Escape') return 'exit';
  return null;
}

const typing = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT');

export interface PresentationHandlers {
  onStep(by: number): void;
  onGoto(index: number): void;
  onExit(): void;
  total: number;
}

/** Keys and full screen while `active`; returns `enterFullscreen` and `exitFullscreen`. */
export function usePresentation(active: boolean, handlers: PresentationHandlers) {
  const latest = useRef(handlers);
  latest.current = handlers;
  const entered = useRef(false);

  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const action = presentationKey(e.key);
      if (!action) return;
      if (action !== 'exit' && typing(e.target)) return;
      // Space and Enter on a focused button press the button; let them.
      if ((e.key === ' ' || e.key === 'Enter') && e.target instanceof HTMLButtonElement) return;
      e.preventDefault();
      const h = latest.current;
      if (action === 'next') h.onStep(1);
      else if (action === 'previous') h.onStep(-1);
      else if (action === 'first') h.onGoto(0);
      else if (action === 'last') h.onGoto(h.total - 1);
      else h.onExit();
    };
    const onFullscreen = () => {
      if (!document.fullscreenElement && entered.current) {
        entered.current = false;
        latest.current.onExit();
      }
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [active]);

  const enterFullscreen = useCallback(() => {
    const root = document.documentElement;
    if (!root.requestFullscreen || document.fullscreenElement) return;
    root.requestFullscreen().then(
      () => {
        entered.current = true;
      },
      () => {
        entered.current = false;
      },
    );
  }, []);

  const exitFullscreen = useCallback(() => {
    entered.current = false;
    if (document.fullscreenElement && document.exitFullscreen) document.exitFullscreen().catch(() => undefined);
  }, []);

  return { enterFullscreen, exitFullscreen };
}

/** Where the viewer was before a presentation: their state (and anything else the shell keeps) and the URL, query and hash included. */
export interface Place<T> {
  value: T;
  url: string;
}

/** The URL as the address bar shows it, without the origin. */
export function currentUrl(loc: Pick<Location, 'pathname' | 'search' | 'hash'> = window.location): string {
  return `${loc.pathname}${loc.search}${loc.hash}`;
}

/** Keeps one place: `keep` (only the first call counts until `take`), `take` hands it back once and forgets it. */
export function usePlace<T>() {
  const place = useRef<Place<T> | null>(null);
  const keep = useCallback((value: T) => {
    if (!place.current) place.current = { value, url: currentUrl() };
  }, []);
  /** Keeps `value` with a given URL (a place known from the address, not from the page as it is now). */
  const keepAt = useCallback((value: T, url: string) => {
    if (!place.current) place.current = { value, url };
  }, []);
  const take = useCallback((): Place<T> | null => {
    const p = place.current;
    place.current = null;
    return p;
  }, []);
  return { keep, keepAt, take };
}
