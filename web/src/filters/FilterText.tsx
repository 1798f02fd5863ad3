import { FormLabel, Textbox } from '@utrecht/component-library-react';
import { useEffect, useId, useState } from 'react';

/** How long typing may pause before the search goes into the URL. */
const DEBOUNCE_MS = 400;

interface FilterTextProps {
  label: string;
  value: string;
  onChange: (text: string) => void;
}

/** The free-text filter: applied when typing pauses (or on Enter, through the form). */
export function FilterText({ label, value, onChange }: FilterTextProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);

  // The URL wins when it changes from elsewhere (a link, "clear all filters").
  useEffect(
    function followUrlText() {
      setDraft(value);
    },
    [value],
  );

  useEffect(
    function applyAfterPause() {
      if (draft.trim() === value) return;
      const timer = window.setTimeout(() => onChange(draft.trim()), DEBOUNCE_MS);
      return function cancelPendingText() {
        window.clearTimeout(timer);
      };
    },
    [draft, value, onChange],
  );

  return (
    <div className="dsv-filter-text">
      <FormLabel htmlFor={id}>{label}</FormLabel>
      <Textbox id={id} name="q" type="search" autoComplete="off" value={draft} onChange={(e) => setDraft(e.target.value)} />
    </div>
  );
}
