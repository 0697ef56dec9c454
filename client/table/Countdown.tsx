// A visible countdown while the facilitator's phase timer runs.
import { useEffect, useState } from 'react';
import type { TimerInfo } from './matchConnection.ts';

export function Countdown({ timer }: { timer: TimerInfo }) {
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
      aria-label={`${timer.paused ? 'Timer paused' : 'Time left'}: ${mm} minutes ${ss} seconds`}
    >
      <span aria-hidden="true">⏱</span> {timer.paused ? 'Paused ' : ''}
      {mm}:{ss}
    </span>
  );
}
