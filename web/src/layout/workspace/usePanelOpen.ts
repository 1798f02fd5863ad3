import { useState } from 'react';

/** Where the filter panel starts open: wide screens, where it fits beside the visual. */
const WIDE = '(min-width: 64em)';

/** Open/closed state of the filter panel: open on wide screens, closed on phones, until the user says otherwise. */
export function usePanelOpen(): [boolean, (open: boolean) => void] {
  return useState(() => typeof window !== 'undefined' && window.matchMedia(WIDE).matches);
}
