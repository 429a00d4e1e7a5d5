// Runs in: renderer. Deleting a communication record to the trash with the toast's Ångra (undo).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../../app/router';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';

type Kind = 'plan' | 'log' | 'briefing';

const removeCall = (kind: Kind, id: string) =>
  kind === 'plan'
    ? mutate('communication:planDelete', { id })
    : kind === 'log'
      ? mutate('communication:logDelete', { id })
      : mutate('communication:briefingDelete', { id });

const restoreCall = (kind: Kind, id: string) =>
  kind === 'plan'
    ? mutate('communication:planRestore', { id })
    : kind === 'log'
      ? mutate('communication:logRestore', { id })
      : mutate('communication:briefingRestore', { id });

/** Deletes, goes to `back`, and offers undo that reopens `reopen`. */
export function useDeleteWithUndo(
  kind: Kind,
  id: string,
  name: string,
  back: string[],
  reopen: string[],
) {
  const { t } = useTranslation('communication');
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const remove = async () => {
    setBusy(true);
    const result = await removeCall(kind, id);
    setBusy(false);
    if (!result.ok) {
      toast.error(result.error.message);
      return;
    }
    toast.success(t('toast.deleted', { ns: 'common', name }), {
      undo: () => {
        void restoreCall(kind, id).then((done) => {
          if (done.ok) {
            toast.success(t('toast.restored', { ns: 'common' }));
            navigate(...reopen);
          } else toast.error(done.error.message);
        });
      },
    });
    navigate(...back);
  };
  return { busy, remove };
}
