// Runs in: renderer. What a step works on: the app's screens one click away, and the programme's
// own panels (owner and commission, purpose, anchoring log) right inside the step.
import { useTranslation } from 'react-i18next';
import type { Programme } from '../../../../shared/domain/process';
import { editors, type EditorId, type ProcessStep } from '../../../../shared/process';
import { href } from '../../app/router';
import { label } from '../../i18n';
import { AnchoringPanel } from './AnchoringPanel';
import { GoalPicturePanel } from '../goalPicture/GoalPicturePanel';
import { editorRoutes, embeddedEditors } from './editorRoutes';
import { MandatePanel } from './MandatePanel';
import { PurposePanel } from './PurposePanel';

const editorLabel = (id: EditorId) => {
  const entry = editors.find((e) => e.id === id);
  return entry ? label(entry) : id;
};

function Embedded({ id, programme }: { id: EditorId; programme: Programme }) {
  switch (id) {
    case 'mandate':
      return <MandatePanel programme={programme} />;
    case 'purpose':
      return <PurposePanel programme={programme} />;
    case 'anchoringLog':
      return <AnchoringPanel programmeId={programme.id} />;
    default:
      return null;
  }
}

export function StepEditors({ step, programme }: { step: ProcessStep; programme: Programme }) {
  const { t } = useTranslation('process');
  const linked = step.editors.filter((id) => editorRoutes[id] && !embeddedEditors.has(id));
  const embedded = step.editors.filter((id) => embeddedEditors.has(id));
  if (linked.length === 0 && embedded.length === 0) return null;

  return (
    <section className="step-editors" aria-label={t('step.work')}>
      {linked.length > 0 && (
        <ul className="step-links">
          {linked.map((id) => (
            <li key={id}>
              <a className="button" href={href(...editorRoutes[id]!)}>
                {editorLabel(id)} →
              </a>
            </li>
          ))}
        </ul>
      )}
      {embedded.map((id) => (
        <div key={id} className="step-embedded">
          <div className="step-embedded-head">
            <h4>{editorLabel(id)}</h4>
            <a href={href(...editorRoutes[id]!)}>
              {t('step.openPanel', { name: editorLabel(id).toLocaleLowerCase('sv') })}
            </a>
          </div>
          <Embedded id={id} programme={programme} />
        </div>
      ))}
      {step.id === 'shared-goal-picture' && <GoalPicturePanel programmeId={programme.id} compact />}
    </section>
  );
}
