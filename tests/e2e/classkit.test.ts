// The class kit in real Chromium against the real server: a teacher creates a class with "finish by" on
// the start page, sees the lesson clock and the rounds that fit in the console, imports a class list,
// saves the class setup, starts it again from the start page (a new class code with the same tables,
// scenario, timers, class list and clock) and duplicates it; the printable lesson plan and student
// handout pages, in English and Spanish, with their print layout. Screenshots in test-results/e2e.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.ts';
import {
  axe,
  buildClient,
  describeViolations,
  launchBrowser,
  newContext,
  shot,
  startApp,
} from './helpers.ts';

let app: RunningServer;
let browser: Browser;
let ctx: BrowserContext;
let page: Page;
let base = '';
let firstCode = '';
const errors: string[] = [];

const TIMERS = { Crisis: '60', Negotiation: '240', Orders: '120', Review: '60' };

beforeAll(async () => {
  const dist = await buildClient();
  app = await startApp(dist, { botDelayMs: 30 });
  base = app.url;
  browser = await launchBrowser();
  ctx = await newContext(browser);
  page = await ctx.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => void d.accept());
}, 120_000);

afterAll(async () => {
  await ctx?.close().catch(() => undefined);
  await browser?.close();
  await app?.close();
});

/** The facilitator token this browser keeps for a class. */
const tokenOf = (code: string) =>
  page.evaluate(
    (c) =>
      (
        JSON.parse(window.localStorage.getItem('ceasefire.classes.v1') ?? '{}') as Record<
          string,
          { token: string }
        >
      )[c]!.token,
    code,
  );

async function snapshotOf(code: string) {
  const res = await fetch(`${base}/api/sessions/${code}`, {
    headers: { authorization: `Bearer ${await tokenOf(code)}` },
  });
  return (await res.json()) as {
    scenario: string;
    variables: unknown;
    clock: { finishAt: number } | null;
    tables: { durations: Record<string, number>; rounds: number }[];
    students: { name: string; joined: boolean }[];
  };
}

