// The lesson clock on the class projector: the time left to the second, in type the back row can read, and
// the finish time; "Time is up" once it has passed; nothing when the class has no clock.
import { clockTime, countdown } from '../facilitator/clockTime.ts';
import type { SessionSnapshot } from '../facilitator/sessionApi.ts';
import { useT } from '../i18n/i18n.ts';
import { Rich } from '../i18n/Rich.tsx';
import { useNow } from '../lib/useNow.ts';

/** The last minutes are marked (amber), so the room sees the end coming. */
const SOON_MS = 5 * 60_000;

const big = (s: string) => <strong className="pj-clock-left">{s}</strong>;

function Ticking({ finishAt }: { finishAt: number }) {
  const t = useT();
  const left = finishAt - useNow(1000);
  const up = left <= 0;
  return (
    <section
      className={`pj-clock${up ? ' pj-clock-up' : left <= SOON_MS ? ' pj-clock-soon' : ''}`}
      aria-label={t('clock.title')}
      data-testid="pj-clock"
    >
      <p role="timer" data-testid="pj-clock-left">
        {up ? (
          big(t('pj.clock.up'))
        ) : (
          <Rich k="pj.clock.left" params={{ left: countdown(left) }} tags={{ b: big }} />
        )}
      </p>
      <p className="pj-clock-finish" data-testid="pj-clock-finish">
        {t('pj.clock.finishBy', { time: clockTime(finishAt) })}
      </p>
    </section>
  );
}

/** The class's lesson clock as the live session snapshot has it (null: no clock, nothing shown). */
export function ProjectorClock({ clock }: { clock: SessionSnapshot['clock'] }) {
  return clock ? <Ticking finishAt={clock.finishAt} /> : null;
}
