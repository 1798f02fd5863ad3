import { useCallback, useEffect, useRef, type RefObject } from 'react';

/**
 * Moves focus (and so the scroll position) to an element once it shows what
 * was asked for: call `request()` from the control that changes `key` (e.g.
 * "Vergelijken" choosing a pair); when `key` has changed — or at once, when
 * the request does not change it — the element gets focus and scrolls into view.
 * Changes nobody asked for (a link, Back) move nothing.
 */
export function useFocusOnChange<E extends HTMLElement>(key: string): [RefObject<E | null>, () => void] {
  const element = useRef<E>(null);
  const requested = useRef<string | null>(null);
  const shownKey = useRef(key);
  shownKey.current = key;

  const focus = useCallback(() => {
    requested.current = null;
    element.current?.focus({ preventScroll: true });
    element.current?.scrollIntoView({ block: 'start' });
  }, []);

  useEffect(
    function focusWhenShown() {
      if (requested.current !== null && requested.current !== key) focus();
    },
    [key, focus],
  );

  const request = useCallback(() => {
    requested.current = shownKey.current;
    // The request may not change the key (the pair already shown): wait a frame for the URL, then focus either way.
    requestAnimationFrame(function focusIfUnchanged() {
      if (requested.current !== null && requested.current === shownKey.current) focus();
    });
  }, [focus]);
  return [element, request];
}
