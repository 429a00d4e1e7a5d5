// Runs in: renderer. The workshop's quick add: what, who and when, then Enter. The people in the
// room are recorded as contributors and the workshop as the action's origin.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionContributor, ActionPerson } from '../../../../../shared/domain/actions';
import type { AppError } from '../../../../../shared/errors';
import { TextField } from '../../../ui/fields';
import { useToast } from '../../../ui/Toasts';
import { mutate } from '../../../ui/useQuery';
import { ResponsibleField } from '../PersonPicker';

interface Props {
  programmeId: string;
  focusAreaId: string | null;
  room: ActionContributor[];
  today: string;
  whatRef: React.RefObject<HTMLInputElement | null>;
}

export function QuickAdd({ programmeId, focusAreaId, room, today, whatRef }: Props) {
  const { t } = useTranslation('actions');
  const toast = useToast();
  const [what, setWhat] = useState('');
  const [who, setWho] = useState<ActionPerson>({ stakeholderId: null, name: '' });
  const [due, setDue] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const busyRef = useRef(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    const result = await mutate('actions:create', {
      programmeId,
      focusAreaId,
      what,
      responsibleStakeholderId: who.stakeholderId,
      responsibleName: who.name,
      dueDate: due || null,
      contributors: room,
      origins: [{ kind: 'workshop', refId: null, note: `Workshop ${today}` }],
    });
    busyRef.current = false;
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      whatRef.current?.focus();
      return;
    }
    setError(null);
    setWhat('');
    setWho({ stakeholderId: null, name: '' });
    setDue('');
    toast.success(t('workshopView.added', { what: result.value.what }));
    whatRef.current?.focus();
  };

  const fields = error?.fields ?? {};
  return (
    <form
      className="workshop-quick-add"
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-label={t('workshopView.quickAdd')}
    >
      <h2>{t('workshopView.quickAdd')}</h2>
      <div className="workshop-quick-fields">
        <TextField
          ref={whatRef}
          label={t('workshopView.what')}
          required
          maxLength={500}
          value={what}
          onChange={(e) => setWhat(e.target.value)}
          error={fields.what}
        />
        <ResponsibleField
          label={t('workshopView.who')}
          value={who}
          onChange={setWho}
          error={fields.responsibleStakeholderId}
          hint=""
        />
        <TextField
          label={t('workshopView.when')}
          type="date"
          value={due}
          onChange={(e) => setDue(e.target.value)}
          error={fields.dueDate}
        />
        <button type="submit" className="button button-primary" disabled={busy}>
          <span aria-hidden="true">+ </span>
          {t('workshopView.add')}
        </button>
      </div>
      {error && !error.fields && <p className="field-error">{error.message}</p>}
    </form>
  );
}
