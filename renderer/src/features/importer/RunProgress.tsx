// Runs in: renderer. Step 3 while it runs: a real progress bar, spoken progress and a way out.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  done: number;
  total: number;
  started: boolean;
  cancelling: boolean;
  onCancel: () => void;
}

export function RunProgress({ done, total, started, cancelling, onCancel }: Props) {
  const { t } = useTranslation('importer');
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <section className="card" aria-labelledby="import-run-title">
      <h2 id="import-run-title">{t('steps.run')}</h2>
      <progress
        className="progress"
        value={done}
        max={Math.max(total, 1)}
        aria-label={t('run.progressLabel')}
      />
      <p role="status" aria-live="polite">
        {started ? t('run.status', { done, total }) : t('run.starting')}
      </p>
      <div className="form-actions">
        <button
          ref={cancelRef}
          type="button"
          className="button"
          disabled={cancelling}
          onClick={onCancel}
        >
          {cancelling ? t('run.cancelling') : t('run.cancel')}
        </button>
      </div>
    </section>
  );
}
