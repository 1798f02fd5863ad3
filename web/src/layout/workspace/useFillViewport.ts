import { useEffect, type RefObject } from 'react';

/**
 * Sets `--dsv-fill-top` on the element: its distance from the top of the
 * page, so CSS can let it fill the viewport below the header
 * (`block-size: calc(100dvh - var(--dsv-fill-top))`). Measured again when
 * the window or the page above it changes size (a wrapping header, the
 * language switch).
 */
export function useFillViewport(ref: RefObject<HTMLElement | null>): void {
  useEffect(
    function trackTop() {
      const el = ref.current;
      if (!el) return;
      function measure() {
        const top = Math.round(el!.getBoundingClientRect().top + window.scrollY);
        el!.style.setProperty('--dsv-fill-top', `${top}px`);
      }
      measure();
      const observer = new ResizeObserver(measure);
      observer.observe(document.body);
      window.addEventListener('resize', measure);
      return function stopTrackingTop() {
        observer.disconnect();
        window.removeEventListener('resize', measure);
      };
    },
    [ref],
  );
}
