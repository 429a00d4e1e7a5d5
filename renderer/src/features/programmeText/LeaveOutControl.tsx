// Runs in: renderer. Leaving a section out of the programme on purpose (with a reason), or
// taking it back in.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectionView } from '../../../../shared/domain/programmeText';
import type { AppError } from '../../../../shared/errors';
import { TextField } from '../../ui/fields';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';

export function LeaveOutControl({
  programmeId,
  section,
  title,
}: {
  programmeId: string;
  section: SectionView;
  title: string;
}) {
  const { t } = useTranslation('programmeText');
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const send = async (leftOut: boolean) => {
    setBusy(true);
    const result = await mutate('programmeText:leaveOut', {
      programmeId,
      sectionId: section.id,
      leftOut,
      reason: leftOut ? reason : '',
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    setOpen(false);
    toast.success(t(leftOut ? 'leaveOut.done' : 'leaveOut.included', { section: title }));
  };

  if (section.leftOut) {
    return (
      <div className="form-actions">
        <span className="muted">
          {t('leaveOut.reasonShown', { reason: section.leftOutReason })}
        </span>
        <button type="button" className="button" disabled={busy} onClick={() => void send(false)}>
          {t('leaveOut.include')}
        </button>
      </div>
    );
  }
  if (!open) {
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        {t('leaveOut.toggle')}
      </button>
    );
  }
  return (
    <div>
      <TextField
        label={t('leaveOut.reason')}
        hint={t('leaveOut.reasonHint')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={error?.fields?.reason ?? (error ? error.message : undefined)}
        required
      />
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={() => void send(true)}
        >
          {t('leaveOut.confirm')}
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)}>
          {t('actions.cancel', { ns: 'common' })}
        </button>
      </div>
    </div>
  );
}
