// Runs in: renderer. One action on the workshop screen, large, with an inline edit of what, who
// and when. Saving records the people in the room as contributors. Escape cancels the edit.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ActionContributor,
  ActionPerson,
  ActionRow,
} from '../../../../../shared/domain/actions';
import type { AppError } from '../../../../../shared/errors';
import { TextField } from '../../../ui/fields';
import { useToast } from '../../../ui/Toasts';
import { mutate } from '../../../ui/useQuery';
import { whenText } from '../labels';
import { ResponsibleField } from '../PersonPicker';
import { StatusLabel } from '../StatusLabel';

export function WorkshopItem({ action, room }: { action: ActionRow; room: ActionContributor[] }) {
  const { t } = useTranslation('actions');
  const [editing, setEditing] = useState(false);
  return (
    <li className="workshop-item" data-action-id={action.id}>
      {editing ? (
        <WorkshopEdit action={action} room={room} onDone={() => setEditing(false)} />
      ) : (
        <>
          <div className="workshop-item-main">
            <span className="workshop-item-what">{action.what}</span>
            <span className="workshop-item-meta">
              {action.responsibleName || t('detail.none')} · {whenText(t, action)} ·{' '}
              <StatusLabel status={action.status} />
            </span>
          </div>
          <button
            type="button"
            className="button"
            aria-label={t('workshopView.editLabel', { what: action.what })}
            onClick={() => setEditing(true)}
          >
            {t('workshopView.edit')}
          </button>
        </>
      )}
    </li>
  );
}

function WorkshopEdit({
  action,
  room,
  onDone,
}: {
  action: ActionRow;
  room: ActionContributor[];
  onDone: () => void;
}) {
  const { t } = useTranslation('actions');
  const toast = useToast();
  const [what, setWhat] = useState(action.what);
  const [who, setWho] = useState<ActionPerson>({
    stakeholderId: action.responsibleStakeholderId,
    name: action.responsibleName,
  });
  const [due, setDue] = useState(action.dueDate ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const whatRef = useRef<HTMLInputElement>(null);
  useEffect(() => whatRef.current?.focus(), []);

  const save = async () => {
    setBusy(true);
    const result = await mutate('actions:patch', {
      id: action.id,
      what,
      responsibleStakeholderId: who.stakeholderId,
      responsibleName: who.name,
      dueDate: due || null,
      addContributors: room,
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    toast.success(t('workshopView.saved'));
    onDone();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onDone();
    }
  };

  const fields = error?.fields ?? {};
  return (
    <form
      className="workshop-edit"
      noValidate
      aria-label={t('workshopView.editLabel', { what: action.what })}
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <TextField
        ref={whatRef}
        label={t('workshopView.what')}
        required
        maxLength={500}
        value={what}
        onChange={(e) => setWhat(e.target.value)}
        error={fields.what}
      />
      <ResponsibleField label={t('workshopView.who')} value={who} onChange={setWho} hint="" />
      <TextField
        label={t('workshopView.when')}
        type="date"
        value={due}
        onChange={(e) => setDue(e.target.value)}
        error={fields.dueDate}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('workshopView.save')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('workshopView.cancel')}
        </button>
      </div>
      {error && !error.fields && <p className="field-error">{error.message}</p>}
    </form>
  );
}
