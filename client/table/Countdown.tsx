// A visible countdown while the facilitator's phase timer runs.
import { useEffect, useState } from 'react';
import { useT } from '../i18n/i18n.ts';
import type { TimerInfo } from './matchConnection.ts';

export function Countdown({ timer }: { timer: TimerInfo }) {
  const tr = useT();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (timer.paused || timer.endsAt === null) return;
    const t = window.setInterval(() => setNow(Date.now()), 500);
    return () => window.clearInterval(t);
  }, [timer]);
  if (timer.endsAt === null) return null;
  const left = Math.max(0, Math.round((timer.endsAt - now) / 1000));
  const mm = Math.floor(left / 60);
  const ss = String(left % 60).padStart(2, '0');
  const urgent = left <= 30;
  return (
    <span
      className={`pill timer${urgent ? ' urgent' : ''}`}
      role="timer"
      aria-label={tr('timer.label', {
        state: timer.paused ? tr('timer.pausedLabel') : tr('timer.leftLabel'),
        mm,
        ss,
      })}
    >
      <svg aria-hidden="true" width="12" height="12" viewBox="0 0 12 12" className="timer-icon">
        <circle cx="6" cy="7" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path d="M6 4.5V7l1.6 1M4.5 1h3" fill="none" stroke="currentColor" strokeWidth="1.5" />
      </svg>{' '}
      {timer.paused ? tr('timer.paused') : tr('timer.left')}
      {mm}:{ss}
    </span>
  );
}
