// Runs in: renderer. One remiss instance: sent, deadline, reply; its comments with the
// municipality's position and the change made; and the forms to record them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RemissComment, RemissInstance } from '../../../../shared/domain/cases';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';
import { changeKindLabel, instanceKindLabel } from './caseLabels';
import { localToday } from './files';
import { RemissCommentForm } from './RemissCommentForm';
import { RemissInstanceForm } from './RemissInstanceForm';

export function RemissInstanceItem({ instance }: { instance: RemissInstance }) {
  const { t } = useTranslation('cases');
  const toast = useToast();
  const [editing, setEditing] = useState(false);
  const [comment, setComment] = useState<RemissComment | 'new' | null>(null);
  const late =
    !instance.replyReceivedDate && instance.deadline !== null && instance.deadline < localToday();

  const remove = async () => {
    const result = await mutate('remiss:delete', { id: instance.id });
    if (!result.ok) {
      toast.error(result.error.message);
      return;
    }
    toast.success(t('remiss.deleted', { name: instance.name }), {
      undo: () => void mutate('remiss:restore', { id: instance.id }),
    });
  };
  const removeComment = async (c: RemissComment) => {
    const result = await mutate('remiss:commentDelete', { id: c.id });
    if (!result.ok) toast.error(result.error.message);
    else toast.success(t('remiss.commentDeleted'));
  };

  if (editing) {
    return (
      <RemissInstanceForm
        caseId={instance.caseId}
        existing={instance}
        onDone={() => setEditing(false)}
      />
    );
  }
  return (
    <article className="case-remiss-item" aria-labelledby={`remiss-${instance.id}`}>
      <div className="section-header">
        <h3 id={`remiss-${instance.id}`}>
          {instance.name} <span className="muted">({instanceKindLabel(instance.kind)})</span>
        </h3>
        <span className="row-actions">
          <button
            type="button"
            className="button button-small"
            onClick={() => setEditing(true)}
            aria-label={`${instance.replyReceivedDate ? t('remiss.edit') : t('remiss.recordReply')}: ${instance.name}`}
          >
            {instance.replyReceivedDate ? t('remiss.edit') : t('remiss.recordReply')}
          </button>
          <button
            type="button"
            className="button button-small"
            onClick={() => setComment('new')}
            aria-label={`${t('remiss.addComment')}: ${instance.name}`}
          >
            {t('remiss.addComment')}
          </button>
          <button
            type="button"
            className="link-button"
            onClick={() => void remove()}
            aria-label={`${t('actions.delete', { ns: 'common' })}: ${instance.name}`}
          >
            {t('actions.delete', { ns: 'common' })}
          </button>
        </span>
      </div>
      <p className="case-remiss-facts">
        {instance.sentDate ? t('remiss.sentOn', { date: instance.sentDate }) : t('remiss.notSent')}
        {instance.deadline && ` · ${t('remiss.deadlineOn', { date: instance.deadline })}`}
        {' · '}
        {instance.replyReceivedDate ? (
          <span className="badge badge-success">
            <span aria-hidden="true">✓ </span>
            {t('remiss.repliedOn', { date: instance.replyReceivedDate })}
          </span>
        ) : (
          <span className={`badge${late ? ' badge-warning' : ''}`}>
            {late && <span aria-hidden="true">⚠ </span>}
            {late ? t('remiss.late') : t('remiss.noReply')}
          </span>
        )}
      </p>
      {instance.replySummary && <p className="case-wrap">{instance.replySummary}</p>}
      {comment === 'new' && (
        <RemissCommentForm instanceId={instance.id} onDone={() => setComment(null)} />
      )}
      {instance.comments.length > 0 && (
        <div className="case-table-wrap">
          <table className="data-table case-comment-table">
            <caption className="visually-hidden">
              {t('remiss.commentsCaption', { name: instance.name })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('remiss.section')}</th>
                <th scope="col">{t('remiss.comment')}</th>
                <th scope="col">{t('remiss.position')}</th>
                <th scope="col">{t('remiss.change')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('stages.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {instance.comments.map((c) =>
                comment !== 'new' && comment?.id === c.id ? (
                  <tr key={c.id}>
                    <td colSpan={5}>
                      <RemissCommentForm
                        instanceId={instance.id}
                        existing={c}
                        onDone={() => setComment(null)}
                      />
                    </td>
                  </tr>
                ) : (
                  <tr key={c.id}>
                    <td>{c.section || t('remiss.general')}</td>
                    <td className="case-wrap">{c.comment}</td>
                    <td className="case-wrap">
                      {c.position || <span className="muted">{t('remiss.noPosition')}</span>}
                    </td>
                    <td className="case-wrap">
                      {c.changeKind ? (
                        changeKindLabel(c.changeKind)
                      ) : (
                        <span className="muted">{t('remiss.noChange')}</span>
                      )}
                      {c.changeText && `: ${c.changeText}`}
                    </td>
                    <td>
                      <span className="row-actions">
                        <button type="button" className="link-button" onClick={() => setComment(c)}>
                          {t('remiss.editComment')}
                        </button>
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => void removeComment(c)}
                        >
                          {t('actions.delete', { ns: 'common' })}
                        </button>
                      </span>
                    </td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </div>
      )}
    </article>
  );
}
