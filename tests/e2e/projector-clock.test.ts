// The lesson clock on the class projector, in real Chromium against the real server: the teacher sets,
// changes and clears "finish by" in the console and the room's screen follows from its live feed, with the
// time left to the second in large type, "Time is up" when it has passed (in Spanish too), nothing without
// a clock. Screenshots in test-results/e2e.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.ts';
import {
  buildClient,
  classCreated,
  giveClassToken,
  launchBrowser,
  newContext,
  shot,
  startApp,
} from './helpers.ts';

let app: RunningServer;
let browser: Browser;
let base = '';
const contexts: BrowserContext[] = [];
let fac: Page;
let wall: Page;
let code = '';
let token = '';
const errors: string[] = [];

function watch(page: Page, who: string): Page {
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (e) => errors.push(`${who} pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${who} console: ${m.text()}`);
  });
  return page;
}

/** "HH:MM" `minutes` from now in the browser's own time zone, as the teacher types it. */
const inMinutes = (minutes: number) =>
  fac.evaluate((m) => {
    const d = new Date(Date.now() + m * 60_000);
    return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  }, minutes);

/** The projector's countdown, as the room reads it. */
const left = () => wall.getByTestId('pj-clock-left').textContent();

/** Sets the clock in the console as a teacher does: type the time, press the button, read the message. */
async function setClock(hhmm: string) {
  const clock = fac.getByRole('region', { name: 'Lesson clock' });
  await clock.getByTestId('lesson-clock-input').fill(hhmm);
  await clock.getByRole('button', { name: 'Set the clock' }).click();
  await fac
    .getByTestId('fac-message')
    .filter({ hasText: `finish by ${hhmm}` })
    .waitFor();
}

beforeAll(async () => {
  const dist = await buildClient();
  app = await startApp(dist);
  base = app.url;
  browser = await launchBrowser();
  const ctx = await newContext(browser);
  contexts.push(ctx);
  fac = watch(await ctx.newPage(), 'console');
  // The room's screen: a browser of its own at 1920x1080, given the class's token as the console's link does.
  const room = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  contexts.push(room);
  wall = watch(await room.newPage(), 'projector');
}, 120_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await app?.close();
});

describe('the lesson clock on the class projector', () => {
  it('shows nothing until the teacher sets a clock, then the time left, and follows a change', async () => {
    await fac.goto(base);
    const card = fac.getByRole('region', { name: 'Run a class' });
    await card.getByLabel(/Number of tables/).fill('2');
    await card.getByRole('button', { name: 'Create the class' }).click();
    ({ code, token } = await classCreated(fac));

    await wall.goto(`${base}/facilitator/${code}/projector`);
    await giveClassToken(wall, code, token);
    await wall.reload();
    await wall.getByTestId('pj-code').first().waitFor();
    // No clock: nothing extra on the screen.
    expect(await wall.getByTestId('pj-clock').count()).toBe(0);

    // 40 minutes: the projector shows the finish time and 39 or 40 minutes left (the time typed has no
    // seconds), counting down to the second.
    const first = await inMinutes(40);
    await setClock(first);
    await wall
      .getByTestId('pj-clock-finish')
      .filter({ hasText: `Finish by ${first}` })
      .waitFor();
    await expect.poll(left).toMatch(/^(39:\d\d|40:00) left$/);
    const before = await left();
    await expect.poll(left).not.toBe(before);
    // Large enough for the back of the room, and still one screen.
    const look = await wall.evaluate(() => ({
      px: Number.parseFloat(getComputedStyle(document.querySelector('.pj-clock-left')!).fontSize),
      w: document.documentElement.scrollWidth,
      h: document.documentElement.scrollHeight,
    }));
    expect(look.px).toBeGreaterThanOrEqual(72);
    expect(look.w).toBeLessThanOrEqual(1920);
    expect(look.h).toBeLessThanOrEqual(1080);
    await shot(wall, 'pj-clock-01-set', false);

    // The teacher moves it to 90 minutes: the projector follows, with the hours.
    const later = await inMinutes(90);
    await setClock(later);
    await wall
      .getByTestId('pj-clock-finish')
      .filter({ hasText: `Finish by ${later}` })
      .waitFor();
    await expect.poll(left).toMatch(/^1:(29:\d\d|30:00) left$/);
    expect(errors).toEqual([]);
  }, 30_000);

  it('says plainly when the time is up, in English and in Spanish', async () => {
    // A finish time a second away, by the call the console makes (a typed time has whole minutes only).
    const res = await fetch(`${base}/api/sessions/${code}/settings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ finishAt: Date.now() + 1000 }),
    });
    expect(res.status).toBe(200);
    await wall
      .getByTestId('pj-clock-left')
      .filter({ hasText: /^Time is up$/ })
      .waitFor();
    await fac.getByTestId('lesson-clock').filter({ hasText: 'time is up' }).waitFor();
    await shot(wall, 'pj-clock-02-up', false);
    await wall.evaluate(() => localStorage.setItem('ceasefire.lang', 'es'));
    await wall.reload();
    await wall
      .getByTestId('pj-clock-left')
      .filter({ hasText: /^Se acabó el tiempo$/ })
      .waitFor();
    expect(await wall.getByTestId('pj-clock-finish').textContent()).toMatch(/^Terminar a las \d\d:\d\d$/);
    await wall.evaluate(() => localStorage.setItem('ceasefire.lang', 'en'));
    await wall.reload();
    await wall
      .getByTestId('pj-clock-left')
      .filter({ hasText: /^Time is up$/ })
      .waitFor();
    expect(errors).toEqual([]);
  });

  it('goes when the teacher clears the clock', async () => {
    await fac
      .getByRole('region', { name: 'Lesson clock' })
      .getByRole('button', { name: 'Clear the clock' })
      .click();
    await fac.getByTestId('fac-message').filter({ hasText: 'Lesson clock cleared.' }).waitFor();
    await wall.getByTestId('pj-clock').waitFor({ state: 'detached' });
    await wall.getByTestId('pj-code').first().waitFor();
    expect(errors).toEqual([]);
  });
});
