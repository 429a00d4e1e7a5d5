// Runs in: renderer. The company's view of the business climate, scored at a visit (I34): a compact
// block on the visit page, saved on its own.
import { Fragment, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { href } from '../../app/router';
import { useToast } from '../../ui/Toasts';
import { mutate, useQuery } from '../../ui/useQuery';
import { ScoreInputs, scoresToList, type ScoreMap } from './ScoreInputs';
import '../staircase/climate.css';

export function VisitSelfImage({ visitId }: { visitId: string }) {
  const { t } = useTranslation('selfImage');
  const toast = useToast();
  const statements = useQuery('selfImage:statements', {});
  const saved = useQuery('selfImage:forVisit', { visitId });
  const [scores, setScores] = useState<ScoreMap>({});
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const respondent = saved.data?.respondent ?? null;

  useEffect(() => {
    setScores(Object.fromEntries((respondent?.scores ?? []).map((s) => [s.statementId, s.score])));
  }, [respondent]);

  const save = async () => {
    setBusy(true);
    const result = await mutate('selfImage:saveVisitScores', {
      visitId,
      scores: scoresToList(scores),
    });
    setBusy(false);
    if (!result.ok) {
      toast.error(result.error.message);
      return;
    }
    setOpen(false);
    toast.success(result.value.respondent ? t('visit.saved') : t('visit.cleared'));
  };

  const count = respondent?.scores.length ?? 0;
  const statementText = (id: string) => statements.data?.find((x) => x.id === id)?.text ?? '';
  return (
    <section className="card" aria-labelledby={`self-image-${visitId}`}>
      <h2 id={`self-image-${visitId}`}>{t('visit.heading')}</h2>
      <p className="muted">
        {count > 0 ? t('visit.answered', { count }) : t('visit.notAnswered')}{' '}
        <a href={href('analysis', 'selfImage')}>{t('visit.toComparison')}</a>
      </p>
      {!open && respondent && statements.data && count > 0 && (
        <dl className="details">
          {respondent.scores.map((s) => (
            <Fragment key={s.statementId}>
              <dt>{statementText(s.statementId)}</dt>
              <dd>{t(`scores.value${s.score}`)}</dd>
            </Fragment>
          ))}
        </dl>
      )}
      {!open ? (
        <button type="button" className="button" onClick={() => setOpen(true)}>
          {count > 0 ? t('visit.edit') : t('visit.add')}
        </button>
      ) : (
        <>
          <p>{t('visit.hint')}</p>
          {statements.data && (
            <ScoreInputs
              statements={statements.data}
              value={scores}
              onChange={setScores}
              idPrefix={`visit-score-${visitId}`}
            />
          )}
          <div className="form-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={() => void save()}
            >
              {t('visit.save')}
            </button>
            <button type="button" className="button" onClick={() => setOpen(false)}>
              {t('actions.cancel', { ns: 'common' })}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
