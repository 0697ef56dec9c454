// The lesson clock's times as the teacher types them (client/facilitator/clockTime.ts): "11:40" in the
// browser's time zone to an absolute time, today or (just after midnight) tomorrow; a bad or past time;
// the time left as the class projector counts it down.
import { describe, expect, it } from 'vitest';
import { countdown, finishAtFrom, span, timeInputValue } from '../../client/facilitator/clockTime.ts';

const at = (h: number, m: number) => {
  const d = new Date(2026, 11, 6, h, m, 0, 0);
  return d;
};

describe('finish by HH:MM', () => {
  it('is today at that time in the local zone', () => {
    expect(finishAtFrom('11:40', at(10, 55))).toBe(at(11, 40).getTime());
    expect(finishAtFrom(' 9:05 ', at(8, 0))).toBe(at(9, 5).getTime());
    expect(timeInputValue(at(9, 5).getTime())).toBe('09:05');
  });

  it('is tomorrow when today’s has gone by and tomorrow’s is within 12 hours', () => {
    const next = new Date(2026, 11, 7, 0, 20, 0, 0).getTime();
    expect(finishAtFrom('00:20', at(23, 30))).toBe(next);
    expect(finishAtFrom('11:40', at(11, 45))).toBe('past');
    expect(finishAtFrom('11:40', at(11, 40))).toBe('past');
  });

  it('refuses what is not a time', () => {
    for (const bad of ['', '11', '24:00', '11:60', 'noon', '11:4'])
      expect(finishAtFrom(bad, at(8, 0))).toBe('bad');
  });

  it('reads spans of time left', () => {
    expect(span(40_000)).toBe('40 s');
    expect(span(12 * 60_000 + 59_000)).toBe('12 min');
    expect(span(65 * 60_000)).toBe('1 h 05 min');
  });

  it('counts down to the second for the projector, never 0:00 before the time is up', () => {
    expect(countdown(65 * 60_000 + 9_000)).toBe('1:05:09');
    expect(countdown(48 * 60_000 + 2_100)).toBe('48:03');
    expect(countdown(40_000)).toBe('0:40');
    expect(countdown(1)).toBe('0:01');
    expect(countdown(0)).toBe('0:00');
    expect(countdown(-5_000)).toBe('0:00');
  });
});
