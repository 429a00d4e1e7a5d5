// Runs in: renderer. Setting a goal's status by hand (F11): always with a comment, and it can be
// handed back to the rule at any time.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { goalStatuses, type Goal, type OverrideStatus } from '../../../../shared/domain/goals';
import { label } from '../../i18n';
import { SelectField, TextArea } from '../../ui/fields';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';

export function OverrideSection({ goal }: { goal: Goal }) {
  const { t } = useTranslation('goals');
  const toast = useToast();
  const [status, setStatus] = useState<OverrideStatus | ''>(goal.statusOverride ?? '');
  const [comment, setComment] = useState(goal.statusOverrideComment);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  const send = async (next: OverrideStatus | null) => {
    setSaving(true);
    const result = await mutate('goals:override', { id: goal.id, status: next, comment });
    setSaving(false);
    if (!result.ok) {
      setErrors(result.error.fields ?? { comment: result.error.message });
      return;
    }
    setErrors({});
    if (next === null) {
      setStatus('');
      setComment('');
    }
    toast.success(next ? t('override.saved') : t('override.cleared'));
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (status === '') {
      setErrors({ status: t('override.chooseStatus') });
      return;
    }
    if (comment.trim() === '') {
      setErrors({ comment: t('override.commentRequired') });
      return;
    }
    void send(status);
  };

  const statusOptions = [
    { value: '', label: t('override.choose') },
    ...goalStatuses
      .filter((s) => s.id !== 'unknown')
      .map((s) => ({ value: s.id, label: `${s.icon} ${label(s)}` })),
  ];

  return (
    <details className="override-section" open={goal.status.overridden}>
      <summary>{t('override.title')}</summary>
      <p className="field-hint">{t('override.hint')}</p>
      <form className="override-form" noValidate onSubmit={submit}>
        <SelectField
          label={t('override.status')}
          options={statusOptions}
          value={status}
          onChange={(e) => setStatus(e.target.value as OverrideStatus | '')}
          error={errors.status}
        />
        <TextArea
          label={t('override.comment')}
          required
          rows={2}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          error={errors.comment}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={saving}>
            {t('override.save')}
          </button>
          {goal.statusOverride && (
            <button
              type="button"
              className="button"
              disabled={saving}
              onClick={() => void send(null)}
            >
              {t('override.clear')}
            </button>
          )}
        </div>
      </form>
    </details>
  );
}
