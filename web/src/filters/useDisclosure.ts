import { useEffect, useRef } from 'react';

/**
 * For a `<details>` used as a dropdown: closes it on Escape (focus back on its
 * summary) and on a click or focus outside it. Returns the ref to attach.
 */
export function useDisclosure<E extends HTMLDetailsElement>() {
  const ref = useRef<E>(null);

  useEffect(function closeOnEscapeOrOutside() {
    const details = ref.current;
    if (!details) return;
    const doc = details.ownerDocument;

    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape' || !details!.open) return;
      details!.open = false;
      details!.querySelector('summary')?.focus();
    }
    function onOutside(event: Event) {
      if (details!.open && event.target instanceof Node && !details!.contains(event.target)) details!.open = false;
    }

    details.addEventListener('keydown', onKeyDown);
    doc.addEventListener('pointerdown', onOutside);
    doc.addEventListener('focusin', onOutside);
    return function removeDisclosureListeners() {
      details.removeEventListener('keydown', onKeyDown);
      doc.removeEventListener('pointerdown', onOutside);
      doc.removeEventListener('focusin', onOutside);
    };
  }, []);

  return ref;
}
