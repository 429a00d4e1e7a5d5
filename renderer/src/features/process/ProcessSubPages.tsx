// Runs in: renderer. The programme's own panels on pages of their own: details, owner and
// commission, purpose, and the anchoring log. The same panels sit inside the wizard's steps.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Programme } from '../../../../shared/domain/process';
import { href, navigate } from '../../app/router';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Page } from '../../ui/Page';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';
import { AnchoringPanel } from './AnchoringPanel';
import { MandatePanel } from './MandatePanel';
import { ProgrammeForm } from './ProgrammeForm';
import { PurposePanel } from './PurposePanel';

function Back() {
  const { t } = useTranslation('process');
  return (
    <p>
      <a href={href('process')}>{t('backToProcess')}</a>
    </p>
  );
}

export function MandatePage({ programme }: { programme: Programme }) {
  const { t } = useTranslation('process');
  return (
    <Page title={t('mandate.title')} subtitle={programme.name}>
      <Back />
      <p>{t('mandate.intro')}</p>
      <MandatePanel programme={programme} />
    </Page>
  );
}

export function PurposePage({ programme }: { programme: Programme }) {
  const { t } = useTranslation('process');
  return (
    <Page title={t('purpose.title')} subtitle={programme.name}>
      <Back />
      <p>{t('purpose.intro')}</p>
      <PurposePanel programme={programme} />
    </Page>
  );
}

export function AnchoringPage({ programme }: { programme: Programme }) {
  const { t } = useTranslation('process');
  return (
    <Page title={t('anchoring.title')} subtitle={programme.name}>
      <Back />
      <p>{t('anchoring.intro')}</p>
      <AnchoringPanel programmeId={programme.id} />
    </Page>
  );
}

export function ProgrammeDetailsPage({ programme }: { programme: Programme }) {
  const { t } = useTranslation('process');
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const remove = async () => {
    setBusy(true);
    const result = await mutate('programmes:delete', { id: programme.id });
    setBusy(false);
    setConfirming(false);
    if (!result.ok) {
      toast.error(result.error.message);
      return;
    }
    const name = t('programme.deletedName', { name: programme.name });
    toast.success(t('toast.deleted', { ns: 'common', name }), {
      undo: () => {
        void mutate('programmes:restore', { id: programme.id })
          .then((restored) =>
            restored.ok && programme.isCurrent
              ? mutate('programmes:setCurrent', { id: programme.id })
              : restored,
          )
          .then((done) => {
            if (done.ok) toast.success(t('toast.restored', { ns: 'common' }));
            else toast.error(done.error.message);
          });
      },
    });
    navigate('process');
  };

  return (
    <Page
      title={t('programme.editTitle')}
      subtitle={programme.name}
      actions={
        <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
          {t('programme.delete')}
        </button>
      }
    >
      <Back />
      <ProgrammeForm existing={programme} />
      {confirming && (
        <ConfirmDialog
          title={t('programme.delete')}
          confirmLabel={t('actions.delete', { ns: 'common' })}
          danger
          busy={busy}
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        >
          {t('programme.deleteConfirm', { name: programme.name })}
        </ConfirmDialog>
      )}
    </Page>
  );
}
