// Runs in: renderer. What KF decided when it adopted the programme (date, §, dnr), or that it has
// not been adopted yet. Shown on the programme's screens.
import { useTranslation } from 'react-i18next';
import type { Programme } from '../../../../shared/domain/process';

export function AdoptionNote({
  programme,
  showPending = true,
}: {
  programme: Programme;
  /** False: say nothing until the programme is adopted (the process screen). */
  showPending?: boolean;
}) {
  const { t } = useTranslation('programmeText');
  if (!programme.adoptedDate) {
    if (!showPending) return null;
    return <p className="muted adoption-note">{t('adoption.notAdopted')}</p>;
  }
  const paragraph = programme.adoptedParagraph
    ? t('adoption.paragraph', { paragraph: programme.adoptedParagraph.replace(/^§\s*/, '') })
    : '';
  return (
    <p className="banner banner-info adoption-note">
      <span aria-hidden="true">✔ </span>
      {programme.adoptedDnr
        ? t('adoption.adopted', {
            date: programme.adoptedDate,
            paragraph,
            dnr: programme.adoptedDnr,
          })
        : t('adoption.adoptedNoDnr', { date: programme.adoptedDate, paragraph })}
    </p>
  );
}
