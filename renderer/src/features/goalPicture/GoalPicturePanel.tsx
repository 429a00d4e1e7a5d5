// Runs in: renderer. The programme's shared goal picture (P05, I03): the text, and who stood behind
// it. Used on its own screen and inside the process step 'shared-goal-picture'.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GoalPicture } from '../../../../shared/domain/goalPicture';
import { href } from '../../app/router';
import { TextArea } from '../../ui/fields';
import { Empty, ErrorBanner } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate, useQuery } from '../../ui/useQuery';
import { EndorsementForm } from './EndorsementForm';
import '../staircase/climate.css';

function Endorsements({ picture }: { picture: GoalPicture }) {
  const { t } = useTranslation('goalPicture');
  const toast = useToast();
  const [editing, setEditing] = useState<string | null>(null);
  const remove = async (id: string, occasion: string) => {
    const result = await mutate('goalPicture:deleteEndorsement', { id });
    if (result.ok) toast.success(t('endorsement.deleted', { occasion }));
    else toast.error(result.error.message);
  };
  return (
    <>
      {picture.endorsements.length === 0 && <Empty>{t('endorsement.none')}</Empty>}
      {picture.endorsements.map((e) =>
        editing === e.id ? (
          <EndorsementForm
            key={e.id}
            programmeId={picture.programmeId}
            editing={e}
            onDone={() => setEditing(null)}
          />
        ) : (
          <article
            key={e.id}
            className="climate-endorsement"
            aria-labelledby={`endorsement-${e.id}`}
          >
            <h3 id={`endorsement-${e.id}`}>
              {e.occasion} <span className="muted">{e.date}</span>
            </h3>
            <p>
              {e.endorsers.length > 0
                ? t('endorsement.stoodBehind', {
                    names: e.endorsers.map((p) => p.name).join(', '),
                  })
                : t('endorsement.noPeople')}
            </p>
            {e.note && <p className="muted">{e.note}</p>}
            <div className="row-actions">
              <button type="button" className="link-button" onClick={() => setEditing(e.id)}>
                {t('actions.edit', { ns: 'common' })}
              </button>{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => void remove(e.id, e.occasion)}
                aria-label={t('endorsement.deleteLabel', { occasion: e.occasion })}
              >
                {t('actions.delete', { ns: 'common' })}
              </button>
            </div>
          </article>
        ),
      )}
      {editing === 'new' ? (
        <EndorsementForm programmeId={picture.programmeId} onDone={() => setEditing(null)} />
      ) : (
        <button type="button" className="button" onClick={() => setEditing('new')}>
          {t('endorsement.add')}
        </button>
      )}
    </>
  );
}

export function GoalPicturePanel({
  programmeId,
  compact,
}: {
  programmeId: string;
  compact?: boolean;
}) {
  const { t } = useTranslation('goalPicture');
  const toast = useToast();
  const picture = useQuery('goalPicture:get', { programmeId });
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const stored = picture.data?.text;
  useEffect(() => {
    if (stored !== undefined) setText(stored);
  }, [stored]);

  const save = async () => {
    setBusy(true);
    const result = await mutate('goalPicture:saveText', { programmeId, text });
    setBusy(false);
    if (result.ok) toast.success(t('text.saved'));
    else toast.error(result.error.message);
  };

  if (picture.error) return <ErrorBanner error={picture.error} onRetry={picture.reload} />;
  if (!picture.data) return null;
  return (
    <div className={compact ? 'step-embedded stack climate-panel' : 'stack climate-panel'}>
      <section aria-labelledby={`goal-picture-text-${programmeId}`}>
        <h2 id={`goal-picture-text-${programmeId}`}>{t('text.heading')}</h2>
        <TextArea
          label={t('text.label')}
          hint={t('text.hint')}
          value={text}
          rows={compact ? 4 : 7}
          onChange={(e) => setText(e.target.value)}
        />
        <div className="form-actions">
          <button
            type="button"
            className="button button-primary"
            disabled={busy || text === stored}
            onClick={() => void save()}
          >
            {t('text.save')}
          </button>
          {picture.data.updatedAt && (
            <span className="muted">
              {t('text.updated', { date: picture.data.updatedAt.slice(0, 10) })}
            </span>
          )}
        </div>
      </section>
      <section aria-labelledby={`goal-picture-backing-${programmeId}`}>
        <h2 id={`goal-picture-backing-${programmeId}`}>{t('endorsement.heading')}</h2>
        <p className="muted">{t('endorsement.hint')}</p>
        <Endorsements picture={picture.data} />
      </section>
      {compact && (
        <p>
          <a href={href('analysis', 'goalPicture')}>{t('openPage')}</a>
        </p>
      )}
    </div>
  );
}
