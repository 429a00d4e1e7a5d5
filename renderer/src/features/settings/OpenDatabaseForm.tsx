// Runs in: renderer. Switching to another database file, e.g. one handed over by a predecessor.
// The core checks the file before it replaces the current one; the app then starts over on it.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bridge } from '../../../../shared/bridge';
import type { AppError } from '../../../../shared/errors';
import { ErrorBanner } from '../../ui/Page';
import { TextField } from '../../ui/fields';
import { mutate } from '../../ui/useQuery';

/** The system's file dialog, only where the transport has one (Electron). */
const filePicker = (): (() => Promise<string | null>) | undefined => {
  const bridge = window.api as Pick<Bridge, 'pickDatabaseFile'> | undefined;
  return bridge?.pickDatabaseFile ? () => bridge.pickDatabaseFile!() : undefined;
};

export function OpenDatabaseForm() {
  const { t } = useTranslation('settings');
  const headingId = useId();
  const [path, setPath] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const pick = filePicker();

  const open = async (e?: FormEvent) => {
    e?.preventDefault();
    if (!path.trim()) {
      setError({
        code: 'VALIDATION',
        message: t('open.pathMissing'),
        fields: { path: t('open.pathMissing') },
      });
      return;
    }
    setBusy(true);
    const result = await mutate('app:openDatabase', { path: path.trim() });
    if (!result.ok) {
      setBusy(false);
      setError(result.error);
      return;
    }
    window.location.reload();
  };

  const browse = async () => {
    const chosen = await pick?.();
    if (chosen) setPath(chosen);
  };

  return (
    <form
      className="open-database"
      onSubmit={(e) => void open(e)}
      noValidate
      aria-labelledby={headingId}
    >
      <h3 id={headingId}>{t('open.title')}</h3>
      <p className="field-hint">{t('open.hint')}</p>
      {error && <ErrorBanner error={error} />}
      <div className="open-database-row">
        <TextField
          label={t('open.path')}
          value={path}
          onChange={(e) => setPath(e.target.value)}
          error={error?.fields?.path}
          spellCheck={false}
          autoComplete="off"
        />
        {pick && (
          <button type="button" className="button" onClick={() => void browse()}>
            {t('open.browse')}
          </button>
        )}
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('open.opening') : t('open.button')}
        </button>
      </div>
    </form>
  );
}
