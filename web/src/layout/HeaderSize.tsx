import { useEffect } from 'react';

/**
 * Controller: keeps `--dsv-header-block-size` on the root element equal to the
 * site header's height, so a workspace can fill exactly the rest of the
 * viewport whatever the header wraps to. Renders nothing.
 */
export function HeaderSize({ selector }: { selector: string }) {
  useEffect(
    function trackHeaderSize() {
      const header = document.querySelector<HTMLElement>(selector);
      if (!header) return;
      const root = document.documentElement;
      const observer = new ResizeObserver(() => root.style.setProperty('--dsv-header-block-size', `${header.offsetHeight}px`));
      observer.observe(header);
      return function stopTrackingHeaderSize() {
        observer.disconnect();
      };
    },
    [selector],
  );
  return null;
}
