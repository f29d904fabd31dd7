/**
 * The presentation's keys and full screen. Arrow keys, PageUp/PageDown (what
 * presentation clickers send), Space and Backspace step through the scenes;
 * Home and End jump; Esc leaves. Full screen uses the Fullscreen API where the
 * browser allows it; otherwise the presentation simply fills the window.
 * Leaving full screen with the browser's own Esc also ends the presentation.
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
