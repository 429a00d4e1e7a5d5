// Runs in: renderer. One occasion where people stood behind the goal picture: the workshop,
// meeting or group, its date, the people (from the register or typed) and a note.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionPerson } from '../../../../shared/domain/actions';
import type { GoalPictureEndorsement } from '../../../../shared/domain/goalPicture';
import { TextArea, TextField } from '../../ui/fields';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';
import { PeopleField } from '../actions/PersonPicker';
import { todayIso } from '../staircase/dates';

export function EndorsementForm({
  programmeId,
  editing,
  onDone,
}: {
  programmeId: string;
  editing?: GoalPictureEndorsement;
  onDone: () => void;
}) {
  const { t } = useTranslation('goalPicture');
  const toast = useToast();
  const [occasion, setOccasion] = useState(editing?.occasion ?? '');
  const [date, setDate] = useState(editing?.date ?? todayIso());
  const [note, setNote] = useState(editing?.note ?? '');
  const [people, setPeople] = useState<ActionPerson[]>(editing?.endorsers ?? []);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const result = await mutate('goalPicture:saveEndorsement', {
      programmeId,
      ...(editing ? { id: editing.id } : {}),
      occasion,
      date,
      note,
      endorsers: people,
    });
    setBusy(false);
    if (!result.ok) {
      setErrors(result.error.fields ?? {});
      toast.error(result.error.message);
      return;
    }
    toast.success(t('endorsement.saved', { occasion }));
    onDone();
  };

  return (
    <form className="stack" onSubmit={(e) => void save(e)} noValidate>
      <div className="climate-form-row">
        <TextField
          label={t('endorsement.occasion')}
          hint={t('endorsement.occasionHint')}
          value={occasion}
          onChange={(e) => setOccasion(e.target.value)}
          error={errors.occasion}
          required
        />
        <TextField
          label={t('endorsement.date')}
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
          error={errors.date}
          required
        />
      </div>
      <PeopleField<ActionPerson>
        label={t('endorsement.people')}
        hint={t('endorsement.peopleHint')}
        value={people}
        onChange={setPeople}
        make={(p) => p}
        error={Object.entries(errors).find(([k]) => k.startsWith('endorsers'))?.[1]}
      />
      <TextArea
        label={t('endorsement.note')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={errors.note}
        rows={2}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('endorsement.save')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('actions.cancel', { ns: 'common' })}
        </button>
      </div>
    </form>
  );
}
