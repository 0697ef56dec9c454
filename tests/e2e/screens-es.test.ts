// The screens around the table in Spanish, in real Chromium against the real server: the role briefs, a
// student joining a class, the facilitator's console panels, the class projector and the class debrief
// read in Spanish (ceasefire.lang = es) with none of their English sentences left.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.ts';
import { buildClient, giveClassToken, launchBrowser, newContext, startApp } from './helpers.ts';

let app: RunningServer;
let browser: Browser;
let ctx: BrowserContext;
let page: Page;
let base = '';
let code = '';
let token = '';
const errors: string[] = [];

beforeAll(async () => {
  const dist = await buildClient();
  app = await startApp(dist, { botDelayMs: 30 });
  base = app.url;
  browser = await launchBrowser();
  ctx = await newContext(browser);
  await ctx.addInitScript(() => window.localStorage.setItem('ceasefire.lang', 'es'));
  page = await ctx.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  const res = await fetch(`${base}/api/sessions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ tables: 1, bots: [[]] }),
  });
  expect(res.status).toBeLessThan(300);
  const made = (await res.json()) as { code: string; facilitatorToken: string };
  code = made.code;
  token = made.facilitatorToken;
}, 120_000);

afterAll(async () => {
  await ctx?.close().catch(() => undefined);
  await browser?.close();
  await app?.close();
});

/** English sentences of these screens that must not survive in Spanish. */
const ENGLISH = [
  'Your public objective',
  'Print the briefs',
  'Where the rules come from',
  'Type your name',
  'Waiting for your teacher',
  'Students join with this code',
  'Timers, injects and messages',
  'Auto-assign',
  'Nobody has joined yet',
  'Start table',
  'Outcome per table',
  'Results per student',
  'Discussion prompts',
  'References',
  'When the class is over',
  'Join now',
  'Game-design choice',
];
const leftovers = async (p: Page) => {
  const text = (await p.locator('body').textContent()) ?? '';
  return ENGLISH.filter((s) => text.includes(s));
};

describe('the screens around the table in Spanish', () => {
  it('the printable role briefs', async () => {
    await page.goto(`${base}/briefs`);
    await page.getByRole('heading', { name: 'Eres el Gobierno' }).waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('Tu objetivo público');
    expect(text).toContain('De dónde salen las reglas');
    expect(await leftovers(page)).toEqual([]);
  });

  it('a student joins the class and waits to be seated', async () => {
    await page.goto(`${base}/class/${code}`);
    await page.getByLabel('Tu nombre').fill('Eva');
    await page.getByRole('button', { name: 'Unirse a la clase' }).click();
    await page.getByText('Esperando a que tu profesor te siente').waitFor();
    await page.getByRole('heading', { name: 'Hola, Eva' }).waitFor();
    await page.getByTestId('lang-switch').waitFor();
    expect(await leftovers(page)).toEqual([]);
  });

  it("the server's refusals read in Spanish, the same page in English shows the server's own sentence", async () => {
    // A well-formed code nobody has: the server answers 404 unknown_code ("No match has the code ...").
    await page.goto(`${base}/join/ZZZZ99`);
    await page.getByText('No hay ninguna mesa ni clase con ese código.').waitFor();
    expect((await page.locator('body').textContent()) ?? '').not.toContain('No match has the code');
    // A seat taken under the student's nose: 409 seat_taken from the join route.
    const made = await fetch(`${base}/games/ceasefire/create`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ numPlayers: 5, setupData: {} }),
    });
    expect(made.status).toBeLessThan(300);
    const { joinCode } = (await made.json()) as { joinCode: string };
    await page.goto(`${base}/join/${joinCode}`);
    await page.getByLabel('Tu nombre').fill('Ana');
    const taken = await fetch(`${base}/api/join/${joinCode}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ playerID: '0', playerName: 'Otro' }),
    });
    expect(taken.status).toBeLessThan(300);
    await page.getByRole('button', { name: 'Sentarse' }).click();
    await page.getByText('Ese asiento ya está ocupado.').waitFor();

    const en = await ctx.browser()!.newContext();
    const enPage = await en.newPage();
    enPage.setDefaultTimeout(10_000);
    await enPage.addInitScript(() => window.localStorage.setItem('ceasefire.lang', 'en'));
    await enPage.goto(`${base}/join/ZZZZ99`);
    await enPage.getByText('No match has the code ZZZZ99.').waitFor();
    await en.close();
  });

  it('the facilitator console panels, the class projector and the class debrief', async () => {
    const fac = await ctx.newPage();
    fac.setDefaultTimeout(10_000);
    fac.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    await fac.goto(`${base}/`);
    await giveClassToken(fac, code, token);
    await fac.goto(`${base}/facilitator/${code}?new=1`);
    await fac.getByRole('heading', { name: 'Los estudiantes entran con este código' }).waitFor();
    await fac
      .getByRole('region', { name: /^Estudiantes/ })
      .getByText('Eva')
      .first()
      .waitFor();
    await fac.getByRole('button', { name: 'Empezar la mesa 1' }).waitFor();
    await fac.getByRole('heading', { name: 'Temporizadores, crisis y mensajes' }).waitFor();
    await fac.getByRole('button', { name: 'Empezar todas las mesas' }).waitFor();
    expect(await leftovers(fac)).toEqual([]);
    // The console's own header switches the language, and back.
    await fac.getByTestId('lang-switch').selectOption('en');
    await fac.getByRole('button', { name: 'Start all tables' }).waitFor();
    await fac.getByTestId('lang-switch').selectOption('es');
    await fac.getByRole('button', { name: 'Empezar todas las mesas' }).waitFor();

    await fac.goto(`${base}/facilitator/${code}/projector`);
    await fac.getByText('Uníos ahora').waitFor();
    await fac.getByText('1 estudiante se ha unido: Eva').waitFor();
    expect(await leftovers(fac)).toEqual([]);

    await fac.goto(`${base}/facilitator/${code}/debrief`);
    await fac.getByRole('heading', { name: /¿aguantó la paz\?/ }).waitFor();
    await fac.getByRole('region', { name: 'Resultado por mesa' }).waitFor();
    await fac.getByRole('heading', { name: 'Preguntas para el debate' }).waitFor();
    await fac.getByRole('region', { name: 'Referencias' }).getByText('(Texto semilla 000.)').waitFor();
    expect(await leftovers(fac)).toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);
});
