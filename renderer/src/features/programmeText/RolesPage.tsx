// Runs in: renderer. Roll- och ansvarsfördelning ('#/process/roles', P06, I04, I19, I31): who does
// what, municipality and others, from the action plan and the groups, with a "confirmed" mark.
import { useTranslation } from 'react-i18next';
import type { Programme } from '../../../../shared/domain/process';
import type { RoleRow } from '../../../../shared/domain/programmeText';
import { href } from '../../app/router';
import { Empty, ErrorBanner, Page } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate, useQuery } from '../../ui/useQuery';
import { localToday } from '../process/today';

function ConfirmCell({ programmeId, row }: { programmeId: string; row: RoleRow }) {
  const { t } = useTranslation('programmeText');
  const toast = useToast();
  const set = async (confirmed: boolean) => {
    const result = await mutate('programmeText:confirmRole', {
      programmeId,
      key: row.key,
      confirmed,
      date: localToday(),
    });
    if (!result.ok) toast.error(result.error.message);
    else
      toast.success(
        t(confirmed ? 'roles.confirmedToast' : 'roles.unconfirmedToast', { name: row.name }),
      );
  };
  if (row.confirmedDate) {
    return (
      <>
        <span className="badge badge-success">
          <span aria-hidden="true">✔ </span>
          {t('roles.confirmedOn', { date: row.confirmedDate })}
        </span>{' '}
        <button type="button" className="link-button" onClick={() => void set(false)}>
          {t('roles.unconfirm')}
        </button>
      </>
    );
  }
  return (
    <button
      type="button"
      className="button"
      aria-label={`${t('roles.confirm')}: ${row.name}`}
      onClick={() => void set(true)}
    >
      {t('roles.confirm')}
    </button>
  );
}

export function RolesPage({ programme }: { programme: Programme }) {
  const { t } = useTranslation('programmeText');
  const roles = useQuery('programmeText:roles', { programmeId: programme.id });
  const data = roles.data?.programmeId === programme.id ? roles.data : undefined;
  return (
    <Page
      title={t('roles.title')}
      subtitle={programme.name}
      actions={
        <a className="button" href={href('actions')}>
          {t('roles.actionsLink')}
        </a>
      }
    >
      <p>
        <a href={href('process', 'programme-text')}>{t('back')}</a>
      </p>
      <p>{t('roles.intro')}</p>
      {roles.error && <ErrorBanner error={roles.error} onRetry={roles.reload} />}
      {data && (
        <>
          <p>
            {t('roles.split', { municipality: data.split.municipality, other: data.split.other })}
            {data.withoutResponsible > 0 &&
              ` ${t('roles.withoutResponsible', { count: data.withoutResponsible })}`}
          </p>
          {!data.groupsRead && <p className="muted">{t('roles.noGroups')}</p>}
          {data.rows.length === 0 ? (
            <Empty>{t('roles.empty')}</Empty>
          ) : (
            <div className="table-wrap">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('roles.columns.who')}</th>
                    <th scope="col">{t('roles.columns.organisation')}</th>
                    <th scope="col">{t('roles.columns.kind')}</th>
                    <th scope="col">{t('roles.columns.does')}</th>
                    <th scope="col">{t('roles.columns.confirmed')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.rows.map((row) => (
                    <tr key={row.key}>
                      <th scope="row">{row.name}</th>
                      <td>{row.organisation || '–'}</td>
                      <td>{t(`roles.orgKinds.${row.orgKind}`)}</td>
                      <td className="wrap">
                        <ul>
                          {row.actions.map((a) => (
                            <li key={a.id}>
                              <a href={href('actions', a.id)}>{a.what}</a>
                            </li>
                          ))}
                          {row.groups.map((g) => (
                            <li key={`${g.name}-${g.role}`}>
                              {t('roles.groupRole', {
                                role: g.role || t('roles.member'),
                                group: g.name,
                              })}
                            </li>
                          ))}
                        </ul>
                      </td>
                      <td>
                        <ConfirmCell programmeId={programme.id} row={row} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </Page>
  );
}
