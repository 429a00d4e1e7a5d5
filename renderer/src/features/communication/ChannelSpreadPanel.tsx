// Runs in: renderer. I27: the year's communication per channel and per audience as bars with
// numbers, and a nudge when only a few channels were used.
import { useTranslation } from 'react-i18next';
import { audiences, channels } from '../../../../shared/domain/communication';
import { label } from '../../i18n';
import { useQuery } from '../../ui/useQuery';

interface Bar {
  id: string;
  text: string;
  count: number;
}

function Bars({ title, bars }: { title: string; bars: Bar[] }) {
  const max = Math.max(1, ...bars.map((b) => b.count));
  return (
    <div>
      <h3 className="form-heading">{title}</h3>
      <ul className="plain-list category-bars">
        {bars.map((b) => (
          <li key={b.id} className="hbar">
            <span className="hbar-label">{b.text}</span>
            <span className="hbar-track" aria-hidden="true">
              <span className="hbar-fill" style={{ width: `${(b.count / max) * 100}%` }} />
            </span>
            <span className="hbar-count">{b.count}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

// Below this many channels in a year the panel suggests trying more.
const FEW_CHANNELS = 4;

export function ChannelSpreadPanel({ programmeId, year }: { programmeId: string; year: number }) {
  const { t } = useTranslation('communication');
  const spread = useQuery('communication:channelSpread', { programmeId, year });
  if (!spread.data) return null;
  const s = spread.data;
  const used = channels.filter((c) => s.byChannel[c.id] > 0).length;
  return (
    <section className="card comm-spread" aria-labelledby="comm-spread-title">
      <h2 id="comm-spread-title">{t('log.spreadTitle', { year })}</h2>
      <p>
        {t('log.spreadSummary', { count: s.total, upward: s.upward })}{' '}
        {s.briefings > 0 && t('log.spreadBriefings', { count: s.briefings })}
      </p>
      {s.total > 0 && used < FEW_CHANNELS && (
        <p className="banner banner-info">{t('log.spreadNarrow', { count: used })}</p>
      )}
      {s.total > 0 && (
        <div className="grid-2">
          <Bars
            title={t('log.spreadChannels')}
            bars={channels
              .filter((c) => s.byChannel[c.id] > 0)
              .map((c) => ({ id: c.id, text: label(c), count: s.byChannel[c.id] }))}
          />
          <Bars
            title={t('log.spreadAudiences')}
            bars={audiences.map((a) => ({ id: a.id, text: label(a), count: s.byAudience[a.id] }))}
          />
        </div>
      )}
    </section>
  );
}
