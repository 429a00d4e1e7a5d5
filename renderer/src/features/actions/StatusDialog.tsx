// Runs in: renderer. Changing an action's status: dropping asks why (F25), ending an experiment asks
// what was learned (I35). Focus starts on the status; Escape cancels; focus stays in the dialog.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { actionStatuses, type Action, type ActionStatus } from '../../../../shared/domain/actions';
import type { AppError } from '../../../../shared/errors';
import { label } from '../../i18n';
import { SelectField, TextArea } from '../../ui/fields';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';
import { statusLabel } from './labels';

export function StatusDialog({ action, onClose }: { action: Action; onClose: () => void }) {
  const { t } = useTranslation('actions');
  const toast = useToast();
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const statusRef = useRef<HTMLSelectElement>(null);
  const [status, setStatus] = useState<ActionStatus>(action.status);
  const [droppedReason, setDroppedReason] = useState(action.droppedReason);
  const [learningNote, setLearningNote] = useState(action.learningNote);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    statusRef.current?.focus();
    return () => previous?.focus?.();
  }, []);

  const save = async () => {
    setBusy(true);
    const result = await mutate('actions:setStatus', {
      id: action.id,
      status,
      droppedReason: status === 'dropped' ? droppedReason : undefined,
      learningNote: action.experiment ? learningNote : undefined,
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      window.setTimeout(
        () => dialogRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
        0,
      );
      return;
    }
    toast.success(t('statusDialog.saved', { status: statusLabel(status) }));
    onClose();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    } else if (e.key === 'Tab') {
      const focusables = dialogRef.current?.querySelectorAll<HTMLElement>(
        'button:not([disabled]), select, textarea, input',
      );
      if (!focusables || focusables.length === 0) return;
      const first = focusables[0]!;
      const last = focusables[focusables.length - 1]!;
      if (e.shiftKey && document.activeElement === first) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first.focus();
      }
    }
  };

  const ending = status === 'done' || status === 'dropped';
  return (
    <div className="overlay" onMouseDown={busy ? undefined : onClose}>
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        className="dialog action-status-dialog"
        onMouseDown={(e) => e.stopPropagation()}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="dialog-title">
          {t('statusDialog.title')}
        </h2>
        <form
          className="stack"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <p>{action.what}</p>
          <SelectField
            ref={statusRef}
            label={t('statusDialog.status')}
            value={status}
            onChange={(e) => setStatus(e.target.value as ActionStatus)}
            options={actionStatuses.map((s) => ({ value: s.id, label: `${s.icon} ${label(s)}` }))}
          />
          {status === 'dropped' && (
            <TextArea
              label={t('statusDialog.droppedReason')}
              hint={t('statusDialog.droppedHint')}
              required
              rows={3}
              value={droppedReason}
              onChange={(e) => setDroppedReason(e.target.value)}
              error={error?.fields?.droppedReason}
            />
          )}
          {action.experiment && (
            <TextArea
              label={t('statusDialog.learningNote')}
              required={ending}
              rows={3}
              value={learningNote}
              onChange={(e) => setLearningNote(e.target.value)}
              error={error?.fields?.learningNote}
            />
          )}
          {error && !error.fields && <p className="field-error">{error.message}</p>}
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={busy}>
              {t('statusDialog.save')}
            </button>
            <button type="button" className="button" disabled={busy} onClick={onClose}>
              {t('actions.cancel', { ns: 'common' })}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
