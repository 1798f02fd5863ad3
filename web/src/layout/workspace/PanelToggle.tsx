import { Button } from '@utrecht/component-library-react';

interface PanelToggleProps {
  /** The id of the panel this button shows and hides. */
  controls: string;
  open: boolean;
  onToggle: (open: boolean) => void;
  label: string;
}

/** A disclosure button for a workspace panel: says whether the panel is open, and which one it controls. */
export function PanelToggle({ controls, open, onToggle, label }: PanelToggleProps) {
  return (
    <Button
      type="button"
      appearance="secondary-action-button"
      className="dsv-workspace__toggle"
      aria-expanded={open}
      aria-controls={controls}
      onClick={() => onToggle(!open)}
    >
      {label}
    </Button>
  );
}
