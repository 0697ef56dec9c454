// A class of 3 tables and 8 students in real Chromium against the real server, the way a teacher runs it:
// a roster pasted into the console plus students who sign in by the class code, auto-assign 3/3/2 with
// the factions first, every table started (none of them bots-only). Screenshots in test-results/e2e.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getScenario } from '../../game/scenario.ts';
import type { RunningServer } from '../../server/app.ts';
import { waitFor } from '../helpers/server.ts';
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
let student: Page;
let code = '';
let token = '';
let classWall: Page | null = null;
const errors: string[] = [];

async function open(opts: { phone?: boolean } = {}, who = 'page'): Promise<Page> {
  const ctx = await newContext(browser, opts);
  contexts.push(ctx);
  const page = await ctx.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (e) => errors.push(`${who} pageerror: ${e.message}`));
  // No page load asks for something that is not there (it would log a 404 in the console).
  page.on('response', (r) => {
    if (r.status() === 404) errors.push(`${who} 404: ${r.url()}`);
  });
  return page;
}

const table = (n: number) => fac.getByTestId(`fac-table-${n}`);
const post = async (route: string, body: unknown, auth = true) => {
  const r = await fetch(`${base}${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: r.status, body: (await r.json()) as Record<string, unknown> };
};

beforeAll(async () => {
  const dist = await buildClient();
  app = await startApp(dist, { botDelayMs: 30 });
  base = app.url;
  browser = await launchBrowser();
  fac = await open({}, 'facilitator');
  student = await open({ phone: true }, 'Hana');
}, 120_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await app?.close();
});

describe('a class of 3 tables and 8 students', () => {
  it('a roster and sign-ins are seated 3/3/2, factions first, and every table starts', async () => {
    await fac.goto(base);
    const card = fac.getByRole('region', { name: 'Run a class' });
    await card.getByLabel(/Number of tables/).fill('3');
    await card.getByRole('button', { name: 'Create the class' }).click();
    ({ code, token } = await classCreated(fac));

    // Five names pasted from the class list; they sit before signing in.
    const students = fac.getByRole('region', { name: /^Students/ });
    await students.getByText('Import a class list').click();
    await students.getByLabel(/Names, one a line/).fill('Ana\nBo\nChen\nDev\nEli\n');
    await students.getByRole('button', { name: 'Add these names' }).click();
    await fac.getByTestId('fac-message').filter({ hasText: 'Added 5 names' }).waitFor();
    await students
      .getByTestId('student-Eli')
      .getByText(/not signed in yet/)
      .waitFor();
    // Three more sign in with the class code: two by the API, one in a phone browser.
    for (const name of ['Fay', 'Gus'])
      expect((await post(`/api/sessions/${code}/students`, { name }, false)).status).toBe(200);
    await student.goto(`${base}/class/${code}`);
    await student.getByLabel('Your name').fill('Hana');
    await student.getByRole('button', { name: 'Join the class' }).click();
    await student.getByText('Waiting for your teacher to seat you').waitFor();
    await students.getByTestId('student-Hana').waitFor();

    await students.getByRole('button', { name: 'Auto-assign waiting students' }).click();
    await fac.getByTestId('fac-message').filter({ hasText: 'Seated 8 students, evenly' }).waitFor();
    // The tables' cards follow from the console's live feed, a moment after the message.
    const seating = async () => {
      const perTable: number[] = [];
      const factions: (string | null)[] = [];
      for (const n of [1, 2, 3]) {
        const names = await table(n).locator('.fac-seat-name').allTextContents();
        perTable.push(names.filter((x) => /^(Ana|Bo|Chen|Dev|Eli|Fay|Gus|Hana)$/.test(x)).length);
        for (const seat of [0, 1])
          factions.push(
            await table(n).getByTestId(`fac-seat-${n}-${seat}`).locator('.fac-seat-name').textContent(),
          );
      }
      return { perTable, factions };
    };
    const seated = await waitFor(async () => {
      const s = await seating();
      return s.perTable.reduce((a, b) => a + b, 0) === 8 && s;
    }, 'every student on a table card');
    expect(seated.perTable).toEqual([3, 3, 2]);
    // The factions are seated at every table.
    for (const name of seated.factions) expect(name).not.toBe('Empty seat');
    await student.getByTestId('phase').waitFor();
    await shot(fac, 'room-01-seated');

    await fac.getByRole('button', { name: 'Start all tables' }).click();
    for (const n of [1, 2, 3]) await table(n).getByText('Running').waitFor();
    expect(await fac.getByTestId('demo-pill').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('an injected decision reaches its seat; when time runs out the seat’s bot decides, with a note', async () => {
    fac.on('dialog', (d) => void d.accept());
    const controls = fac.getByRole('region', { name: 'Timers, injects and messages' });
    // Crisis timers everywhere: a round-1 decision waiting on an absent student falls to the bot.
    await controls.getByTestId('control-target').selectOption('all');
    await controls.getByLabel('Crisis', { exact: true }).fill('2');
    await controls.getByRole('button', { name: 'Set timers for every table' }).click();
    await fac.getByTestId('fac-message').filter({ hasText: 'crisis 2 s' }).waitFor();
    // Hana (the 8th student) is the UN Mission at table 2.
    await student.getByRole('heading', { name: /You are the UN Mission/ }).waitFor();
    await student.getByTestId('phase').filter({ hasText: 'Negotiation' }).waitFor({ timeout: 15_000 });
    await controls.getByTestId('control-target').selectOption('1');
    await controls.getByLabel('Crisis card').selectOption('aidWorkerKidnapping');
    await controls.getByRole('button', { name: 'Inject at table 2' }).click();
    const decide = student.getByRole('group', { name: 'Your decision' });
    await decide.waitFor();
    await shot(student, 'room-02-injected-decision');
    // Hana does not answer: a 2 s negotiation timer ends the phase and her bot decides.
    await controls.getByLabel('Negotiation', { exact: true }).fill('2');
    await controls.getByRole('button', { name: 'Set timers for table 2' }).click();
    await student
      .getByText(/so a bot decided the crisis decision for the UN Mission/)
      .first()
      .waitFor({ timeout: 15_000 });
    await decide.waitFor({ state: 'hidden' });
    await student
      .getByText(/Decision:/)
      .first()
      .waitFor();
  });

  it('the projector of a class table: class code and QR, large type, one screen, no secret', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    contexts.push(ctx);
    const wall = await ctx.newPage();
    wall.on('pageerror', (e) => errors.push(`projector pageerror: ${e.message}`));
    const [popup] = await Promise.all([
      fac.waitForEvent('popup'),
      fac.getByRole('link', { name: 'Projector of table 1 (opens a new tab)' }).click(),
    ]);
    const url = popup.url();
    await popup.close();
    await wall.goto(url);
    await wall.getByTestId('pj-code').waitFor();
    expect((await wall.getByTestId('pj-code').textContent())?.trim()).toBe(code);
    await wall.getByRole('img', { name: new RegExp(`QR code for .*/class/${code}`) }).waitFor();
    const snap = (await (
      await fetch(`${base}/api/sessions/${code}`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as { tables: { joinCode: string; matchID: string }[] };
    const god = (await (
      await fetch(`${base}/api/sessions/${code}/tables/0/state`, {
        headers: { authorization: `Bearer ${token}` },
      })
    ).json()) as { G: { secret: Record<string, { agenda: string; spoilerType: string | null }> } };
    const scenario = getScenario();
    const secrets: string[] = [];
    for (const [role, sec] of Object.entries(god.G.secret)) {
      const agenda = scenario.roles.find((r) => r.id === role)?.agendas.find((a) => a.id === sec.agenda);
      if (agenda) secrets.push(agenda.text);
      const type = scenario.spoilerTypes.find((t) => t.name === sec.spoilerType);
      if (type) secrets.push(type.text);
    }
    expect(secrets.length).toBeGreaterThan(3);
    const dots = wall.getByRole('list', { name: 'Panels' }).getByRole('button');
    for (let i = 0; i < (await dots.count()); i++) {
      await dots.nth(i).click();
      const m = await wall.evaluate(() => {
        const small: string[] = [];
        for (const el of document.querySelectorAll<HTMLElement>('.pj-room *')) {
          if (el.closest('svg')) continue;
          const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim().length > 0);
          if (!own || el.getClientRects().length === 0) continue;
          const px = Number.parseFloat(getComputedStyle(el).fontSize);
          if (px < 28)
            small.push(`${el.tagName}.${el.className}: ${px}px "${el.textContent!.trim().slice(0, 30)}"`);
        }
        return {
          h: document.documentElement.scrollHeight,
          w: document.documentElement.scrollWidth,
          panel: document.querySelector('[data-panel]')?.getAttribute('data-panel'),
          small,
          html: document.documentElement.outerHTML,
        };
      });
      await shot(wall, `room-03-projector-${m.panel}`, false);
      expect(m.h, `panel ${m.panel}`).toBeLessThanOrEqual(1080);
      expect(m.w, `panel ${m.panel}`).toBeLessThanOrEqual(1920);
      expect(m.small, `panel ${m.panel}`).toEqual([]);
      // Never the table's own join code, and no secret of any seat.
      expect(m.html).not.toContain(snap.tables[0]!.joinCode);
      for (const x of secrets) expect(m.html, `panel ${m.panel}`).not.toContain(x);
    }

    // The class projector: every table on one screen.
    await wall.goto(`${base}/facilitator/${code}/projector`);
    await giveClassToken(wall, code, token);
    await wall.reload();
    for (const n of [1, 2, 3]) await wall.getByTestId(`pj-table-${n}`).waitFor();
    expect((await wall.getByTestId('pj-code').textContent())?.trim()).toBe(code);
    const dims = await wall.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.scrollHeight,
    ]);
    expect(dims[0]).toBeLessThanOrEqual(1920);
    expect(dims[1]).toBeLessThanOrEqual(1080);
    await shot(wall, 'room-04-class-projector', false);
    classWall = wall;
  });

  it('“end all games now” asks first, then every table ends with its elections', async () => {
    await fac.getByRole('button', { name: 'End all games now' }).click();
    await fac
      .getByTestId('fac-message')
      .filter({ hasText: 'Elections held on the spot at 3 tables' })
      .waitFor();
    for (const n of [1, 2, 3])
      await table(n)
        .getByText(/^Ended: /)
        .waitFor();
    await student
      .getByText(/called the elections early/)
      .first()
      .waitFor();
    await shot(fac, 'room-05-ended');
    // The class projector turns to the outcomes.
    for (const n of [1, 2, 3])
      await classWall!
        .getByTestId(`pj-table-${n}`)
        .getByText(/Durable peace|Fragile peace|Collapse/)
        .waitFor();
    await shot(classWall!, 'room-06-class-projector-outcomes', false);
    expect(errors).toEqual([]);
  });

  it('the debrief agrees with the console, has every student’s result, and the class can be deleted', async () => {
    const tension: string[] = [];
    for (const n of [1, 2, 3])
      tension.push((await table(n).getByTestId('fac-tension').textContent())!.split('—')[0]!.trim());
    await fac.getByRole('link', { name: 'Debrief' }).click();
    const outcomes = fac.getByRole('region', { name: 'Outcome per table' });
    await outcomes.locator('tbody tr').nth(2).waitFor();
    for (const n of [1, 2, 3])
      expect((await fac.getByTestId(`outcome-tension-${n}`).textContent())?.trim()).toBe(tension[n - 1]);
    const results = fac.getByRole('region', { name: 'Results per student' });
    expect(await results.locator('tbody tr').count()).toBe(8);
    await results.getByTestId('student-result-Hana').getByText('UN Mission').waitFor();
    await shot(fac, 'room-07-debrief');
    expect(errors).toEqual([]);
    await fac.getByRole('button', { name: 'Delete this class’s data' }).click();
    await fac.waitForURL((u) => u.pathname === '/');
    const gone = await fetch(`${base}/api/sessions/${code}/public`);
    expect(gone.status).toBe(404);
    // Only the student's page, still asking where it sits (and, when its poll comes round, about the
    // class itself), now hears that the class is gone.
    const about = `/api/sessions/${code}/`;
    expect(errors.filter((e) => !(e.startsWith('Hana 404: ') && e.includes(about)))).toEqual([]);
  });
});
