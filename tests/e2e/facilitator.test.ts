// A class session end to end in real Chromium against the real server: a facilitator creates 3 tables on
// the start page; students join with the class code in their own browser contexts and are seated (auto-
// assign spreads them, the seat picker, drag and drop); a table without students waits until made a
// bots-only demonstration; start, pause (a student's move shows the reason) and resume; a short orders
// timer turns missing orders into "hold"; a custom inject reaches one table only; the god view; a seat handed
// to a bot and back; a student is refused the console; the class debrief, its JSON/CSV exports and print
// layout; the role briefs. axe-core on the console, the debrief and the briefs. Screenshots in test-results/.
import fs from 'node:fs';
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
  untilNegotiation,
} from './helpers.ts';

let dist = '';
let app: RunningServer;
let browser: Browser;
let base = '';
const contexts: BrowserContext[] = [];
let fac: Page;
let ada: Page;
let ben: Page;
let cy: Page;
let code = '';
const errors: string[] = [];

function watchErrors(page: Page, who: string): void {
  page.on('pageerror', (e) => errors.push(`${who} pageerror: ${e.message}`));
}

async function open(opts: { phone?: boolean } = {}, who = 'page'): Promise<Page> {
  const ctx = await newContext(browser, opts);
  contexts.push(ctx);
  const page = await ctx.newPage();
  page.setDefaultTimeout(10_000);
  watchErrors(page, who);
  return page;
}

async function joinClass(page: Page, name: string, via: 'form' | 'link'): Promise<void> {
  if (via === 'form') {
    await page.goto(base);
    await page.getByLabel('Join code').fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Find the table' }).click();
  } else {
    await page.goto(`${base}/class/${code}`);
  }
  await page.waitForURL(`**/class/${code}`);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join the class' }).click();
  await page.getByText('Waiting for your teacher to seat you').waitFor();
}

const table = (n: number) => fac.getByTestId(`fac-table-${n}`);

beforeAll(async () => {
  dist = await buildClient();
  app = await startApp(dist, { botDelayMs: 30 });
  base = app.url;
  browser = await launchBrowser();
  fac = await open({}, 'facilitator');
  fac.on('dialog', (d) => void d.accept()); // "Skip the phase?" and other confirmations
  ada = await open({}, 'Ada');
  ben = await open({}, 'Ben');
  cy = await open({ phone: true }, 'Cy');
}, 120_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await app?.close();
});

