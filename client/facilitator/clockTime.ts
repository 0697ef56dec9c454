// The lesson clock's times as a teacher reads and types them: "11:40" in their own time zone to an
// absolute time for the server, and back; spans of time left in the current language; the countdown the
// class projector shows.
import { getLang, t } from '../i18n/i18n.ts';

/**
 * The next `hh:mm` in this browser's time zone, as ms since the epoch: today's, or tomorrow's when
 * today's has gone by and tomorrow's is at most 12 hours ahead (23:30 → "00:20" is in 50 minutes);
 * 'bad' when it is not a time, 'past' when it has gone by today.
 */
export function finishAtFrom(hhmm: string, now: Date = new Date()): number | 'bad' | 'past' {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  if (!m) return 'bad';
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return 'bad';
  const at = new Date(now);
  at.setHours(h, min, 0, 0);
  if (at.getTime() > now.getTime()) return at.getTime();
  at.setDate(at.getDate() + 1);
  return at.getTime() - now.getTime() <= 12 * 3600_000 ? at.getTime() : 'past';
}

/** "11:40" (24-hour, as the issue and most schools write it) of an absolute time, in this browser's time zone. */
export function clockTime(ms: number): string {
  return new Intl.DateTimeFormat(getLang(), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    ms,
  );
}

/** The value of an <input type="time"> for an absolute time. */
export function timeInputValue(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** A span of time: "1 h 05 min", "12 min", "40 s". */
export function span(ms: number): string {
  const secs = Math.max(0, Math.round(ms / 1000));
  if (secs < 60) return t('clock.s', { s: secs });
  const mins = Math.floor(secs / 60);
  if (mins < 60) return t('clock.m', { m: mins });
  return t('clock.hm', { h: Math.floor(mins / 60), m: String(mins % 60).padStart(2, '0') });
}

/**
 * The time left as a wall clock counts it down, to the second: "1:05:09", "48:03", "0:40". Whole seconds
 * rounded up, so it reads "0:00" only when the time is up.
 */
export function countdown(ms: number): string {
  const secs = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(secs / 3600);
  const m = Math.floor((secs % 3600) / 60);
  const s = String(secs % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
