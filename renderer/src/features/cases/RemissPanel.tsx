// Runs in: renderer. The remiss round of a case: reminders, who the draft goes to, their replies and
// comments, the overall picture for the remissammanställning, and the document itself.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/domain/cases';
import { Empty, ErrorBanner } from '../../ui/Page';
import { TextArea } from '../../ui/fields';
import { useToast } from '../../ui/Toasts';
import { mutate, useQuery } from '../../ui/useQuery';
import { ExportPanel } from './ExportPanel';
import { RemindersBanner } from './RemindersBanner';
import { RemissInstanceForm } from './RemissInstanceForm';
import { RemissInstanceItem } from './RemissInstanceItem';

export function RemissPanel({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation('cases');
  const instances = useQuery('remiss:list', { caseId: detail.id });
  const [adding, setAdding] = useState(false);
  const rows = instances.data ?? [];
  return (
    <>
      <RemindersBanner caseId={detail.id} />
      <section className="card case-remiss" aria-labelledby="case-remiss-title">
        <div className="section-header">
          <h2 id="case-remiss-title" className="form-heading">
            {t('remiss.title')}
          </h2>
          {!adding && (
            <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
              {t('remiss.add')}
            </button>
          )}
        </div>
        <p className="muted" role="status">
          {t('remiss.counts', {
            count: detail.remiss.instances,
            replied: detail.remiss.replied,
            comments: detail.remiss.comments,
          })}
          {detail.plan?.remiss &&
            ` ${t('remiss.planned', { start: detail.plan.remiss.start, end: detail.plan.remiss.end })}`}
        </p>
        {adding && (
          <RemissInstanceForm
            caseId={detail.id}
            defaults={{
              sentDate: detail.plan?.remiss?.start ?? '',
              deadline: detail.plan?.remiss?.end ?? '',
            }}
            onDone={() => setAdding(false)}
          />
        )}
        {instances.error && <ErrorBanner error={instances.error} onRetry={instances.reload} />}
        {instances.data && rows.length === 0 && <Empty>{t('remiss.empty')}</Empty>}
        <ul className="plain-list case-remiss-list">
          {rows.map((instance) => (
            <li key={instance.id}>
              <RemissInstanceItem instance={instance} />
            </li>
          ))}
        </ul>
      </section>
      <OverviewForm key={detail.id} detail={detail} />
      <ExportPanel detail={detail} />
    </>
  );
}

/** The overall picture of the replies, written by the officer for the remissammanställning. */
function OverviewForm({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation('cases');
  const toast = useToast();
  const [text, setText] = useState(detail.remissOverview);
  const [saving, setSaving] = useState(false);
  const save = async () => {
    setSaving(true);
    const result = await mutate('cases:update', { id: detail.id, remissOverview: text });
    setSaving(false);
    if (result.ok) toast.success(t('remiss.overviewSaved'));
    else toast.error(result.error.message);
  };
  return (
    <section className="card" aria-labelledby="case-remiss-overview">
      <h2 id="case-remiss-overview" className="form-heading">
        {t('remiss.overviewTitle')}
      </h2>
      <TextArea
        label={t('remiss.overview')}
        hint={t('remiss.overviewHint')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={3}
      />
      <div className="form-actions">
        <button
          type="button"
          className="button"
          disabled={saving || text === detail.remissOverview}
          onClick={() => void save()}
        >
          {t('remiss.overviewSave')}
        </button>
      </div>
    </section>
  );
}
