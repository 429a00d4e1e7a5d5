// Runs in: renderer. Reopening a closed follow-up asks why, so the history stays honest.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/errors';
import { TextField } from '../../ui/fields';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';

export function ReopenForm({ id }: { id: string }) {
  const { t } = useTranslation('followUp');
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  if (!open) {
    return (
      <div>
        <button type="button" className="button" onClick={() => setOpen(true)}>
          {t('record.reopen')}
        </button>
      </div>
    );
  }
  const save = async () => {
    setBusy(true);
    const result = await mutate('followUp:reopen', { id, reason });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    toast.success(t('record.reopened'));
  };
  return (
    <form
      className="card followup-reopen"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <TextField
        label={t('record.reopenReason')}
        required
        autoFocus
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={error?.fields?.reason ?? (error && !error.fields ? error.message : undefined)}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('record.reopenConfirm')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => setOpen(false)}>
          {t('actions.cancel', { ns: 'common' })}
        </button>
      </div>
    </form>
  );
}
