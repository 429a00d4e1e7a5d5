// Runs in: renderer. One action with everything the plan knows about it, where it came from (a link
// back to the visit), and what can be done with it: edit, change status, delete.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  actionOriginKinds,
  ambitionMarks,
  realismMarks,
  type Action,
  type ActionOrigin,
} from '../../../../shared/domain/actions';
import { href, navigate } from '../../app/router';
import { label } from '../../i18n';
import { formatTimestamp } from '../../ui/formatTimestamp';
import { ErrorBanner, Page } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate, useQuery } from '../../ui/useQuery';
import { CommunicationLinks } from '../communication/CommunicationLinks';
import { formatNumber, kindLabel, orgKindLabel, roleLabel, whenText } from './labels';
import { ActionBadges, StatusLabel } from './StatusLabel';
import { StatusDialog } from './StatusDialog';

export function ActionDetail({ id }: { id: string }) {
  const { t } = useTranslation('actions');
  const query = useQuery('actions:get', { id });
  const options = useQuery(
    'actions:options',
    { programmeId: query.data?.programmeId ?? '' },
    !!query.data,
  );
  if (query.error) {
    return (
      <Page title={t('detail.title')}>
        <ErrorBanner error={query.error} onRetry={query.reload} />
        <a href={href('actions')}>{t('detail.back')}</a>
      </Page>
    );
  }
  if (!query.data) return <Page title={t('detail.title')}>{null}</Page>;
  return <ActionView action={query.data} stalledDays={options.data?.stalledDays ?? 60} />;
}

function OriginItem({ origin }: { origin: ActionOrigin }) {
  const { t } = useTranslation('actions');
  const kind = label(actionOriginKinds.find((k) => k.id === origin.kind) ?? actionOriginKinds[5]);
  const visitKind = origin.kind === 'visit' || origin.kind === 'visit_obstacle';
  return (
    <li>
      <span className="muted">{kind}: </span>
      {visitKind &&
        (origin.visitId ? (
          <a href={href('visits', origin.visitId)}>
            {t('detail.originVisit', { label: origin.label })}
          </a>
        ) : (
          <span>{t('detail.originGone')}</span>
        ))}
      {origin.note && <q className="action-origin-note">{origin.note}</q>}
    </li>
  );
}

function ActionView({ action, stalledDays }: { action: Action; stalledDays: number }) {
  const { t } = useTranslation('actions');
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const [statusOpen, setStatusOpen] = useState(false);
  const none = t('detail.none');
  const mark = (value: number | null, marks: typeof realismMarks | typeof ambitionMarks) => {
    const m = marks.find((x) => x.value === value);
    return m ? `${m.value} – ${label(m)}` : none;
  };
  const amounts = (key: 'hours' | 'cost', planned: number | null, spent: number | null) =>
    planned === null && spent === null
      ? none
      : t(`detail.${key}`, {
          planned: planned === null ? none : formatNumber(planned),
          spent: spent === null ? '0' : formatNumber(spent),
        });

  const remove = async () => {
    setBusy(true);
    const result = await mutate('actions:delete', { id: action.id });
    setBusy(false);
    if (!result.ok) {
      toast.error(result.error.message);
      return;
    }
    toast.success(
      t('toast.deleted', { ns: 'common', name: t('detail.deletedName', { what: action.what }) }),
      {
        undo: () => {
          void mutate('actions:restore', { id: action.id }).then((restored) => {
            if (restored.ok) {
              toast.success(t('toast.restored', { ns: 'common' }));
              navigate('actions', action.id);
            } else toast.error(restored.error.message);
          });
        },
      },
    );
    navigate('actions');
  };

  return (
    <Page
      title={action.what}
      subtitle={
        <>
          <StatusLabel status={action.status} />
          {' · '}
          {kindLabel(action.kind)} <ActionBadges action={action} stalledDays={stalledDays} />
        </>
      }
      actions={
        <>
          <a className="button button-primary" href={href('actions', action.id, 'edit')}>
            {t('actions.edit', { ns: 'common' })}
          </a>
          <button type="button" className="button" onClick={() => setStatusOpen(true)}>
            {t('detail.changeStatus')}
          </button>
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
      <p>
        <a href={href('actions')}>{t('detail.back')}</a>
      </p>
      {action.missing.length === 0 && (
        <p className="muted">
          <span aria-hidden="true">✔ </span>
          {t('detail.complete')}
        </p>
      )}
      <div className="card">
        <dl className="details">
          <dt>{t('detail.why')}</dt>
          <dd className="action-prose">{action.why || none}</dd>
          <dt>{t('detail.how')}</dt>
          <dd className="action-prose">{action.how || none}</dd>
          <dt>{t('detail.focusArea')}</dt>
          <dd>{action.focusAreaName ?? t('noFocusArea')}</dd>
          <dt>{t('detail.responsible')}</dt>
          <dd>
            {action.responsibleStakeholderId ? (
              <a href={href('stakeholders', action.responsibleStakeholderId)}>
                {action.responsibleName}
              </a>
            ) : (
              action.responsibleName || none
            )}
            {' · '}
            {orgKindLabel(action.responsibleOrgKind)}
          </dd>
          <dt>{t('detail.when')}</dt>
          <dd>{whenText(t, action)}</dd>
          <dt>{t('detail.status')}</dt>
          <dd>
            <StatusLabel status={action.status} />
          </dd>
          {action.status === 'dropped' && (
            <>
              <dt>{t('detail.droppedReason')}</dt>
              <dd className="action-prose">{action.droppedReason}</dd>
            </>
          )}
          {action.experiment && (
            <>
              <dt>{t('detail.learningNote')}</dt>
              <dd className="action-prose">{action.learningNote || none}</dd>
            </>
          )}
          <dt>{t('detail.marks')}</dt>
          <dd>
            {mark(action.realism, realismMarks)} / {mark(action.ambition, ambitionMarks)}
          </dd>
          <dt>{t('detail.resources')}</dt>
          <dd>
            {amounts('hours', action.hoursPlanned, action.hoursSpent)}
            <br />
            {amounts('cost', action.costPlanned, action.costSpent)}
          </dd>
          <dt>{t('detail.goals')}</dt>
          <dd>
            {action.goals.length > 0 ? (
              <ul className="plain-list">
                {action.goals.map((g) => (
                  <li key={g.id}>{g.text}</li>
                ))}
              </ul>
            ) : (
              none
            )}
          </dd>
          <dt>{t('detail.partners')}</dt>
          <dd>{action.partners.map((p) => p.name).join(', ') || none}</dd>
          <dt>{t('detail.contributors')}</dt>
          <dd>
            {action.contributors.map((c) => `${c.name} (${roleLabel(c.role)})`).join(', ') || none}
          </dd>
          <dt>{t('detail.origins')}</dt>
          <dd>
            {action.origins.length > 0 ? (
              <ul className="plain-list action-origins">
                {action.origins.map((o) => (
                  <OriginItem key={o.id} origin={o} />
                ))}
              </ul>
            ) : (
              none
            )}
          </dd>
          <dt>{t('detail.lastUpdate')}</dt>
          <dd>{formatTimestamp(action.lastUpdateAt)}</dd>
        </dl>
      </div>
      <CommunicationLinks kind="action" id={action.id} />
      {statusOpen && <StatusDialog action={action} onClose={() => setStatusOpen(false)} />}
    </Page>
  );
}
