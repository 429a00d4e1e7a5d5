// Runs in: renderer. One case: where it stands on the track, and tabs for planning and decisions,
// the memo (tjänsteskrivelse), the remiss round and the case's basics.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../../shared/domain/cases';
import type { AppError } from '../../../../shared/errors';
import { href, navigate } from '../../app/router';
import { ErrorBanner, Page } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate, useQuery } from '../../ui/useQuery';
import { CaseBasicsForm, type CaseBasics } from './CaseBasicsForm';
import { kindLabel, statusLabel } from './caseLabels';
import { ExportPanel } from './ExportPanel';
import { MemoForm } from './MemoForm';
import { PlanPanel } from './PlanPanel';
import { RemissPanel } from './RemissPanel';
import { StagesPanel } from './StagesPanel';
import { StageTrack } from './StageTrack';

const TABS = ['', 'memo', 'remiss', 'details'] as const;

export function CasePage({ id, tab }: { id: string; tab: string }) {
  const { t } = useTranslation('cases');
  const detail = useQuery('cases:get', { id });
  const toast = useToast();

  if (detail.error) {
    return (
      <Page title={t('title')}>
        <ErrorBanner error={detail.error} onRetry={detail.reload} />
        <p>
          <a href={href('cases')}>{t('backToList')}</a>
        </p>
      </Page>
    );
  }
  const c = detail.data;
  if (!c) return <Page title={t('title')}>{null}</Page>;

  const remove = async () => {
    const result = await mutate('cases:delete', { id: c.id });
    if (!result.ok) {
      toast.error(result.error.message);
      return;
    }
    navigate('cases');
    toast.success(t('deleted'), {
      undo: () => void mutate('cases:restore', { id: c.id }),
    });
  };

  const subtitle = [c.dnr, kindLabel(c.kind), c.programmeName].filter(Boolean).join(' · ');
  const current = (TABS as readonly string[]).includes(tab) ? tab : '';
  return (
    <Page
      title={c.title}
      subtitle={
        <>
          {subtitle}{' '}
          <span className={`badge case-status-${c.status}`}>{statusLabel(c.status)}</span>
        </>
      }
      actions={
        <>
          <a className="button" href={href('cases')}>
            {t('backToList')}
          </a>
          <button type="button" className="button button-danger" onClick={() => void remove()}>
            {t('actions.delete', { ns: 'common' })}
          </button>
        </>
      }
    >
      <StageTrack track={c.track} />
      <nav className="analysis-tabs case-tabs" aria-label={t('tabs.label')}>
        {TABS.map((name) => (
          <a
            key={name || 'plan'}
            href={name ? href('cases', c.id, name) : href('cases', c.id)}
            aria-current={current === name ? 'page' : undefined}
          >
            {t(`tabs.${name || 'plan'}`)}
          </a>
        ))}
      </nav>
      <div className="stack case-body">
        {current === '' && (
          <>
            {!['adopted', 'closed'].includes(c.status) && <PlanPanel detail={c} />}
            <StagesPanel detail={c} />
            <ExportPanel detail={c} />
          </>
        )}
        {current === 'memo' && (
          <>
            <MemoForm key={c.id} detail={c} />
            <ExportPanel detail={c} />
          </>
        )}
        {current === 'remiss' && <RemissPanel detail={c} />}
        {current === 'details' && <DetailsTab detail={c} />}
      </div>
    </Page>
  );
}

function DetailsTab({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation('cases');
  const toast = useToast();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const save = async (basics: CaseBasics) => {
    setSaving(true);
    const result = await mutate('cases:update', { id: detail.id, ...basics });
    setSaving(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    toast.success(t('saved'));
    navigate('cases', detail.id);
  };
  return (
    <section aria-labelledby="case-details">
      <h2 id="case-details">{t('tabs.details')}</h2>
      <CaseBasicsForm
        existing={detail}
        saving={saving}
        error={error}
        submitLabel={t('save')}
        onSubmit={(b) => void save(b)}
        onCancel={() => navigate('cases', detail.id)}
      />
    </section>
  );
}
