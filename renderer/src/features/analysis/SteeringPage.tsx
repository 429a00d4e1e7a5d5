// Runs in: renderer. Styrdokument: the register with the policy check per document, the count of
// documents still to check, and the focus areas that build on each.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isExpired, type SteeringDocument } from '../../../../shared/domain/steeringDocuments';
import { isOpenableReference } from '../../../../shared/domain/analysisTexts';
import { href } from '../../app/router';
import { Empty, ErrorBanner, Page } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate, useQuery } from '../../ui/useQuery';
import { steeringKindLabel } from './labels';
import { PolicyCheck } from './PolicyCheck';
import { blankSteering, SteeringForm, toSteeringInput, type SteeringFields } from './SteeringForm';

const today = () => new Date().toISOString().slice(0, 10);

function DocumentCard({ doc }: { doc: SteeringDocument }) {
  const { t } = useTranslation('analysis');
  const toast = useToast();
  const [editing, setEditing] = useState(false);

  const update = async (f: SteeringFields) => {
    const result = await mutate('steering:update', { id: doc.id, ...toSteeringInput(f) });
    if (!result.ok) return result.error.fields ?? { title: result.error.message };
    setEditing(false);
    toast.success(t('toast.saved', { ns: 'common' }));
    return null;
  };
  const remove = async () => {
    const result = await mutate('steering:delete', { id: doc.id });
    if (!result.ok) {
      toast.error(result.error.message);
      return;
    }
    toast.success(
      t('toast.deleted', { ns: 'common', name: t('steering.deletedName', { name: doc.title }) }),
      {
        undo: () =>
          void mutate('trash:restore', { kind: 'steeringDocument', id: doc.id }).then((r) =>
            r.ok
              ? toast.success(t('toast.restored', { ns: 'common' }))
              : toast.error(r.error.message),
          ),
      },
    );
  };

  if (editing) {
    return (
      <SteeringForm
        initial={{ ...doc, adoptedDate: doc.adoptedDate ?? '', validUntil: doc.validUntil ?? '' }}
        submitLabel={t('steering.save')}
        onSubmit={update}
        onCancel={() => setEditing(false)}
      />
    );
  }
  const dates = [
    doc.adoptedDate ? t('steering.adopted', { date: doc.adoptedDate }) : '',
    doc.validUntil ? t('steering.validUntil', { date: doc.validUntil }) : '',
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <article className="card" aria-labelledby={`doc-${doc.id}`} style={{ marginBottom: 16 }}>
      <h2 id={`doc-${doc.id}`}>{doc.title}</h2>
      <p>
        <span className="badge">{steeringKindLabel(doc.kind)}</span>{' '}
        {doc.checked ? (
          <span className="badge badge-success">
            {t('steering.check.checkedOn', { date: doc.checkedDate ?? '' })}
          </span>
        ) : (
          <span className="badge badge-warning">{t('steering.check.notChecked')}</span>
        )}{' '}
        {doc.conflict && (
          <span className="badge badge-warning">{t('steering.check.conflictBadge')}</span>
        )}{' '}
        {isExpired(doc, today()) && <span className="badge">{t('steering.expired')}</span>}
      </p>
      <p>
        {[doc.owner, dates].filter(Boolean).join(' · ')}
        {doc.reference && (
          <>
            <br />
            {isOpenableReference(doc.reference) ? (
              <a href={doc.reference} target="_blank" rel="noreferrer">
                {doc.reference}
              </a>
            ) : (
              <span className="muted">{doc.reference}</span>
            )}
          </>
        )}
      </p>
      {doc.note && <p>{doc.note}</p>}
      <p className="muted">
        {doc.focusAreas.length > 0 ? (
          <>
            {t('steering.focusAreas')}{' '}
            {doc.focusAreas.map((a, i) => (
              <span key={a.focusAreaId}>
                {i > 0 && ', '}
                <a href={href('goals')}>{a.focusAreaName}</a>
              </span>
            ))}
          </>
        ) : (
          t('steering.noFocusAreas')
        )}
      </p>
      <PolicyCheck key={doc.updatedAt} doc={doc} />
      <div className="form-actions" style={{ marginTop: 8 }}>
        <button type="button" className="button" onClick={() => setEditing(true)}>
          {t('steering.edit')}
        </button>
        <button type="button" className="button button-danger" onClick={() => void remove()}>
          {t('actions.delete', { ns: 'common' })}
        </button>
      </div>
    </article>
  );
}

export function SteeringPage({ programmeId }: { programmeId: string }) {
  const { t } = useTranslation('analysis');
  const toast = useToast();
  const query = useQuery('steering:list', { programmeId });
  const [adding, setAdding] = useState(false);

  const create = async (f: SteeringFields) => {
    const result = await mutate('steering:create', { programmeId, ...toSteeringInput(f) });
    if (!result.ok) return result.error.fields ?? { title: result.error.message };
    setAdding(false);
    toast.success(t('toast.saved', { ns: 'common' }));
    return null;
  };

  const data = query.data;
  return (
    <Page
      title={t('steering.title')}
      subtitle={t('steering.subtitle')}
      actions={
        <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
          {t('steering.new')}
        </button>
      }
    >
      {query.error && <ErrorBanner error={query.error} onRetry={query.reload} />}
      {data && data.summary.total > 0 && (
        <p className="banner banner-info" role="status">
          {t('steering.summary', { ...data.summary })}
        </p>
      )}
      {adding && (
        <SteeringForm
          initial={blankSteering}
          submitLabel={t('steering.create')}
          onSubmit={create}
          onCancel={() => setAdding(false)}
        />
      )}
      {data && data.documents.length === 0 && !adding && <Empty>{t('steering.empty')}</Empty>}
      {data?.documents.map((doc) => (
        <DocumentCard key={doc.id} doc={doc} />
      ))}
    </Page>
  );
}
