// Runs in: renderer. One stakeholder with every field, and the ways to edit or delete it.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { legalBases, type Stakeholder } from '../../../../shared/domain/stakeholders';
import { href, navigate } from '../../app/router';
import { label } from '../../i18n';
import { formatTimestamp } from '../../ui/formatTimestamp';
import { ErrorBanner, Page } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate, useQuery } from '../../ui/useQuery';
import { StakeholderStaircase } from '../staircase/StakeholderStaircase';
import { CategoryChips, FlagBadges } from './CategoryChips';

export function StakeholderDetail({ id }: { id: string }) {
  const { t } = useTranslation('stakeholders');
  const stakeholder = useQuery('stakeholders:get', { id });
  const [deleting, setDeleting] = useState(false);

  if (stakeholder.error && !deleting) {
    return (
      <Page title={t('notFound')}>
        <ErrorBanner error={stakeholder.error} onRetry={stakeholder.reload} />
        <p>
          <a href={href('stakeholders')}>{t('backToList')}</a>
        </p>
      </Page>
    );
  }
  if (!stakeholder.data) return null;
  return <StakeholderView s={stakeholder.data} onDeleting={setDeleting} />;
}

function StakeholderView({ s, onDeleting }: { s: Stakeholder; onDeleting: (on: boolean) => void }) {
  const { t } = useTranslation('stakeholders');
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const none = t('detail.none');

  const remove = async () => {
    setBusy(true);
    onDeleting(true);
    const result = await mutate('stakeholders:delete', { id: s.id });
    if (!result.ok) {
      setBusy(false);
      onDeleting(false);
      toast.error(t('toast.failed', { ns: 'common', message: result.error.message }));
      return;
    }
    toast.success(t('deleted', { name: s.name }), {
      undo: () => {
        void mutate('trash:restore', { kind: 'stakeholder', id: s.id }).then((restored) => {
          if (restored.ok) {
            toast.success(t('restored', { name: s.name }));
            navigate('stakeholders', s.id);
          } else toast.error(t('toast.failed', { ns: 'common', message: restored.error.message }));
        });
      },
    });
    navigate('stakeholders');
  };

  const basis = legalBases.find((b) => b.id === s.legalBasis);
  const row = (term: string, value: ReactNode) => (
    <>
      <dt>{term}</dt>
      <dd>{value === null || value === '' || value === undefined ? none : value}</dd>
    </>
  );

  return (
    <Page
      title={s.name}
      subtitle={[t(`kind.${s.kind}`), s.organisation, s.roleTitle].filter(Boolean).join(' · ')}
      actions={
        <>
          <a className="button" href={href('stakeholders')}>
            {t('actions.back', { ns: 'common' })}
          </a>
          <a className="button button-primary" href={href('stakeholders', s.id, 'edit')}>
            {t('actions.edit', { ns: 'common' })}
          </a>
          <button
            type="button"
            className="button button-danger"
            disabled={busy}
            onClick={() => void remove()}
          >
            {t('actions.delete', { ns: 'common' })}
          </button>
        </>
      }
    >
      <div className="grid-2">
        <section className="card" aria-labelledby="stakeholder-about">
          <h2 id="stakeholder-about">{t('detail.about')}</h2>
          <dl className="details">
            {row(t('fields.kind'), t(`kind.${s.kind}`))}
            {row(t('fields.organisation'), s.organisation)}
            {row(t('fields.roleTitle'), s.roleTitle)}
            {row(
              t('fields.categories'),
              s.categories.length > 0 ? (
                <CategoryChips categories={s.categories} />
              ) : (
                t('detail.noCategories')
              ),
            )}
            {row(
              t('fields.flags'),
              s.keyActor || s.champion ? (
                <FlagBadges keyActor={s.keyActor} champion={s.champion} />
              ) : (
                t('detail.noFlags')
              ),
            )}
            {row(t('fields.company'), s.companyId ? <CompanyLink id={s.companyId} /> : null)}
            {row(t('fields.notes'), s.notes)}
          </dl>
        </section>
        <div className="stack">
          <section className="card" aria-labelledby="stakeholder-contact">
            <h2 id="stakeholder-contact">{t('detail.contact')}</h2>
            <dl className="details">
              {row(t('fields.phone'), s.phone)}
              {row(t('fields.email'), s.email)}
              {row(t('fields.locality'), s.locality)}
            </dl>
          </section>
          <section className="card" aria-labelledby="stakeholder-gdpr">
            <h2 id="stakeholder-gdpr">{t('detail.gdpr')}</h2>
            <dl className="details">
              {row(t('fields.legalBasis'), basis ? label(basis) : s.legalBasis)}
              {row(t('fields.purpose'), s.purpose)}
              {row(t('fields.createdAt'), formatTimestamp(s.createdAt))}
              {row(t('fields.updatedAt'), formatTimestamp(s.updatedAt))}
            </dl>
          </section>
        </div>
      </div>
      <StakeholderStaircase stakeholderId={s.id} />
    </Page>
  );
}

function CompanyLink({ id }: { id: string }) {
  const { t } = useTranslation('stakeholders');
  const company = useQuery('companies:get', { id });
  if (company.error) return <>{t('detail.companyGone')}</>;
  if (!company.data) return null;
  return <a href={href('companies', id)}>{company.data.name}</a>;
}
