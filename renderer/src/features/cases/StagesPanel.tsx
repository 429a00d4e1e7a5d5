// Runs in: renderer. The stages the case has been through (history, återremisser included) and the
// form to record the next handling or a decision.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, CaseStage, StageBody } from '../../../../shared/domain/cases';
import { Empty } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';
import { outcomeLabel, stageLabel } from './caseLabels';
import { StageForm } from './StageForm';

/** The body a new stage most likely belongs to, from where the case stands. */
function nextBody(detail: CaseDetail): StageBody {
  switch (detail.status) {
    case 'ks':
      return 'ks';
    case 'kf':
    case 'adopted':
      return 'kf';
    case 'ksau':
    case 'remiss':
      return 'ksau';
    default:
      return detail.remiss.instances > 0 || detail.stages.length > 0 ? 'ksau' : 'remiss';
  }
}

export function StagesPanel({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation('cases');
  const toast = useToast();
  const [editing, setEditing] = useState<CaseStage | 'new' | null>(null);
  const pending = [...detail.stages].reverse().find((s) => s.outcome === null) ?? null;

  const remove = async (stage: CaseStage) => {
    const result = await mutate('cases:stageDelete', { id: stage.id });
    if (!result.ok) {
      toast.error(result.error.message);
      return;
    }
    toast.success(t('stages.deleted'), {
      undo: () => void mutate('cases:stageRestore', { id: stage.id }),
    });
  };

  return (
    <section className="card case-stages" aria-labelledby="case-stages-title">
      <div className="section-header">
        <h2 id="case-stages-title" className="form-heading">
          {t('stages.title')}
        </h2>
        {editing === null && (
          <div className="row-actions">
            {pending && (
              <button
                type="button"
                className="button button-primary"
                onClick={() => setEditing(pending)}
              >
                {t('stages.recordDecision', { stage: stageLabel(pending.body) })}
              </button>
            )}
            <button
              type="button"
              className={pending ? 'button' : 'button button-primary'}
              onClick={() => setEditing('new')}
            >
              {t('stages.add')}
            </button>
          </div>
        )}
      </div>
      {editing !== null && (
        <StageForm
          key={editing === 'new' ? 'new' : editing.id}
          detail={detail}
          existing={editing === 'new' ? undefined : editing}
          defaultBody={nextBody(detail)}
          onDone={() => setEditing(null)}
        />
      )}
      {detail.stages.length === 0 ? (
        <Empty>{t('stages.empty')}</Empty>
      ) : (
        <div className="case-table-wrap">
          <table className="data-table case-stage-table">
            <caption className="visually-hidden">{t('stages.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('stages.body')}</th>
                <th scope="col">{t('stages.meetingDate')}</th>
                <th scope="col">{t('stages.submittedDate')}</th>
                <th scope="col">{t('stages.paragraph')}</th>
                <th scope="col">{t('stages.outcome')}</th>
                <th scope="col">{t('stages.details')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('stages.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {detail.stages.map((s) => (
                <tr key={s.id}>
                  <td>{stageLabel(s.body)}</td>
                  <td>{s.meetingDate ?? ''}</td>
                  <td>{s.submittedDate ?? ''}</td>
                  <td>{s.paragraph}</td>
                  <td>{s.outcome ? outcomeLabel(s.outcome) : t('stages.noOutcome')}</td>
                  <td className="case-wrap">
                    {s.outcomeReason || s.decisionText}
                    {s.protocolRef && <div className="muted">{s.protocolRef}</div>}
                  </td>
                  <td>
                    <span className="row-actions">
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => setEditing(s)}
                        aria-label={t('stages.editOne', { stage: stageLabel(s.body) })}
                      >
                        {t('stages.edit')}
                      </button>
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => void remove(s)}
                        aria-label={t('stages.deleteOne', { stage: stageLabel(s.body) })}
                      >
                        {t('actions.delete', { ns: 'common' })}
                      </button>
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
