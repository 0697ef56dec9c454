// The lesson clock in the console: "finish by" with the time left, set or cleared by the teacher; and per
// table the rounds that fit at its pace, or that the clock called its elections early.
import { type FormEvent, useEffect, useId, useState } from 'react';
import { forecast } from '../../game/clock.ts';
import { useT } from '../i18n/i18n.ts';
import { Rich } from '../i18n/Rich.tsx';
import { useNow } from '../lib/useNow.ts';
import { Field } from '../ui/Field.tsx';
import type { Act } from './ConsolePage.tsx';
import { clockTime, finishAtFrom, span, timeInputValue } from './clockTime.ts';
import { type SessionSnapshot, setLessonClock, type TableSnap } from './sessionApi.ts';

export function LessonClock({
  code,
  token,
  clock,
  act,
}: {
  code: string;
  token: string;
  clock: SessionSnapshot['clock'];
  act: Act;
}) {
  const t = useT();
  const id = useId();
  const now = useNow(1000);
  const finishAt = clock?.finishAt ?? null;
  const [value, setValue] = useState(() => (finishAt ? timeInputValue(finishAt) : ''));
  const [error, setError] = useState<string | null>(null);
  // Another console (or a restart of this one) changed the clock: show it.
  useEffect(() => setValue(finishAt ? timeInputValue(finishAt) : ''), [finishAt]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const at = finishAtFrom(value);
    if (at === 'bad') return setError(t('clock.bad'));
    if (at === 'past') return setError(t('clock.past', { time: value }));
    setError(null);
    void act(t('clock.setDone', { time: clockTime(at) }), () => setLessonClock(code, token, at));
  };

  return (
    <section className="fac-clock" aria-labelledby={`${id}-t`}>
      <h3 id={`${id}-t`}>{t('clock.title')}</h3>
      <p className="fac-clock-status" data-testid="lesson-clock">
        {finishAt === null ? (
          t('clock.none')
        ) : finishAt > now ? (
          <Rich k="clock.status" params={{ time: clockTime(finishAt), left: span(finishAt - now) }} />
        ) : (
          <Rich k="clock.up" params={{ time: clockTime(finishAt) }} />
        )}
      </p>
      <form className="fac-inline" onSubmit={submit}>
        <Field label={t('clock.field')}>
          <input
            type="time"
            value={value}
            onChange={(e) => setValue(e.target.value)}
            aria-describedby={error ? `${id}-err` : `${id}-hint`}
            data-testid="lesson-clock-input"
          />
        </Field>
        <button type="submit">{t('clock.set')}</button>
        {finishAt !== null && (
          <button
            type="button"
            onClick={() => void act(t('clock.cleared'), () => setLessonClock(code, token, null))}
          >
            {t('clock.clear')}
          </button>
        )}
      </form>
      {error && (
        <p className="error" role="alert" id={`${id}-err`}>
          {error}
        </p>
      )}
      <p className="hint" id={`${id}-hint`}>
        {t('clock.hint')}
      </p>
    </section>
  );
}

/**
 * One table's line of the lesson clock: the rounds that fit (worked out again as time passes, with the
 * rules' own forecast), or who called its elections early.
 */
export function TableClock({ table, finishAt }: { table: TableSnap; finishAt: number | null }) {
  const t = useT();
  const now = useNow(5000);
  if (table.calledEarly === 'clock' || table.calledEarly === 'deadline')
    return (
      <p className="pill clock-pill" data-testid="clock-called">
        {t(table.calledEarly === 'clock' ? 'clock.calledEarly' : 'clock.deadline')}
      </p>
    );
  if (finishAt === null || table.grade !== null || !table.clock) return null;
  const { paceMs, paceFrom, roundStartedAt } = table.clock;
  const { lastRound } = forecast({
    now,
    finishAt,
    round: Math.max(1, table.round),
    rounds: table.rounds,
    roundStartedAt,
    pace: paceMs && paceFrom ? { roundMs: paceMs, reviewMs: 0, from: paceFrom } : null,
  });
  if (paceMs === null || lastRound === null)
    return (
      <p className="small-text fac-clock-fit" data-testid="clock-fit">
        {t('clock.paceUnknown')}
      </p>
    );
  const pace = span(paceMs);
  const from = t(paceFrom === 'measured' ? 'clock.paceMeasured' : 'clock.paceTimers');
  return (
    <p className="small-text fac-clock-fit" data-testid="clock-fit">
      {lastRound <= Math.max(1, table.round)
        ? t('clock.fitLast', { pace, from })
        : t('clock.fit', { last: lastRound, rounds: table.rounds, pace, from })}
    </p>
  );
}
