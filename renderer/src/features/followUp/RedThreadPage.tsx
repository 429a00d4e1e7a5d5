// Runs in: renderer. '#/followup/redthread': the red thread (F03) from the vision through focus
// areas, goals and actions to the measurements, as a tree, and the list of breaks (P08, I07), each
// linking to where it is fixed.
import { useTranslation } from 'react-i18next';
import { breakKinds, type FixLink } from '../../../../shared/domain/redThread';
import { href } from '../../app/router';
import { label } from '../../i18n';
import { ErrorBanner, Page } from '../../ui/Page';
import { useQuery } from '../../ui/useQuery';
import { FollowUpTabs, type ProgrammeRef } from './FollowUpRoute';
import { ThreadTree } from './ThreadTree';

export const fixHref = (fix: FixLink): string =>
  `${href(...fix.route)}${fix.query ? `?${fix.query}` : ''}`;

export function RedThreadPage({ programme }: { programme: ProgrammeRef }) {
  const { t } = useTranslation('followUp');
  const thread = useQuery('redThread:get', { programmeId: programme.id });
  const data = thread.data;
  return (
    <>
      <FollowUpTabs current="redthread" />
      <Page title={t('thread.title')} subtitle={t('thread.subtitle')}>
        {thread.error && <ErrorBanner error={thread.error} onRetry={thread.reload} />}
        {data && (
          <div className="redthread-layout">
            <section className="card" aria-labelledby="redthread-tree">
              <h2 id="redthread-tree">{t('thread.tree')}</h2>
              <ThreadTree root={data.tree} />
            </section>
            <section className="card redthread-breaks" aria-labelledby="redthread-breaks">
              <h2 id="redthread-breaks">{t('thread.breaks')}</h2>
              {data.breaks.length === 0 ? (
                <p>
                  <span aria-hidden="true">✔ </span>
                  {t('thread.noBreaks')}
                </p>
              ) : (
                <>
                  <p className="muted">{t('thread.breaksIntro', { count: data.breaks.length })}</p>
                  <ul className="plain-list">
                    {data.breaks.map((b, i) => (
                      <li key={`${b.kind}:${b.subjectId}:${i}`} className="redthread-break">
                        <span className="badge badge-warning">
                          {label(breakKinds.find((k) => k.id === b.kind)!)}
                        </span>{' '}
                        <strong>{b.subject}</strong>
                        <div>{label(b.message)}</div>
                        <a href={fixHref(b.fix)}>
                          {t('thread.fix')}
                          <span className="visually-hidden">: {b.subject}</span>
                        </a>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </section>
          </div>
        )}
      </Page>
    </>
  );
}
