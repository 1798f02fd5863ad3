import { Button, ButtonGroup } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface ExportAction {
  /** Visible text that says what and how many: "CSV (342 rijen)". */
  label: string;
  run: () => void | Promise<void>;
}

interface ExportButtonsProps {
  /** What is exported (a table caption or chart title): names the group. */
  title: string;
  actions: readonly ExportAction[];
}

/** A labelled row of download buttons; a failed export is said, not swallowed. */
export function ExportButtons({ title, actions }: ExportButtonsProps) {
  const { t } = useTranslation('ui');
  const [busy, setBusy] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  async function start(action: ExportAction) {
    setBusy(action.label);
    setFailed(null);
    try {
      await action.run();
    } catch (error) {
      setFailed(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="dsv-export">
      <ButtonGroup role="group" aria-label={t('export.group', { title })}>
        {actions.map((action) => (
          <Button
            key={action.label}
            type="button"
            appearance="secondary-action-button"
            busy={busy === action.label}
            aria-disabled={busy !== null}
            onClick={() => busy === null && void start(action)}
          >
            {action.label}
          </Button>
        ))}
      </ButtonGroup>
      <p className="dsv-export__status" role="status">
        {busy && t('export.busy', { label: busy })}
        {failed && t('export.failed', { message: failed })}
      </p>
    </div>
  );
}
