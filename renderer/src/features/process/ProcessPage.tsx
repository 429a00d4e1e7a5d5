// Runs in: renderer. Processen: the programme switcher, progress per phase, and the phases as a
// vertical stepper whose steps open in any order. It guides; it never locks a step.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { programmeStatuses, type Programme } from '../../../../shared/domain/process';
import { phases } from '../../../../shared/process';
import { label } from '../../i18n';
import { ErrorBanner, Page } from '../../ui/Page';
import { useQuery } from '../../ui/useQuery';
import { AdoptionNote } from '../programmeText/AdoptionNote';
import { PhaseOverview } from './PhaseOverview';
import { PhaseSection } from './PhaseSection';
import { ProgrammeSwitcher } from './ProgrammeSwitcher';

/** The period, unless the name already says it ('Näringslivsprogram 2027–2030'). */
const periodUnlessNamed = (p: { name: string }, period: string): string =>
  p.name.includes(period) ? '' : period;

/** Puts a step (or phase) on screen and the keyboard focus on it, after it has rendered. */
function reveal(elementId: string, focusSelector: string) {
  window.setTimeout(() => {
    const el = document.getElementById(elementId);
    el?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    el?.querySelector<HTMLElement>(focusSelector)?.focus({ preventScroll: true });
  }, 0);
}

export function ProcessPage({ programme, openStep }: { programme: Programme; openStep?: string }) {
  const { t } = useTranslation('process');
  const state = useQuery('process:get', { programmeId: programme.id });
  const [openSteps, setOpenSteps] = useState<ReadonlySet<string>>(
    () => new Set(openStep ? [openStep] : []),
  );

  // Once, when the steps are first there: a link to '#/process/step/<id>' opens that step.
  const ready = !!state.data;
  useEffect(() => {
    if (openStep && ready) reveal(`step-${openStep}`, '.step-toggle');
  }, [openStep, ready]);

  const toggle = useCallback(
    (id: string) =>
      setOpenSteps((old) => {
        const next = new Set(old);
        if (next.has(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );
  const openAndShow = useCallback((id: string) => {
    setOpenSteps((old) => new Set(old).add(id));
    reveal(`step-${id}`, '.step-toggle');
  }, []);

  const states = useMemo(
    () => new Map((state.data?.steps ?? []).map((s) => [s.stepId, s])),
    [state.data],
  );
  const status = programmeStatuses.find((s) => s.id === programme.status);
  const subtitle = [
    programme.name,
    periodUnlessNamed(
      programme,
      t('programme.period', {
        start: programme.periodStart,
        end: programme.periodEnd,
      }),
    ),
    status ? label(status) : '',
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <Page
      title={t('title')}
      subtitle={subtitle}
      actions={<ProgrammeSwitcher programme={programme} />}
    >
      <p className="muted">{t('subtitle')}</p>
      <AdoptionNote programme={programme} showPending={false} />
      {state.error && <ErrorBanner error={state.error} onRetry={state.reload} />}
      {!state.data && !state.error && <p className="muted">{t('loading')}</p>}
      {state.data && state.data.programmeId === programme.id && (
        <>
          <PhaseOverview
            phases={phases}
            progress={state.data.progress}
            onGoTo={(phaseId) => reveal(`phase-${phaseId}`, 'h2')}
          />
          <ol className="process-stepper">
            {phases.map((phase, i) => {
              const progress = state.data!.progress.find((p) => p.phase === phase.id);
              if (!progress) return null;
              return (
                <PhaseSection
                  key={phase.id}
                  phase={phase}
                  index={i}
                  progress={progress}
                  states={states}
                  openSteps={openSteps}
                  onToggle={toggle}
                  onOpenStep={openAndShow}
                  programme={programme}
                />
              );
            })}
          </ol>
        </>
      )}
    </Page>
  );
}
