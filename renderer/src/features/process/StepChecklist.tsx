// Runs in: renderer. A step's checklist: each box is saved the moment it is ticked, and shows the
// new state at once while the save is under way.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepStateView } from '../../../../shared/domain/process';
import type { ProcessStep } from '../../../../shared/process';
import { label } from '../../i18n';
import { CheckboxField } from '../../ui/fields';
import { useToast } from '../../ui/Toasts';
import { mutate } from '../../ui/useQuery';

interface Props {
  programmeId: string;
  step: ProcessStep;
  state: StepStateView;
}

export function StepChecklist({ programmeId, step, state }: Props) {
  const { t } = useTranslation('process');
  const toast = useToast();
  const [pending, setPending] = useState<Record<string, boolean>>({});
  const isDone = (itemId: string) => pending[itemId] ?? itemId in state.ticked;
  const doneCount = step.checklist.filter((i) => isDone(i.id)).length;

  // The pending value stays until the reloaded state agrees, so the box never flickers back.
  useEffect(() => {
    setPending((p) => {
      const stale = Object.keys(p).filter((id) => p[id] === id in state.ticked);
      if (stale.length === 0) return p;
      const rest = { ...p };
      for (const id of stale) delete rest[id];
      return rest;
    });
  }, [state.ticked]);

  const tick = async (itemId: string, done: boolean) => {
    setPending((p) => ({ ...p, [itemId]: done }));
    const result = await mutate('process:tick', { programmeId, stepId: step.id, itemId, done });
    if (result.ok) return;
    setPending((p) => {
      const rest = { ...p };
      delete rest[itemId];
      return rest;
    });
    toast.error(t('step.tickFailed', { message: result.error.message }));
  };

  return (
    <fieldset className="step-checklist">
      <legend>
        {t('step.checklist')}{' '}
        <span className="muted">
          ({t('step.checklistCount', { done: doneCount, total: step.checklist.length })})
        </span>
      </legend>
      {step.checklist.map((item) => (
        <CheckboxField
          key={item.id}
          label={label(item.text)}
          checked={isDone(item.id)}
          onChange={(e) => void tick(item.id, e.target.checked)}
        />
      ))}
    </fieldset>
  );
}
