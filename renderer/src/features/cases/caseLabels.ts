// Runs in: renderer. Labels of the decision track's domain values in the UI language.
import {
  caseKinds,
  caseStatuses,
  changeKinds,
  meetingBodies,
  remissInstanceKinds,
  stageBodies,
  stageOutcomes,
} from '../../../../shared/domain/cases';
import { label } from '../../i18n';

const find = <T extends { id: string; sv: string; en: string }>(list: readonly T[], id: string) =>
  list.find((entry) => entry.id === id);

const of =
  <T extends { id: string; sv: string; en: string }>(list: readonly T[]) =>
  (id: string | null | undefined): string => {
    const entry = id ? find(list, id) : undefined;
    return entry ? label(entry) : '';
  };

export const kindLabel = of(caseKinds);
export const statusLabel = of(caseStatuses);
export const stageLabel = of(stageBodies);
export const meetingBodyLabel = of(meetingBodies);
export const outcomeLabel = of(stageOutcomes);
export const instanceKindLabel = of(remissInstanceKinds);
export const changeKindLabel = of(changeKinds);

/** 'Kommunstyrelsens arbetsutskott': the Swedish full name (the same in both languages). */
export const bodyLongName = (id: string): string =>
  find(meetingBodies, id)?.long ?? find(stageBodies, id)?.long ?? id;
