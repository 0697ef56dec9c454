// End-to-end in real Chromium against the real server: a newcomer's solo game to the end screen, two
// players at one table by join code (public moves shared, secrets not), reload keeps the seat, refused
// moves explain themselves, axe-core on home / table / end screen, and the first page's JS budget.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.ts';
import {
  axe,
  buildClient,
  clickAndSettle,
  describeViolations,
  launchBrowser,
  newContext,
  playToTheEnd,
  postOk,
  shot,
  startApp,
  untilNegotiation,
  watchErrors,
} from './helpers.ts';

let dist = '';
let app: RunningServer;
let browser: Browser;

beforeAll(async () => {
  dist = await buildClient();
  app = await startApp(dist, { botDelayMs: 20, steadyBots: true });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('first page size', () => {
  it('loads under 250 KB of gzipped JavaScript', () => {
    const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
    const refs = [
      ...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g),
      ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
    ].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    let total = 0;
    for (const ref of new Set(refs)) total += gzipSync(fs.readFileSync(path.join(dist, ref))).length;
    console.log(`first page JS: ${(total / 1024).toFixed(1)} KB gzip in ${new Set(refs).size} file(s)`);
    expect(total).toBeLessThan(250 * 1024);
  });
});

describe('in the browser', () => {
  it('a newcomer plays a solo game to the end screen (axe-clean home, table and end screen)', async () => {
    const errors: string[] = [];
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    watchErrors(page, errors);
    await page.goto(app.url);
    await expect(page.getByRole('heading', { name: 'Can the peace hold?' }).isVisible()).resolves.toBe(true);
    await shot(page, '01-home');
    const homeViolations = await axe(page);
    expect(homeViolations, describeViolations(homeViolations)).toEqual([]);

    await page.getByRole('radio', { name: 'Government' }).check();
    await page.getByLabel('Your name (optional)').fill('Newcomer');
    await page.getByRole('button', { name: 'Start a solo game' }).click();
    await page.getByRole('heading', { name: 'You are the Government' }).waitFor();
    await untilNegotiation([page]);
    // The crisis card and the role card say where they come from: a seed passage or a design choice.
    const crisis = page.locator('.crisis-card');
    await crisis.getByText('Where this comes from').click();
    expect(await crisis.locator('.source-note').textContent()).toMatch(/\(seed 00[03]\)|Game-design choice:/);
    const role = page.locator('.role-card');
    await role.getByText('Where your role comes from').click();
    expect(await role.locator('.source-note').first().textContent()).toContain('Freeman 2003 (seed 000)');
    await shot(page, '02-table-negotiation');
    const tableViolations = await axe(page);
    expect(tableViolations, describeViolations(tableViolations)).toEqual([]);

    const { ordered } = await playToTheEnd(page, true);
    await page.getByRole('heading', { name: /Outcome:/ }).waitFor({ timeout: 5000 });
    expect(ordered).toBe(true);
    // The table rendered the states it received (how fast is a benchmark: npm run bench:render).
    const renders = await page.evaluate(() => performance.getEntriesByName('ceasefire:render').length);
    expect(renders).toBeGreaterThan(20);
    expect(await page.getByRole('heading', { name: 'Every secret revealed' }).isVisible()).toBe(true);
    expect(await page.getByTestId('revealed-spoiler-type').textContent()).toMatch(/limited|greedy|total/);
    expect(await page.locator('figure.chart').count()).toBeGreaterThanOrEqual(6);
    // Each debrief question opens to the seed passage its paraphrase rests on.
    const prompt = page.locator('.prompts li').first();
    await prompt.getByText('The passage').click();
    expect(await prompt.locator('.source-note').textContent()).toMatch(
      /^“.{15,}”— Freeman 2003 \(seed 000\)/,
    );
    await shot(page, '05-end-screen');
    const endViolations = await axe(page);
    expect(endViolations, describeViolations(endViolations)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, '05b-end-screen-phone');
    // The end screen has the language switch too, and every reason for a score reads in Spanish.
    await page.getByTestId('lang-switch').selectOption('es');
    await page.getByRole('heading', { name: 'Por qué' }).waitFor();
    const why = (await page.locator('ul.reasons').textContent()) ?? '';
    expect(why).toMatch(/Objetivo (no )?cumplido: /);
    expect(why).toMatch(/Agenda secreta (no )?cumplida: /);
    expect(why).not.toMatch(/\b(Objective|Secret agenda|outcome|credibility|needs|elections|the)\b/);
    await page.getByTestId('lang-switch').selectOption('en');
    await page.getByRole('heading', { name: 'Why' }).waitFor();
    expect(errors).toEqual([]);
    await ctx.close();
  }, 200_000);

  it('two players join one table with a code: public moves shared, secrets kept, reload keeps the seat', async () => {
    const errors: string[] = [];
    const ctxA = await newContext(browser);
    const ctxB = await newContext(browser, { phone: true });
    const a = await ctxA.newPage();
    const b = await ctxB.newPage();
    watchErrors(a, errors);
    watchErrors(b, errors);

    // Ana creates a table: Government and Movement are people, the rest bots.
    await a.goto(app.url);
    for (const role of ['Spoiler', 'UN Mission', 'Regional Power'])
      await a.getByLabel(`Who plays the ${role}`).selectOption('normal');
    await a.getByRole('button', { name: 'Create the table' }).click();
    const code = (await a.getByTestId('join-code').textContent())!.trim();
    expect(code).toMatch(/^[A-Z2-9]{6}$/);
    await a.getByRole('img', { name: /QR code for the join link/ }).waitFor();
    await shot(a, '06-table-created');
    await a.getByLabel('Your name', { exact: true }).fill('Ana');
    await a.getByRole('button', { name: 'Sit as Government' }).click();
    await a.getByRole('heading', { name: 'You are the Government' }).waitFor();

    // Ben joins from his phone with the code.
    await b.goto(app.url);
    await shot(b, '07a-home-phone');
    await b.getByLabel('Join code').fill(code.toLowerCase());
    await b.getByRole('button', { name: 'Find the table' }).click();
    await b.getByRole('radio', { name: 'Movement' }).check();
    await b.getByLabel('Your name').fill('Ben');
    await shot(b, '07-join-phone');
    const joinViolations = await axe(b);
    expect(joinViolations, describeViolations(joinViolations)).toEqual([]);
    await b.getByRole('button', { name: 'Sit down' }).click();
    await b.getByRole('heading', { name: 'You are the Movement' }).waitFor();
    await untilNegotiation([a, b]);

    // Public chat reaches the other player; a private message to a bot does not.
    await a.getByLabel('Message', { exact: true }).fill('Hello from the Government');
    await a.getByRole('button', { name: 'Send', exact: true }).click();
    await b.getByText('Hello from the Government').waitFor();
    await a.locator('.chat-form select').selectOption({ label: 'Only Spoiler (bot)' });
    await a.getByLabel('Message', { exact: true }).fill('Psst: a private word for the Spoiler');
    await a.getByRole('button', { name: 'Send', exact: true }).click();
    await a.getByText('Psst: a private word for the Spoiler').waitFor();
    await a.locator('.chat-form select').selectOption({ label: 'Everyone at the table' });
    await a.getByLabel('Message', { exact: true }).fill('Second public message');
    await a.getByRole('button', { name: 'Send', exact: true }).click();
    await b.getByText('Second public message').waitFor();
    expect(await b.getByText('Psst: a private word for the Spoiler').count()).toBe(0);

    // A refused move shows its reason (checked with the rules before sending).
    await a.locator('summary', { hasText: 'Make an offer' }).click();
    const form = a.locator('form.offer-form');
    await form.getByLabel('To').selectOption('movement');
    await form.getByLabel('Private (only the two of you see it)').uncheck();
    const give = form.locator('fieldset', { hasText: 'You give' });
    await give.getByLabel('What').selectOption('funds');
    await give.getByLabel('Amount').fill('20');
    await form.getByRole('button', { name: 'Send the offer' }).click();
    const refused = a.getByTestId('move-refused');
    await refused.waitFor();
    expect(await refused.textContent()).toMatch(/You offer 20 but have \d+/);
    await shot(a, '08-move-refused');
    await refused.getByRole('button', { name: 'OK' }).click();

    // A public offer: Ben sees it and accepts; Ana sees it accepted.
    await give.getByLabel('Amount').fill('1');
    await form.getByRole('button', { name: 'Send the offer' }).click();
    const accept = b.getByRole('button', { name: /^Accept offer #\d+$/ });
    await accept.waitFor();
    await accept.click();
    await a.locator('.offer', { hasText: 'Accepted' }).first().waitFor();

    // Secrets: Ben never sees Ana's agenda, and the projector sees neither.
    const agendaA = (await a.getByTestId('my-agenda').textContent())!.trim();
    const agendaB = (await b.getByTestId('my-agenda').textContent())!.trim();
    expect(agendaA.length).toBeGreaterThan(10);
    expect(await b.locator('body').innerText()).not.toContain(agendaA);
    expect(await a.locator('body').innerText()).not.toContain(agendaB);
    await shot(b, '09-table-phone');

    const wall = await ctxA.newPage();
    watchErrors(wall, errors);
    const matchID = new URL(a.url()).pathname.split('/').pop()!;
    await wall.setViewportSize({ width: 1920, height: 1080 });
    await wall.goto(`${app.url}/watch/${matchID}?code=${code}`);
    await wall.getByRole('heading', { name: 'The country' }).waitFor();
    const wallText = await wall.locator('body').innerText();
    expect(wallText).not.toContain(agendaA);
    expect(wallText).not.toContain(agendaB);
    await shot(wall, '10-projector', false);
    const wallViolations = await axe(wall);
    expect(wallViolations, describeViolations(wallViolations)).toEqual([]);

    // A reload keeps Ben's seat.
    await b.reload();
    await b.getByRole('heading', { name: 'You are the Movement' }).waitFor();
    expect(await b.getByTestId('seat-movement').innerText()).toContain('Ben');
    await b.getByText('Hello from the Government').waitFor();
    await b.getByText('Second public message').waitFor();
    expect(await b.getByText('Psst: a private word for the Spoiler').count()).toBe(0);

    // Offline: the table says so, and reconnects by itself.
    await ctxB.setOffline(true);
    await b.locator('.pill.conn-reconnecting').waitFor({ timeout: 20_000 });
    await shot(b, '11-offline-phone', false);
    await ctxB.setOffline(false);
    await b.locator('.pill.conn-online').waitFor({ timeout: 20_000 });

    // Ana's orders are secret: Ben sees only that they are in.
    await clickAndSettle(a, 'Done negotiating');
    await clickAndSettle(b, 'Done negotiating');
    await a.getByRole('button', { name: /^Send orders/ }).waitFor();
    // An order that needs no region, if this deal leaves the funds for one (a crisis card may not);
    // otherwise the seat sends none (hold). Either way Ben must see only that the orders are in.
    const plain = a.locator('.action-list button').filter({ hasText: /^(Campaign|Security-sector reform)/ });
    if ((await plain.count()) > 0) {
      await plain.first().click();
      await a.getByRole('button', { name: 'Add this order' }).click();
      await a.getByTestId('order-budget').filter({ hasText: 'Orders used 1' }).waitFor();
      await clickAndSettle(a, /^Send my 1 order$/);
    } else await clickAndSettle(a, /^Send orders/);
    await b.getByTestId('seat-government').filter({ hasText: 'Orders in' }).waitFor();
    expect(await b.locator('.queued').count()).toBe(0);

    expect(errors).toEqual([]);
    await ctxA.close();
    await ctxB.close();
  }, 120_000);

  it("the host takes a bot's seat and lets a bot play an empty one; a guest cannot take a bot's seat", async () => {
    const errors: string[] = [];
    const ctxA = await newContext(browser);
    const ctxB = await newContext(browser);
    const a = await ctxA.newPage();
    const b = await ctxB.newPage();
    watchErrors(a, errors);
    watchErrors(b, errors);
    await a.goto(app.url);
    await a.getByLabel('Who plays the Government').selectOption('normal');
    await a.getByRole('button', { name: 'Create the table' }).click();
    const code = (await a.getByTestId('join-code').textContent())!.trim();
    await a.getByLabel('Your name', { exact: true }).fill('Hana');
    await a.getByRole('button', { name: 'Sit as Government' }).click();
    await a.getByRole('heading', { name: 'You are the Government' }).waitFor();
    await a.getByRole('button', { name: 'Let a bot play the Movement' }).click();
    await a.getByTestId('seat-movement').filter({ hasText: 'Bot' }).waitFor();

    // A guest with the code sees the bot's seat but cannot take it; a free seat is theirs.
    await b.goto(`${app.url}/join/${code}`);
    const movement = b.getByRole('radio', { name: 'Movement' });
    await movement.waitFor();
    expect(await movement.isDisabled()).toBe(true);
    await b.getByText("only the table's host can give it to a person").first().waitFor();
    expect(await b.getByRole('radio', { name: 'Spoiler' }).isDisabled()).toBe(false);
    expect(await b.getByRole('button', { name: /^Let a bot play/ }).count()).toBe(0);
    expect(errors).toEqual([]);
    await ctxA.close();
    await ctxB.close();
  }, 60_000);

  it('a solo game against the real bots (normal) reaches the end screen', async () => {
    const real = await startApp(dist, { botDelayMs: 10 });
    const errors: string[] = [];
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    watchErrors(page, errors);
    try {
      await page.goto(real.url);
      await page.getByRole('radio', { name: 'UN Mission' }).check();
      await page.getByRole('button', { name: 'Start a solo game' }).click();
      await page.getByRole('heading', { name: 'You are the UN Mission' }).waitFor();
      await untilNegotiation([page]).catch(() => undefined);
      await shot(page, '12-real-bots-negotiation');
      await playToTheEnd(page, false);
      await page.getByRole('heading', { name: /Outcome:/ }).waitFor({ timeout: 5000 });
      await shot(page, '13-real-bots-end');
      expect(errors).toEqual([]);
    } finally {
      await ctx.close();
      await real.close();
    }
  }, 200_000);

  it("a class table shows the facilitator's pause, timer and broadcast, and a paused move's reason", async () => {
    const post = (route: string, body: unknown, token?: string) => postOk(app.url, route, body, token);
    const session = (await post('/api/sessions', { tables: 1, bots: [['1', '2', '3', '4']] })) as {
      code: string;
      facilitatorToken: string;
      tables: { joinCode: string }[];
    };
    const control = (body: Record<string, unknown>) =>
      post(`/api/sessions/${session.code}/control`, { table: 0, ...body }, session.facilitatorToken);

    const errors: string[] = [];
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    watchErrors(page, errors);
    await page.goto(`${app.url}/join/${session.tables[0]!.joinCode}`);
    await page.getByRole('radio', { name: 'Government' }).check();
    await page.getByLabel('Your name').fill('Student');
    await page.getByRole('button', { name: 'Sit down' }).click();
    await page.getByRole('heading', { name: 'You are the Government' }).waitFor();
    await page.getByText('Paused by the facilitator.').waitFor();

    await control({ action: 'start' });
    await page.getByText('Paused by the facilitator.').waitFor({ state: 'hidden' });
    await untilNegotiation([page]);
    await control({ action: 'timers', durations: { negotiation: 600, orders: 600 } });
    await page.getByRole('timer').waitFor();
    expect(await page.getByRole('timer').textContent()).toMatch(/(9|10):\d\d/);

    await control({ action: 'broadcast', text: 'Ten minutes to negotiate' });
    await page.locator('.banner.info', { hasText: 'Ten minutes to negotiate' }).waitFor();
    await control({ action: 'pause' });
    await page.getByText('Paused by the facilitator.').waitFor();
    await page.getByRole('button', { name: 'Done negotiating' }).click();
    const refused = page.getByTestId('move-refused');
    await refused.waitFor();
    expect(await refused.textContent()).toMatch(/paus/i);
    await shot(page, '14-class-table-paused', false);
    expect(errors).toEqual([]);
    await ctx.close();
  }, 120_000);
});
