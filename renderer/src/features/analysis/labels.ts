// Runs in: renderer. Labels of the analysis domain lists in the UI language.
import { indicatorSources, type IndicatorSource } from '../../../../shared/domain/statistics';
import {
  steeringDocumentKinds,
  type SteeringDocumentKind,
} from '../../../../shared/domain/steeringDocuments';
import { label } from '../../i18n';

export const sourceLabel = (id: IndicatorSource): string =>
  label(indicatorSources.find((s) => s.id === id) ?? indicatorSources[3]);

export const steeringKindLabel = (id: SteeringDocumentKind): string =>
  label(steeringDocumentKinds.find((k) => k.id === id) ?? steeringDocumentKinds[5]);

export const sourceOptions = () => indicatorSources.map((s) => ({ value: s.id, label: label(s) }));

export const steeringKindOptions = () =>
  steeringDocumentKinds.map((k) => ({ value: k.id, label: label(k) }));
