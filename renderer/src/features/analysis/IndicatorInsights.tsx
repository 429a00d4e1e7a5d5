// Runs in: renderer. The insights that cite an indicator, and a short form to write a new one with
// the indicator as its statistics source (the latest value goes into the source note).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { insightTypes, type InsightType } from '../../../../shared/domain/insights';
import { formatStatNumber, type Indicator } from '../../../../shared/domain/statistics';
import { href } from '../../app/router';
import { label } from '../../i18n';
import { SelectField, TextField } from '../../ui/fields';
import { useToast } from '../../ui/Toasts';
import { mutate, useQuery } from '../../ui/useQuery';

const swotTypes = insightTypes.filter((x) =>
  ['strength', 'weakness', 'opportunity', 'threat'].includes(x.id),
);

export function IndicatorInsights({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation('analysis');
  const toast = useToast();
  const linked = useQuery('insights:forRefs', { refIds: [indicator.id] });
  const [text, setText] = useState('');
  const [type, setType] = useState<InsightType>('weakness');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const insights = linked.data?.[indicator.id] ?? [];

  const create = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const latest = indicator.latest;
    const note = latest
      ? t('indicator.insightNote', {
          name: indicator.name,
          value: `${formatStatNumber(latest.value)}${indicator.unit ? ` ${indicator.unit}` : ''}`,
          year: latest.year,
        })
      : indicator.name;
    const result = await mutate('insights:create', {
      type,
      text,
      programmeId: indicator.programmeId,
      sources: [{ kind: 'statistics', refId: indicator.id, note }],
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.fields?.text ?? result.error.message);
      return;
    }
    setError(undefined);
    setText('');
    toast.success(t('indicator.insightCreated'));
  };

  return (
    <section className="card" aria-labelledby="indicator-insights">
      <h2 id="indicator-insights">{t('indicator.insightHeading')}</h2>
      {insights.length === 0 ? (
        <p className="muted">{t('indicator.insightNone')}</p>
      ) : (
        <ul className="plain-list">
          {insights.map((i) => (
            <li key={i.id}>
              <span className="badge">
                {label(insightTypes.find((x) => x.id === i.type) ?? insightTypes[0])}
              </span>{' '}
              <a href={href('analysis', 'insights', i.id)}>{i.text}</a>
            </li>
          ))}
        </ul>
      )}
      <form className="form" onSubmit={(e) => void create(e)} noValidate>
        <SelectField
          label={t('indicator.insightType')}
          value={type}
          onChange={(e) => setType(e.target.value as InsightType)}
          options={swotTypes.map((x) => ({ value: x.id, label: label(x) }))}
        />
        <TextField
          label={t('indicator.insightText')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={error}
        />
        <div className="form-actions">
          <button type="submit" className="button" disabled={busy}>
            {t('indicator.insightCreate')}
          </button>
        </div>
      </form>
    </section>
  );
}
