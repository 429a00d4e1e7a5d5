// Runs in: renderer. The very first start: an empty database or the example municipality.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/errors';
import { ErrorBanner } from '../../ui/Page';
import { mutate } from '../../ui/useQuery';

export function FirstRunPage() {
  const { t } = useTranslation('firstRun');
  const [busy, setBusy] = useState<'empty' | 'demo' | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  const choose = async (choice: 'empty' | 'demo') => {
    setBusy(choice);
    const result = await mutate('app:firstRun', { choice });
    if (!result.ok) {
      setError(result.error);
      setBusy(null);
    }
  };

  return (
    <main className="first-run">
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {error && <ErrorBanner error={error} />}
      <div className="choice-grid">
        <button
          type="button"
          className="choice"
          disabled={busy !== null}
          onClick={() => void choose('empty')}
        >
          <strong>{t('empty')}</strong>
          <span>{t('emptyText')}</span>
        </button>
        <button
          type="button"
          className="choice"
          disabled={busy !== null}
          onClick={() => void choose('demo')}
        >
          <strong>{t('demo')}</strong>
          <span>{t('demoText')}</span>
        </button>
      </div>
      {busy && <p aria-live="polite">{t('working')}</p>}
      <p className="field-hint">{t('privacy')}</p>
    </main>
  );
}
