// Runs in: renderer. One company: its details, contact persons and visits, with edit and delete.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { sizeClasses, type Company } from '../../../../shared/domain/companies';
import { href, navigate } from '../../app/router';
import { label } from '../../i18n';
import { formatTimestamp } from '../../ui/formatTimestamp';
import { ErrorBanner, Page } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate, useQuery } from '../../ui/useQuery';
import { CompanyVisits } from './CompanyVisits';

export function CompanyDetail({ id }: { id: string }) {
  const { t } = useTranslation('companies');
  const company = useQuery('companies:get', { id });
  const [deleting, setDeleting] = useState(false);

  if (company.error && !deleting) {
    return (
      <Page title={t('title')}>
        <ErrorBanner error={company.error} onRetry={company.reload} />
        <p>
          <a href={href('companies')}>{t('backToList')}</a>
        </p>
      </Page>
    );
  }
  if (!company.data) return null;
  return <CompanyView c={company.data} onDeleting={setDeleting} />;
}

/** The visits helper reads `?company=` from the hash to preselect the company. */
const logVisitHref = (companyId: string) =>
  `${href('visits', 'new')}?company=${encodeURIComponent(companyId)}`;

function CompanyView({ c, onDeleting }: { c: Company; onDeleting: (on: boolean) => void }) {
  const { t } = useTranslation('companies');
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const none = t('detail.none');

  const remove = async () => {
    setBusy(true);
    onDeleting(true);
    const result = await mutate('companies:delete', { id: c.id });
    if (!result.ok) {
      setBusy(false);
      onDeleting(false);
      toast.error(t('toast.failed', { ns: 'common', message: result.error.message }));
      return;
    }
    toast.success(t('deleted', { name: c.name }), {
      undo: () => {
        void mutate('trash:restore', { kind: 'company', id: c.id }).then((restored) => {
          if (restored.ok) {
            toast.success(t('restored', { name: c.name }));
            navigate('companies', c.id);
          } else toast.error(t('toast.failed', { ns: 'common', message: restored.error.message }));
        });
      },
    });
    navigate('companies');
  };

  const size = sizeClasses.find((s) => s.id === c.sizeClass);
  const row = (term: string, value: ReactNode) => (
    <>
      <dt>{term}</dt>
      <dd>{value === null || value === '' || value === undefined ? none : value}</dd>
    </>
  );
  const postal = [c.postalCode, c.city].filter(Boolean).join(' ');

  return (
    <Page
      title={c.name}
      subtitle={[c.orgNumber, c.industry, c.locality].filter(Boolean).join(' · ')}
      actions={
        <>
          <a className="button" href={href('companies')}>
            {t('actions.back', { ns: 'common' })}
          </a>
          <a className="button button-primary" href={logVisitHref(c.id)}>
            {t('detail.logVisit')}
          </a>
          <a className="button" href={href('companies', c.id, 'edit')}>
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
        <section className="card" aria-labelledby="company-about">
          <h2 id="company-about">{t('detail.about')}</h2>
          <dl className="details">
            {row(t('fields.orgNumber'), c.orgNumber)}
            {row(t('fields.sniCode'), c.sniCode)}
            {row(t('fields.industry'), c.industry)}
            {row(t('fields.sizeClass'), size ? label(size) : c.sizeClass)}
            {row(t('fields.locality'), c.locality)}
            {row(t('fields.notes'), c.notes)}
            {row(t('fields.createdAt'), formatTimestamp(c.createdAt))}
            {row(t('fields.updatedAt'), formatTimestamp(c.updatedAt))}
          </dl>
        </section>
        <div className="stack">
          <section className="card" aria-labelledby="company-address">
            <h2 id="company-address">{t('detail.address')}</h2>
            <dl className="details">
              {row(t('fields.address'), c.address)}
              {row(`${t('fields.postalCode')} / ${t('fields.city')}`, postal)}
              {row(t('fields.website'), c.website)}
              {row(t('fields.phone'), c.phone)}
              {row(t('fields.email'), c.email)}
            </dl>
          </section>
          <section className="card" aria-labelledby="company-contacts">
            <h2 id="company-contacts">{t('detail.contacts')}</h2>
            {c.contacts.length === 0 ? (
              <p className="empty">{t('detail.noContacts')}</p>
            ) : (
              <ul className="plain-list">
                {c.contacts.map((p) => (
                  <li key={p.id}>
                    <a href={href('stakeholders', p.id)}>{p.name}</a>
                    {p.roleTitle && <span className="muted"> · {p.roleTitle}</span>}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </div>
      <section className="company-visits" aria-labelledby="company-visits-title">
        <h2 id="company-visits-title">{t('detail.visits')}</h2>
        <CompanyVisits companyId={c.id} companyName={c.name} />
      </section>
    </Page>
  );
}
