// Runs in: renderer. The workshop view (I14): the action plan full-screen for a room, one focus
// area at a time in large type, quick add and inline edit, the people in the room recorded as
// contributors. Escape or "Avsluta workshop" returns to the normal view.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Programme } from '../../../../../shared/domain/process';
import { navigate } from '../../../app/router';
import { ErrorBanner } from '../../../ui/Page';
import { useQuery } from '../../../ui/useQuery';
import { ContributorsField } from '../PersonPicker';
import { QuickAdd } from './QuickAdd';
import { useWorkshopRoom } from './roomStore';
import { WorkshopItem } from './WorkshopItem';

const localToday = () => {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

export function WorkshopPage({ programme }: { programme: Programme }) {
  const { t } = useTranslation('actions');
  const options = useQuery('actions:options', { programmeId: programme.id });
  const [index, setIndex] = useState(0);
  const [room, setRoom] = useWorkshopRoom();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const whatRef = useRef<HTMLInputElement>(null);

  // The chosen focus areas in priority order, then the actions without one.
  const pages = [...(options.data?.focusAreas ?? []).filter((a) => !a.candidate), null];
  const current = Math.min(index, pages.length - 1);
  const area = pages[current] ?? null;
  const actions = useQuery(
    'actions:list',
    { programmeId: programme.id, focusAreaId: area ? area.id : null, limit: 200 },
    !!options.data,
  );

  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, [current]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) navigate('actions');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const go = (next: number) => setIndex(Math.max(0, Math.min(pages.length - 1, next)));
  const name = area ? area.name : t('noFocusArea');

  return (
    <section className="workshop" aria-labelledby="page-title">
      <header className="workshop-bar">
        <div>
          <p className="workshop-kicker">
            {t('workshopView.title')} · {programme.name} ·{' '}
            {t('workshopView.area', { index: current + 1, count: pages.length })}
          </p>
          <h1 id="page-title" ref={headingRef} tabIndex={-1}>
            {name}
          </h1>
        </div>
        <nav className="workshop-nav" aria-label={t('workshopView.title')}>
          <button
            type="button"
            className="button"
            disabled={current === 0}
            onClick={() => go(current - 1)}
          >
            <span aria-hidden="true">◀ </span>
            {t('workshopView.previous')}
          </button>
          <button
            type="button"
            className="button"
            disabled={current >= pages.length - 1}
            onClick={() => go(current + 1)}
          >
            {t('workshopView.next')}
            <span aria-hidden="true"> ▶</span>
          </button>
          <button
            type="button"
            className="button button-primary"
            title={t('workshopView.exitHint')}
            onClick={() => navigate('actions')}
          >
            {t('workshopView.exit')}
          </button>
        </nav>
      </header>
      {options.error && <ErrorBanner error={options.error} onRetry={options.reload} />}
      <div className="workshop-body">
        <div className="workshop-main">
          <QuickAdd
            key={area?.id ?? 'none'}
            programmeId={programme.id}
            focusAreaId={area ? area.id : null}
            room={room}
            today={localToday()}
            whatRef={whatRef}
          />
          {actions.error && <ErrorBanner error={actions.error} onRetry={actions.reload} />}
          {actions.data && actions.data.rows.length === 0 && (
            <p className="empty">{t('workshopView.empty')}</p>
          )}
          <ul className="workshop-list" aria-label={name}>
            {(actions.data?.rows ?? []).map((a) => (
              <WorkshopItem key={a.id} action={a} room={room} />
            ))}
          </ul>
        </div>
        <aside className="workshop-room" aria-labelledby="workshop-room-title">
          <h2 id="workshop-room-title">{t('workshopView.room')}</h2>
          <p className="muted">{t('workshopView.roomHint')}</p>
          {room.length === 0 && <p className="muted">{t('workshopView.roomEmpty')}</p>}
          <ContributorsField
            value={room}
            onChange={setRoom}
            label={t('workshopView.roomAdd')}
            hint=""
          />
        </aside>
      </div>
    </section>
  );
}
