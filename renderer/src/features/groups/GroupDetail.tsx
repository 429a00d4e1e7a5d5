// Runs in: renderer. One group: purpose, members with their roles and actor categories, the
// composition check (I22) and the group's meetings.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { actorCategories } from '../../../../shared/domain/actorCategories';
import type { Group } from '../../../../shared/domain/groups';
import { href, navigate } from '../../app/router';
import { label } from '../../i18n';
import { ErrorBanner, Page } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate, useQuery } from '../../ui/useQuery';
import { CompositionCheck } from './CompositionCheck';
import { groupKindLabel, meetingKindLabel, memberRoleLabel, whenText } from './labels';
import { MeetingStatusText } from './StatusText';

export function GroupDetail({ id }: { id: string }) {
  const { t } = useTranslation('groups');
  const query = useQuery('groups:get', { id });
  if (query.error) {
    return (
      <Page title={t('groups.title')}>
        <ErrorBanner error={query.error} onRetry={query.reload} />
        <a href={href('meetings', 'groups')}>{t('groupDetail.back')}</a>
      </Page>
    );
  }
  if (!query.data) return <Page title={t('groups.title')}>{null}</Page>;
  return <GroupView group={query.data} />;
}

const categoryNames = (ids: readonly string[]) =>
  ids.map((id) => {
    const entry = actorCategories.find((c) => c.id === id);
    return entry ? label(entry) : id;
  });

function GroupView({ group }: { group: Group }) {
  const { t } = useTranslation('groups');
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const remove = async () => {
    setBusy(true);
    const result = await mutate('groups:delete', { id: group.id });
    setBusy(false);
    if (!result.ok) {
      toast.error(result.error.message);
      return;
    }
    toast.success(
      t('toast.deleted', {
        ns: 'common',
        name: t('groupDetail.deletedName', { name: group.name }),
      }),
      {
        undo: () => {
          void mutate('groups:restore', { id: group.id }).then((restored) => {
            if (restored.ok) {
              toast.success(t('toast.restored', { ns: 'common' }));
              navigate('meetings', 'groups', group.id);
            } else toast.error(restored.error.message);
          });
        },
      },
    );
    navigate('meetings', 'groups');
  };
  return (
    <Page
      title={group.name}
      subtitle={groupKindLabel(group.kind)}
      actions={
        <>
          <a className="button button-primary" href={href('meetings', 'groups', group.id, 'edit')}>
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
      <p>
        <a href={href('meetings', 'groups')}>{t('groupDetail.back')}</a>
      </p>
      <div className="card">
        <dl className="details">
          <dt>{t('groupDetail.purpose')}</dt>
          <dd className="action-prose">{group.purpose || t('groups.noPurpose')}</dd>
          {group.notes && (
            <>
              <dt>{t('groupDetail.notes')}</dt>
              <dd className="action-prose">{group.notes}</dd>
            </>
          )}
        </dl>
      </div>
      <section className="card" aria-labelledby="group-members">
        <h2 id="group-members">{t('groupDetail.members', { count: group.members.length })}</h2>
        {group.members.length === 0 ? (
          <p className="muted">{t('groupDetail.noMembers')}</p>
        ) : (
          <ul className="plain-list">
            {group.members.map((m) => (
              <li key={m.id}>
                <a href={href('stakeholders', m.stakeholderId)}>{m.name}</a>
                {m.organisation && <span>, {m.organisation}</span>}
                <span className="badge">{memberRoleLabel(m.role)}</span>{' '}
                <span className="muted">
                  {m.categories.length > 0
                    ? categoryNames(m.categories).join(', ')
                    : t('groupDetail.noCategories')}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <CompositionCheck composition={group.composition} />
      <section className="card" aria-labelledby="group-meetings">
        <div className="section-header">
          <h2 id="group-meetings">{t('groupDetail.meetings')}</h2>
          <a
            className="button"
            href={`${href('meetings', 'new')}?group=${encodeURIComponent(group.id)}`}
          >
            {t('groupDetail.newMeeting')}
          </a>
        </div>
        {group.meetings.length === 0 ? (
          <p className="muted">{t('groupDetail.noMeetings')}</p>
        ) : (
          <ul className="plain-list">
            {group.meetings.map((m) => (
              <li key={m.id}>
                {whenText(m.date, m.time)} <a href={href('meetings', m.id)}>{m.title}</a>{' '}
                <span className="muted">({meetingKindLabel(m.kind)})</span>{' '}
                <MeetingStatusText status={m.status} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </Page>
  );
}