describe('a class session in the browser', () => {
  it('a facilitator creates a class of 3 tables from the start page', async () => {
    await fac.goto(base);
    const card = fac.getByRole('region', { name: 'Run a class' });
    await card.getByLabel(/Number of tables/).fill('3');
    await card.getByRole('button', { name: 'Create the class' }).click();
    await fac.waitForURL(/\/facilitator\/[A-Z2-9]{6}\?new=1$/);
    code = (await fac.getByTestId('class-code').textContent())!.trim();
    expect(code).toMatch(/^[A-Z2-9]{6}$/);
    for (const n of [1, 2, 3]) await table(n).getByTestId('paused-pill').waitFor();
    // The token is kept by code for this browser (the console reopens without asking).
    const stored = await fac.evaluate(() => window.localStorage.getItem('ceasefire.classes.v1'));
    expect(stored).toContain(code);
    await shot(fac, 'class-01-created');
  });

  it('students join with the class code and are seated by auto-assign and by the seat picker', async () => {
    await joinClass(ada, 'Ada', 'form');
    await joinClass(ben, 'Ben', 'form');
    await shot(ada, 'class-02-student-waiting');
    const waiting = await axe(ada);
    expect(waiting, describeViolations(waiting)).toEqual([]);
    const students = fac.getByRole('region', { name: /^Students/ });
    await students.getByTestId('student-Ada').waitFor();
    await students.getByTestId('student-Ben').waitFor();
    await students.getByRole('button', { name: 'Auto-assign waiting students' }).click();
    await fac.getByTestId('fac-message').filter({ hasText: 'Seated 2 students, evenly' }).waitFor();
    // Spread evenly, the Government first: Ada at table 1, Ben at table 2.
    await table(1).getByTestId('fac-seat-1-0').getByText('Ada').waitFor();
    await table(2).getByTestId('fac-seat-2-0').getByText('Ben').waitFor();
    // Their pages notice the seat by themselves (polling) and open the table.
    await ada.getByTestId('phase').waitFor();
    await ben.getByTestId('phase').waitFor();
    expect(await ada.evaluate(() => window.location.pathname)).toBe(`/class/${code}`);

    await joinClass(cy, 'Cy', 'link');
    await students.getByTestId('student-Cy').waitFor();
    const seat = students.getByLabel('Seat for Cy');
    await seat.selectOption('1:1'); // table 2, second seat (a bot's until the start)
    await students.getByTestId('student-Cy').getByRole('button', { name: 'Seat' }).click();
    await cy.getByTestId('phase').waitFor();
    await table(2).getByTestId('fac-seat-2-1').getByText('Cy').waitFor();
    // Moved by drag and drop onto another seat: Ben's page follows to the new seat.
    await students.getByTestId('student-Ben').dragTo(fac.getByTestId('fac-seat-1-1'));
    await fac.getByTestId('fac-seat-1-1').getByText('Ben').waitFor();
    await ben.getByRole('heading', { name: /You are the Movement/ }).waitFor();
    await table(3).getByTestId('no-students').waitFor();
  });

  it('starts every table; a paused table refuses a student’s move with the reason; resume', async () => {
    await fac.getByRole('button', { name: 'Start all tables' }).click();
    // Table 3 has no student: it is held back until the teacher makes it a bots-only demonstration.
    await fac.getByTestId('fac-message').filter({ hasText: 'Not started (no student): table 3' }).waitFor();
    for (const n of [1, 2]) await table(n).getByText('Running').waitFor();
    await table(3).getByTestId('paused-pill').waitFor();
    await table(3).getByRole('button', { name: 'Make it a bots-only demonstration' }).click();
    await table(3).getByTestId('demo-pill').waitFor();
    await fac.getByRole('button', { name: 'Start table 3' }).click();
    await table(3).getByText('Running').waitFor();
    await untilNegotiation([ada, ben]);

    await fac.getByRole('button', { name: 'Pause table 1' }).click();
    await table(1).getByTestId('paused-pill').waitFor();
    await ada.locator('.banner.warn').getByText('Paused by the facilitator.').waitFor();
    await ada.getByRole('button', { name: 'Done negotiating' }).click();
    await ada.getByTestId('move-refused').filter({ hasText: 'Paused by the facilitator' }).waitFor();
    await shot(ada, 'class-03-student-paused');
    await shot(fac, 'class-04-console-paused');
    // The other tables play on.
    await table(2).getByText('Running').waitFor();

    await fac.getByRole('button', { name: 'Resume table 1' }).click();
    await table(1).getByText('Running').waitFor();
    await ada.locator('.banner.warn').waitFor({ state: 'hidden' });
  });

  it('a short orders timer ends the phase: missing orders become hold', async () => {
    const controls = fac.getByRole('region', { name: 'Timers, injects and messages' });
    await controls.getByTestId('control-target').selectOption('0');
    await controls.getByLabel('Orders').fill('3');
    await controls.getByRole('button', { name: 'Set timers for table 1' }).click();
    await fac.getByTestId('fac-message').filter({ hasText: 'orders 3 s' }).waitFor();
    await table(1).getByText('Secret orders 3s').waitFor();
    // Nobody at table 1 is done negotiating: skip the phase from the console.
    await fac.getByRole('button', { name: 'Skip phase at table 1' }).click();
    await ada.getByTestId('phase').filter({ hasText: 'Secret orders' }).waitFor();
    await ada.getByRole('timer').waitFor();
    await shot(ada, 'class-05-orders-countdown', false);
    // Neither Ada nor Ben sends orders: when the time is up they hold, and the round is resolved.
    const review = ada.getByTestId('review');
    await review.waitFor({ timeout: 15_000 });
    await review.getByText(/Your orders were:\s*Hold/).waitFor();
    await ben
      .getByTestId('review')
      .getByText(/Your orders were:\s*Hold/)
      .waitFor();
    await shot(ada, 'class-06-review-hold');
  });

  it('a custom inject appears at its table only; a broadcast reaches every table', async () => {
    const controls = fac.getByRole('region', { name: 'Timers, injects and messages' });
    await controls.getByTestId('control-target').selectOption('0');
    await controls.getByLabel('Write my own').check();
    await controls.getByLabel('Title').fill('Radio hoax');
    await controls
      .getByLabel('What happens (students read this)')
      .fill('A fake broadcast says the army mobilises.');
    await controls.getByRole('button', { name: 'Inject at table 1' }).click();
    await fac.getByTestId('fac-message').filter({ hasText: 'Injected “Radio hoax” at table 1' }).waitFor();
    await ada
      .getByText(/Radio hoax/)
      .first()
      .waitFor();
    await ben
      .getByText(/Radio hoax/)
      .first()
      .waitFor();
    await shot(ada, 'class-07-student-inject');

    await controls.getByTestId('control-target').selectOption('all');
    await controls.getByLabel('Message').fill('Five minutes left');
    await controls.getByRole('button', { name: 'Send to every table' }).click();
    await ada.getByText('Five minutes left').first().waitFor();
    await cy.getByText('Five minutes left').first().waitFor();
    // By now table 2 has had every chance to receive the inject: it did not.
    expect(await cy.getByText(/Radio hoax/).count()).toBe(0);
    await shot(cy, 'class-08-other-table-broadcast');
  });

  it('the god view shows a table’s hidden state in words', async () => {
    await fac.getByRole('button', { name: 'God view of table 1' }).click();
    const god = fac.locator('#god-view');
    await god.getByText('Secret agenda').first().waitFor();
    await god.getByTestId('god-spoiler-type').waitFor();
    expect(await god.getByText('Orders queued this round').count()).toBe(5);
    await god.scrollIntoViewIfNeeded();
    await shot(fac, 'class-09-console-god-view');
  });

  it('a seat handed to a bot and back: the student’s page picks up the new credentials', async () => {
    const benSeat = table(1).locator('li', { hasText: 'Ben' });
    await benSeat.getByRole('button', { name: /Bot takes over/ }).click();
    await ben.getByText('A bot is playing your seat for a moment').waitFor();
    await table(1).getByRole('button', { name: 'Back to Ben' }).click();
    await ben.getByTestId('phase').waitFor();
    await ben.getByText('Online', { exact: false }).first().waitFor();
    const held = await ben.evaluate(() => window.localStorage.getItem('ceasefire.seats.v1'));
    expect(held).toContain('"playerID":"1"');
    // The new credentials work: Ben's move reaches the server (no refusal shown).
    const ready = ben.getByRole('button', { name: /Ready for the next round/ });
    if (await ready.isVisible()) {
      await ready.click();
      await ben
        .getByText(/Ready\./)
        .first()
        .waitFor();
    }
    expect(await ben.getByTestId('move-refused').count()).toBe(0);
  });

  it('a student cannot open the console: the page asks for a token and the API refuses', async () => {
    await cy.goto(`${base}/facilitator/${code}`);
    await cy.getByRole('heading', { name: 'This console needs the facilitator token' }).waitFor();
    const status = await cy.evaluate(async (c) => (await fetch(`/api/sessions/${c}`)).status, code);
    expect(status).toBe(401);
    await cy.getByLabel('Facilitator token', { exact: true }).fill('not-the-token');
    await cy.getByRole('button', { name: 'Open the console' }).click();
    await cy.getByRole('alert').filter({ hasText: 'Wrong facilitator token' }).waitFor();
    await shot(cy, 'class-10-student-refused');
    const gate = await axe(cy);
    expect(gate, describeViolations(gate)).toEqual([]);
    const live = await cy.evaluate(async (c) => {
      const r = await fetch(`/api/sessions/${c}/export.json`, { headers: { authorization: 'Bearer nope' } });
      return r.status;
    }, code);
    expect(live).toBe(403);
  });

  it('the console passes axe-core', async () => {
    const violations = await axe(fac);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('the class debrief: every table, JSON and CSV exports, a printable layout', async () => {
    await fac.getByRole('link', { name: 'Debrief' }).click();
    await fac.getByRole('heading', { name: /how did the peace hold/ }).waitFor();
    const outcomes = fac.getByRole('region', { name: 'Outcome per table' });
    // The demonstration table is left out of the comparison until the teacher ticks it in.
    await outcomes.locator('tbody tr').nth(1).waitFor();
    expect(await outcomes.locator('tbody tr').count()).toBe(2);
    await fac.getByLabel(/Include the bots-only demonstration tables/).check();
    await outcomes.locator('tbody tr').nth(2).waitFor();
    expect(await outcomes.locator('tbody tr').count()).toBe(3);
    await fac.getByRole('heading', { name: 'Discussion prompts' }).waitFor();
    expect(await fac.locator('.prompt cite').count()).toBeGreaterThan(0);
    await shot(fac, 'class-11-debrief');

    const [json] = await Promise.all([
      fac.waitForEvent('download'),
      fac.getByRole('button', { name: 'Download JSON' }).click(),
    ]);
    const data = JSON.parse(fs.readFileSync((await json.path())!, 'utf8')) as {
      code: string;
      tables: { index: number; history: { text: string }[] }[];
    };
    expect(data.code).toBe(code);
    expect(data.tables).toHaveLength(3);
    for (const t of data.tables) expect(t.history.length).toBeGreaterThan(0);
    expect(data.tables[0]!.history.some((h) => h.text.includes('Radio hoax'))).toBe(true);
    expect(data.tables[1]!.history.some((h) => h.text.includes('Radio hoax'))).toBe(false);

    const [csv] = await Promise.all([
      fac.waitForEvent('download'),
      fac.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const lines = fs
      .readFileSync((await csv.path())!, 'utf8')
      .trim()
      .split('\n');
    expect(lines[0]).toMatch(
      /^table,demonstration,outcome,cause,rounds_played,final_tension,winners,role,player/,
    );
    // One row per seat of each of the 3 tables; the students by name.
    expect(lines).toHaveLength(1 + 3 * 5);
    expect(lines.some((l) => l.includes(',Ada,'))).toBe(true);
    await fac
      .getByRole('region', { name: 'Results per student' })
      .getByTestId('student-result-Ada')
      .waitFor();
    await fac
      .getByRole('region', { name: 'References' })
      .getByText(/Walter, Barbara F\./)
      .first()
      .waitFor();

    const violations = await axe(fac);
    expect(violations, describeViolations(violations)).toEqual([]);
    await fac.emulateMedia({ media: 'print' });
    await shot(fac, 'class-12-debrief-print');
    await fac.emulateMedia({ media: 'screen' });
  });

  it('printable role briefs show public objectives but no secret agenda', async () => {
    await fac.goto(`${base}/briefs`);
    await fac.getByRole('heading', { name: 'You are the Government' }).waitFor();
    expect(await fac.locator('article.brief').count()).toBe(5);
    const text = (await fac.locator('main').textContent()) ?? '';
    expect(text).toContain('Your public objective');
    expect(text).not.toContain('Keep at least 2 hidden weapons caches');
    // Each brief quotes the passage its role rests on, with the seed's short reference.
    const gov = fac.locator('#brief-government');
    expect(await gov.locator('.source-note blockquote').textContent()).toMatch(/^“.{15,}”$/);
    expect(await gov.locator('.source-note figcaption').textContent()).toContain('Freeman 2003 (seed 000)');
    expect(await fac.locator('#brief-regional .source-note figcaption').textContent()).toContain(
      '(seed 003)',
    );
    // On screen, every order, region and spoiler type shows its source; design choices say so.
    const rules = fac.getByRole('region', { name: 'Where the rules come from' });
    expect(await rules.locator('.source-note').count()).toBeGreaterThan(20);
    expect(await rules.getByText('Game-design choice:').count()).toBeGreaterThan(0);
    const violations = await axe(fac);
    expect(violations, describeViolations(violations)).toEqual([]);
    await fac.emulateMedia({ media: 'print' });
    await shot(fac, 'class-13-briefs-print');
    // On paper (print media: page.pdf() keeps the emulated media): a cover page, then one page per role.
    const pdf = (await fac.pdf({ format: 'A4', printBackground: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1 + 5);
    await fac.emulateMedia({ media: 'screen' });
    // The briefs page has the language switch (a teacher prints the class's language from here).
    await fac.getByTestId('lang-switch').selectOption('es');
    await fac.getByRole('heading', { name: 'Eres el Gobierno' }).waitFor();
    await fac.getByTestId('lang-switch').selectOption('en');
    await fac.getByRole('heading', { name: 'You are the Government' }).waitFor();
    expect(errors).toEqual([]);
  });
});