describe('the class kit in the browser', () => {
  it('a class with a lesson clock: "finish by" at creation, time left and rounds that fit in the console', async () => {
    await page.goto(base);
    const card = page.getByRole('region', { name: 'Run a class' });
    await card.getByLabel(/Number of tables/).fill('2');
    // 50 minutes from now, in the browser's own time zone, as the teacher types it.
    const finishBy = await page.evaluate(() => {
      const d = new Date(Date.now() + 50 * 60_000);
      return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
    });
    await card.getByTestId('finish-by').fill(finishBy);
    await card.getByRole('button', { name: 'Create the class' }).click();
    await page.waitForURL(/\/facilitator\/[A-Z2-9]{6}\?new=1$/);
    firstCode = (await page.getByTestId('class-code').textContent())!.trim();
    const clock = page.getByTestId('lesson-clock');
    await expect.poll(() => clock.textContent()).toMatch(/^Finish by \d\d:\d\d · (4[89]|50) min left$/);
    expect(await clock.textContent()).toContain(finishBy);
    // Every phase timed: the pace is known from the timers, 8 minutes a round; 50 minutes hold round 1
    // and five more (8 + 5 × 8 = 48).
    const controls = page.getByRole('region', { name: 'Timers, injects and messages' });
    for (const [label, secs] of Object.entries(TIMERS))
      await controls.getByLabel(label, { exact: true }).fill(secs);
    await controls.getByRole('button', { name: 'Set timers for every table' }).click();
    const fit = page.getByTestId('fac-table-1').getByTestId('clock-fit');
    await expect
      .poll(() => fit.textContent())
      .toBe('Lesson clock: rounds up to 6 of 8 fit (8 min a round, from the timers).');
    // A class list of three names.
    const students = page.getByRole('region', { name: /^Students/ });
    await students.getByText('Import a class list').click();
    await students.getByLabel(/Names, one a line/).fill('Ana\nBen\nCarla');
    await students.getByRole('button', { name: 'Add these names' }).click();
    await page.getByTestId('fac-message').filter({ hasText: 'Added 3 names' }).waitFor();
    await shot(page, 'classkit-01-lesson-clock');
    const found = await axe(page);
    expect(found, describeViolations(found)).toEqual([]);
  }, 60_000);

  it('the teacher saves the setup, starts it again as a new class and duplicates it', async () => {
    const save = page.getByRole('region', { name: 'Save this class setup' });
    await save.getByRole('button', { name: 'Save the setup' }).click();
    await save.getByText('Give the setup a name.').waitFor();
    await save.getByLabel('Name of the setup').fill('Tuesday 11B');
    await save.getByRole('button', { name: 'Save the setup' }).click();
    await save.getByTestId('setup-saved').waitFor();
    const key = (await save.getByTestId('setup-key').textContent())!.trim();
    expect(key.length).toBeGreaterThanOrEqual(16);
    expect(await page.evaluate(() => window.localStorage.getItem('ceasefire.setupKey.v1'))).toBe(key);
    await shot(page, 'classkit-02-saved');
    const before = await snapshotOf(firstCode);

    await page.goto(base);
    const mine = page.getByRole('region', { name: 'My saved setups' });
    const item = mine.getByTestId('saved-setup').filter({ hasText: 'Tuesday 11B' });
    await item.waitFor();
    expect(await item.textContent()).toMatch(
      /2 tables · 3 names on the class list · lesson clock (49|50) min/,
    );
    await shot(page, 'classkit-03-my-setups');
    await item.getByRole('button', { name: 'Start “Tuesday 11B” again as a new class' }).click();
    await page.waitForURL(/\/facilitator\/[A-Z2-9]{6}\?new=1$/);
    const again = (await page.getByTestId('class-code').textContent())!.trim();
    expect(again).not.toBe(firstCode);
    // The same tables, timers and clock in the new console.
    await page.getByTestId('fac-table-2').waitFor();
    expect(await page.getByTestId('fac-table-3').count()).toBe(0);
    for (const n of [1, 2])
      expect(await page.getByTestId(`fac-table-${n}`).textContent()).toMatch(/timers: .*240s/);
    await expect.poll(() => page.getByTestId('lesson-clock').textContent()).toMatch(/· (4[89]|50) min left$/);
    await page.getByTestId('fac-table-1').getByTestId('clock-fit').waitFor();
    const students = page.getByRole('region', { name: /^Students/ });
    for (const name of ['Ana', 'Ben', 'Carla']) await students.getByTestId(`student-${name}`).waitFor();
    const after = await snapshotOf(again);
    expect(after.scenario).toBe(before.scenario);
    expect(after.variables).toEqual(before.variables);
    expect(after.tables.map((t) => t.durations)).toEqual(before.tables.map((t) => t.durations));
    expect(after.tables.map((t) => t.durations)[0]).toEqual({
      crisis: 60,
      negotiation: 240,
      orders: 120,
      review: 60,
    });
    expect(after.students.map((s) => s.name).sort()).toEqual(['Ana', 'Ben', 'Carla']);
    expect(Math.abs(after.clock!.finishAt - before.clock!.finishAt)).toBeLessThan(5 * 60_000);
    await shot(page, 'classkit-04-started-again');

    // Duplicated from the start page: two setups listed.
    await page.goto(base);
    await mine.getByRole('button', { name: 'Duplicate “Tuesday 11B”' }).click();
    await mine.getByTestId('saved-setup').filter({ hasText: 'Tuesday 11B (copy)' }).waitFor();
    expect(await mine.getByTestId('saved-setup').count()).toBe(2);
    // A browser without the key sees no setup; pasting the key opens them.
    const other = await newContext(browser);
    try {
      const p2 = await other.newPage();
      await p2.goto(base);
      const theirs = p2.getByRole('region', { name: 'My saved setups' });
      expect(await theirs.getByTestId('saved-setup').count()).toBe(0);
      await theirs.getByText('Open my setups on this device').click();
      await theirs.getByLabel('Setup key').fill(key);
      await theirs.getByRole('button', { name: 'Open my setups' }).click();
      await theirs.getByTestId('saved-setup').first().waitFor();
      expect(await theirs.getByTestId('saved-setup').count()).toBe(2);
    } finally {
      await other.close();
    }
  }, 60_000);

  it('the printable lesson plan and student handout, in English and Spanish, print without the page chrome', async () => {
    await page.goto(`${base}/lesson-plan`);
    await page.getByRole('heading', { level: 1, name: 'Lesson plan: Ceasefire in a class' }).waitFor();
    await page.getByRole('heading', { name: '45 minutes (4 rounds)' }).waitFor();
    await page.getByRole('heading', { name: '90 minutes (8 rounds)' }).waitFor();
    expect(await page.locator('table.print-table tbody tr').count()).toBe(8);
    expect(await page.title()).toBe('Lesson plan — Ceasefire');
    const found = await axe(page);
    expect(found, describeViolations(found)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    await shot(page, 'classkit-05-lesson-plan-print');
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('link', { name: 'Student debrief handout' }).click();
    await page.waitForURL('**/handout');
    await page
      .getByRole('heading', { level: 1, name: 'After the game: what happened at your table?' })
      .waitFor();
    expect(await page.locator('.handout-questions li').count()).toBe(6);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(1000);

    await page.evaluate(() => window.localStorage.setItem('ceasefire.lang', 'es'));
    await page.goto(`${base}/lesson-plan`);
    await page.getByRole('heading', { level: 1, name: 'Plan de clase: Ceasefire en el aula' }).waitFor();
    await page.goto(`${base}/handout`);
    await page
      .getByRole('heading', { level: 1, name: 'Después de la partida: ¿qué pasó en tu mesa?' })
      .waitFor();
    await page.evaluate(() => window.localStorage.setItem('ceasefire.lang', 'en'));
    expect(errors).toEqual([]);
  }, 60_000);
});
