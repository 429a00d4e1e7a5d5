// Runs in: renderer. The actions of one focus area as a table: what, who, when and status, with
// the warnings the officer should act on. Each "what" is a link, so Tab + Enter opens an action.
import { useTranslation } from 'react-i18next';
import type { ActionRow } from '../../../../shared/domain/actions';
import { href } from '../../app/router';
import { whenText } from './labels';
import { ActionBadges, StatusLabel } from './StatusLabel';

interface Props {
  caption: string;
  rows: ActionRow[];
  stalledDays: number;
}

export function ActionTable({ caption, rows, stalledDays }: Props) {
  const { t } = useTranslation('actions');
  return (
    <table className="data-table action-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('columns.what')}</th>
          <th scope="col">{t('columns.who')}</th>
          <th scope="col">{t('columns.when')}</th>
          <th scope="col">{t('columns.status')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((a) => (
          <tr key={a.id} data-action-id={a.id}>
            <td className="wrap">
              <a href={href('actions', a.id)}>{a.what}</a>
              <ActionBadges action={a} stalledDays={stalledDays} />
            </td>
            <td className="wrap">
              {a.responsibleName || t('detail.none')}
              {a.responsibleOrgKind === 'other' && a.responsibleName && (
                <span className="muted"> · {t('badges.other')}</span>
              )}
            </td>
            <td>{whenText(t, a)}</td>
            <td>
              <StatusLabel status={a.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
