// Runs in: renderer. One interview: who, when, the answers question by question, and "Gör till
// insikt" on each answer.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Interview } from '../../../../shared/domain/interviews';
import { href, navigate } from '../../app/router';
import { ErrorBanner, Page } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate, useQuery } from '../../ui/useQuery';
import { AnswerInsightAction } from './AnswerInsightAction';

export function InterviewDetail({ id }: { id: string }) {
  const { t } = useTranslation('interviews');
  const query = useQuery('interviews:get', { id });
  if (query.error) {
    return (
      <Page title={t('detail.title')}>
        <ErrorBanner error={query.error} onRetry={query.reload} />
        <a href={href('analysis', 'interviews')}>{t('detail.back')}</a>
      </Page>
    );
  }
  if (!query.data) return <Page title={t('detail.title')}>{null}</Page>;
  return <InterviewView interview={query.data} />;
}

function InterviewView({ interview }: { interview: Interview }) {
  const { t } = useTranslation('interviews');
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const dash = t('detail.none');

  const remove = async () => {
    setBusy(true);
    const result = await mutate('interviews:delete', { id: interview.id });
    setBusy(false);
    if (!result.ok) {
      toast.error(result.error.message);
      return;
    }
    const name = t('detail.deletedName', { name: interview.intervieweeName, date: interview.date });
    toast.success(t('toast.deleted', { ns: 'common', name }), {
      undo: () => {
        void mutate('interviews:restore', { id: interview.id }).then((restored) => {
          if (restored.ok) {
            toast.success(t('toast.restored', { ns: 'common' }));
            navigate('analysis', 'interviews', interview.id);
          } else toast.error(restored.error.message);
        });
      },
    });
    navigate('analysis', 'interviews');
  };

  const organisation = interview.companyName ?? interview.organisation;
  return (
    <Page
      title={t('detail.heading', { name: interview.intervieweeName })}
      subtitle={
        <>
          {[interview.date, organisation].filter(Boolean).join(' · ')}
          {interview.confidential && (
            <>
              {' '}
              <span className="badge badge-warning">{t('badges.confidential')}</span>
            </>
          )}
        </>
      }
      actions={
        <>
          <a
            className="button button-primary"
            href={href('analysis', 'interviews', interview.id, 'edit')}
          >
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
        <a href={href('analysis', 'interviews')}>{t('detail.back')}</a>
      </p>
      {interview.confidential && (
        <div className="banner banner-warning">{t('detail.confidentialNote')}</div>
      )}
      <div className="card">
        <dl className="details">
          <dt>{t('form.interviewee')}</dt>
          <dd>
            {interview.intervieweeStakeholderId ? (
              <a href={href('stakeholders', interview.intervieweeStakeholderId)}>
                {interview.intervieweeName}
              </a>
            ) : (
              interview.intervieweeName
            )}
          </dd>
          <dt>{t('form.organisation')}</dt>
          <dd>
            {interview.companyId ? (
              <a href={href('companies', interview.companyId)}>{interview.companyName}</a>
            ) : (
              interview.organisation || dash
            )}
          </dd>
          <dt>{t('form.date')}</dt>
          <dd>{interview.date}</dd>
          <dt>{t('form.guide')}</dt>
          <dd>
            {interview.guideId ? (
              <a href={href('analysis', 'guides', interview.guideId)}>
                {interview.guideName ?? t('form.guideGone')}
              </a>
            ) : (
              t('form.noGuide')
            )}
          </dd>
          <dt>{t('form.themes')}</dt>
          <dd>
            {interview.themes.length > 0 ? (
              <ul className="chips plain-list">
                {interview.themes.map((theme) => (
                  <li key={theme} className="chip">
                    {theme}
                  </li>
                ))}
              </ul>
            ) : (
              dash
            )}
          </dd>
          <dt>{t('form.notes')}</dt>
          <dd className="visit-notes">{interview.notes || dash}</dd>
        </dl>
      </div>
      <section className="card" aria-labelledby="interview-answers">
        <h2 id="interview-answers">{t('detail.answers')}</h2>
        <p className="muted">{t('detail.answersIntro')}</p>
        {interview.answers.length === 0 ? (
          <p className="muted">{t('detail.noAnswers')}</p>
        ) : (
          <ol className="answer-list">
            {interview.answers.map((answer) => (
              <li key={answer.id} className="answer" data-testid="interview-answer">
                <h3>{answer.questionText}</h3>
                <p className="visit-notes">{answer.answer || t('detail.noAnswer')}</p>
                {answer.answer.trim() !== '' && <AnswerInsightAction answer={answer} />}
              </li>
            ))}
          </ol>
        )}
      </section>
    </Page>
  );
}
