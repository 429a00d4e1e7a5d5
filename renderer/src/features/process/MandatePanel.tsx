// Runs in: renderer. Owner and commission (S08, I01) and the process leader's mandate (S21, I33):
// shown inside the wizard's steps and on its own page. Saves only its own fields.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Programme } from '../../../../shared/domain/process';
import type { AppError } from '../../../../shared/errors';
import { TextArea, TextField } from '../../ui/fields';
import { ErrorBanner } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';
import { PersonField, type PersonValue } from './PersonField';

export function MandatePanel({ programme }: { programme: Programme }) {
  const { t } = useTranslation('process');
  const toast = useToast();
  const [ownerBody, setOwnerBody] = useState(programme.ownerBody);
  const [commissionText, setCommissionText] = useState(programme.commissionText);
  const [commissionDecisionRef, setRef] = useState(programme.commissionDecisionRef);
  const [leader, setLeader] = useState<PersonValue>({
    stakeholderId: programme.processLeaderStakeholderId,
    name: programme.processLeaderName,
  });
  const [mandateText, setMandateText] = useState(programme.mandateText);
  const [mandateSource, setMandateSource] = useState(programme.mandateSource);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (saving) return;
    setSaving(true);
    const result = await mutate('programmes:update', {
      id: programme.id,
      ownerBody,
      commissionText,
      commissionDecisionRef,
      processLeaderStakeholderId: leader.stakeholderId,
      processLeaderName: leader.name,
      mandateText,
      mandateSource,
    });
    setSaving(false);
    if (!result.ok) {
      setError(result.error);
      window.setTimeout(
        () => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
        0,
      );
      return;
    }
    setError(null);
    toast.success(t('mandate.saved'));
  };
  const fieldError = (key: string) => error?.fields?.[key];

  return (
    <form
      ref={formRef}
      className="form"
      onSubmit={(e) => void save(e)}
      noValidate
      aria-label={t('mandate.title')}
    >
      {error && (
        <div className="wide">
          <ErrorBanner error={error} />
        </div>
      )}
      <TextField
        label={t('mandate.ownerBody')}
        hint={t('mandate.ownerBodyHint')}
        value={ownerBody}
        onChange={(e) => setOwnerBody(e.target.value)}
        error={fieldError('ownerBody')}
      />
      <TextField
        label={t('mandate.commissionDecisionRef')}
        hint={t('mandate.commissionDecisionRefHint')}
        value={commissionDecisionRef}
        onChange={(e) => setRef(e.target.value)}
        error={fieldError('commissionDecisionRef')}
      />
      <div className="wide">
        <TextArea
          label={t('mandate.commissionText')}
          hint={t('mandate.commissionTextHint')}
          value={commissionText}
          onChange={(e) => setCommissionText(e.target.value)}
          error={fieldError('commissionText')}
          rows={4}
        />
      </div>
      <PersonField
        label={t('mandate.leader')}
        value={leader}
        onChange={setLeader}
        hint={t('mandate.leaderHint')}
        linkedText={(name) => t('mandate.leaderLinked', { name })}
        noHitsText={t('mandate.leaderNone')}
        error={fieldError('processLeaderStakeholderId') ?? fieldError('processLeaderName')}
      />
      <TextField
        label={t('mandate.mandateSource')}
        hint={t('mandate.mandateSourceHint')}
        value={mandateSource}
        onChange={(e) => setMandateSource(e.target.value)}
        error={fieldError('mandateSource')}
      />
      <div className="wide">
        <TextArea
          label={t('mandate.mandateText')}
          hint={t('mandate.mandateTextHint')}
          value={mandateText}
          onChange={(e) => setMandateText(e.target.value)}
          error={fieldError('mandateText')}
          rows={4}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? t('actions.saving', { ns: 'common' }) : t('mandate.save')}
        </button>
      </div>
    </form>
  );
}
