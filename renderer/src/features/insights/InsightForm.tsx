// Runs in: renderer. Editing an insight: its type, text and, for an obstacle, who handles it and
// whether it has been removed.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Insight, InsightType, ObstacleStatus } from '../../../../shared/domain/insights';
import type { AppError } from '../../../../shared/errors';
import { ErrorBanner } from '../../ui/Page';
import { SelectField, TextArea, TextField } from '../../ui/fields';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';
import { statusOptions, typeOptions } from './insightLabels';

export function InsightForm({ insight }: { insight: Insight }) {
  const { t } = useTranslation('insights');
  const toast = useToast();
  const [type, setType] = useState<InsightType>(insight.type);
  const [text, setText] = useState(insight.text);
  const [status, setStatus] = useState<ObstacleStatus>(insight.obstacleStatus ?? 'open');
  const [owner, setOwner] = useState(insight.obstacleOwner);
  const [removedDate, setRemovedDate] = useState(insight.obstacleRemovedDate ?? '');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    setSaving(true);
    const result = await mutate('insights:update', {
      id: insight.id,
      type,
      text,
      programmeId: insight.programmeId,
      obstacleStatus: type === 'obstacle' ? status : null,
      obstacleOwner: type === 'obstacle' ? owner : '',
      obstacleRemovedDate:
        type === 'obstacle' && status === 'removed' && removedDate ? removedDate : null,
    });
    setSaving(false);
    if (result.ok) {
      setError(null);
      toast.success(t('detail.saved'));
    } else setError(result.error);
  };

  const fields = error?.fields ?? {};
  return (
    <form className="form" onSubmit={(e) => void save(e)} aria-label={t('detail.formLabel')}>
      {error && !error.fields && (
        <div className="wide">
          <ErrorBanner error={error} />
        </div>
      )}
      <div className="wide">
        <TextArea
          label={t('detail.text')}
          required
          value={text}
          maxLength={2000}
          error={fields.text}
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <SelectField
        label={t('detail.type')}
        value={type}
        options={typeOptions()}
        error={fields.type}
        onChange={(e) => setType(e.target.value as InsightType)}
      />
      {type === 'obstacle' && (
        <>
          <SelectField
            label={t('detail.status')}
            value={status}
            options={statusOptions()}
            error={fields.obstacleStatus}
            onChange={(e) => setStatus(e.target.value as ObstacleStatus)}
          />
          <TextField
            label={t('detail.owner')}
            hint={t('detail.ownerHint')}
            value={owner}
            maxLength={300}
            error={fields.obstacleOwner}
            onChange={(e) => setOwner(e.target.value)}
          />
          {status === 'removed' && (
            <TextField
              type="date"
              label={t('detail.removedDate')}
              hint={t('detail.removedDateHint')}
              value={removedDate}
              error={fields.obstacleRemovedDate}
              onChange={(e) => setRemovedDate(e.target.value)}
            />
          )}
        </>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? t('actions.saving', { ns: 'common' }) : t('actions.save', { ns: 'common' })}
        </button>
      </div>
    </form>
  );
}
