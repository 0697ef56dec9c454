// Scenario settings in real Chromium against the real server: a teacher creates a class on the 3-seat
// First Steps with changed rounds and Tension ceiling (a timer the server refuses is listed by its path
// first); the console shows the settings; a student joins by the class code, switches to Spanish, sees the
// settings in Spanish, plays the (shortened) game in Spanish to the end screen, whose note shows the
// changed settings; the teacher's class debrief shows them too.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.ts';
import { buildClient, classCreated, launchBrowser, newContext, shot, startApp } from './helpers.ts';

let app: RunningServer;
let browser: Browser;
let base = '';
const contexts: BrowserContext[] = [];
let fac: Page;
let student: Page;
let code = '';
const errors: string[] = [];

async function open(who: string, phone = false): Promise<Page> {
  const ctx = await newContext(browser, { phone });
  contexts.push(ctx);
  const page = await ctx.newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (e) => errors.push(`${who} pageerror: ${e.message}`));
  return page;
}

beforeAll(async () => {
  const dist = await buildClient();
  app = await startApp(dist, { botDelayMs: 30, steadyBots: true });
  base = app.url;
  browser = await launchBrowser();
  fac = await open('teacher');
  student = await open('Lucía', true);
}, 120_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await app?.close();
});

/** Plays the student's seat in Spanish until the end screen, noting the phase names the table showed. */
async function playInSpanish(page: Page): Promise<Set<string>> {
  const phases = new Set<string>();
  const deadline = Date.now() + 60_000;
  const click = async (name: RegExp) => {
    const b = page.getByRole('button', { name }).first();
    await b.click({ timeout: 3000 }).catch(() => undefined);
    await b.waitFor({ state: 'hidden', timeout: 4000 }).catch(() => undefined);
  };
  while (Date.now() < deadline) {
    if (await page.locator('.debrief-page').isVisible()) return phases;
    const phase = await page
      .getByTestId('phase')
      .textContent({ timeout: 500 })
      .catch(() => null);
    if (phase) phases.add(phase.trim());
    const choice = page.locator('fieldset.choice-buttons button').first();
    if (await choice.isVisible()) {
      await choice.click({ timeout: 2000 }).catch(() => undefined);
      continue;
    }
    for (const name of [
      /^He terminado de negociar$/,
      /^Enviar (órdenes|mi orden|mis \d+ órdenes)/,
      /^Listo para (la siguiente ronda|las elecciones)$/,
    ])
      if (await page.getByRole('button', { name }).first().isVisible()) await click(name);
    await page.waitForTimeout(100);
  }
  throw new Error(`The game did not end in time; phases seen: ${[...phases].join(', ')}`);
}

describe('scenario settings', () => {
  it('a teacher sets them when creating a class; a refused one is listed by its path', async () => {
    await fac.goto(base);
    // Nothing shows as changed before anyone changes it (the table form, on the five-seat default).
    const tableForm = fac.getByRole('region', { name: 'Create a table' });
    await tableForm.getByTestId('variables-fields').waitFor();
    expect(await tableForm.getByText(/settings? changed/).count()).toBe(0);
    const card = fac.getByRole('region', { name: 'Run a class' });
    await card.getByLabel('Scenario', { exact: true }).selectOption('firstSteps');
    await card.getByLabel(/Number of tables/).fill('1');
    await card.getByText('Scenario settings').click();
    const fields = card.getByTestId('variables-fields');
    // Filled in with First Steps' own values (5 rounds, ceiling 9).
    expect(await fields.getByLabel('Rounds before the elections').inputValue()).toBe('5');
    expect(await fields.getByLabel(/^Tension ceiling/).inputValue()).toBe('9');
    // A 5-second orders timer passes the browser's checks; the server refuses it, by path and reason.
    await fields.getByLabel('Secret orders').fill('5');
    await card.getByRole('button', { name: 'Create the class' }).click();
    // Listed next to the form (outside the fold, which may be closed).
    const problems = card.getByTestId('variables-problems');
    await problems.waitFor();
    expect(await problems.textContent()).toContain('timers.orders: a timer is 0 (off) or 15 to 3600 seconds');
    expect(new URL(fac.url()).pathname).toBe('/');
    await shot(fac, 'vars-01-refused');

    await fields.getByLabel('Secret orders').fill('0');
    await fields.getByLabel('Rounds before the elections').fill('2');
    await fields.getByLabel(/^Tension ceiling/).fill('10');
    await card.getByText('2 settings changed.').waitFor();
    await card.getByRole('button', { name: 'Create the class' }).click();
    const made = await classCreated(fac);
    code = made.code;
    const token = made.token;
    // Only the changed values were sent.
    const live = (await (
      await fetch(`${base}/api/sessions/${code}`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as { variables: unknown };
    expect(live.variables).toEqual({ rounds: 2, tensionMax: 10 });
    // The console shows them, the changed ones marked.
    const note = fac.getByTestId('variables-note');
    await note.getByText('Rounds: 2 (changed)').waitFor();
    await note.getByText('Tension ceiling: 10 (changed)').waitFor();
    await note.getByText('Monitor teams per guarantor: 2').waitFor();
    await shot(fac, 'vars-02-console');
  });

  it('a student joins by the code, reads the settings in Spanish and plays the game in Spanish', async () => {
    // The student switches the start page to Spanish in its header, then types the class code.
    await student.goto(base);
    await student.getByTestId('lang-switch').selectOption('es');
    expect(await student.evaluate(() => localStorage.getItem('ceasefire.lang'))).toBe('es');
    await student.getByLabel('Código para unirse').fill(code);
    await student.getByRole('button', { name: 'Buscar la mesa' }).click();
    await student.waitForURL(new RegExp(`/class/${code}$`));
    const note = student.getByTestId('variables-note');
    await note.getByText('Rondas: 2 (cambiado)').waitFor();
    await note.getByText('Techo de Tensión: 10 (cambiado)').waitFor();
    await note.getByText('Imposición (Capítulo VII): disponible').waitFor();
    await shot(student, 'vars-03-class-page-es');

    await student.locator('form.card input').first().fill('Lucía');
    await student.locator('form.card button[type=submit]').click();
    await student.locator('.seat-buttons button').first().click();
    await student.getByTestId('phase').waitFor();
    await fac.getByRole('button', { name: 'Start all tables' }).click();
    await fac.getByTestId('fac-table-1').getByText('Running').waitFor();

    // The table is in Spanish and counts the teacher's 2 rounds.
    await student.getByTestId('round').filter({ hasText: 'Ronda 1 de 2' }).waitFor();
    const phases = await playInSpanish(student);
    expect([...phases].some((p) => /Negociación|Órdenes secretas|Repaso/.test(p))).toBe(true);
    expect([...phases].filter((p) => /Negotiation|Secret orders|Review/.test(p))).toEqual([]);

    // The end screen names the changed settings, in Spanish.
    const end = student.locator('.debrief-page').getByTestId('variables-note');
    await end.getByText('Rondas: 2 (cambiado)').waitFor();
    await end.getByText('Techo de Tensión: 10 (cambiado)').waitFor();
    await shot(student, 'vars-04-debrief-es');
  });

  it('the teacher’s class debrief shows the settings', async () => {
    await fac.goto(`${base}/facilitator/${code}/debrief`);
    const note = fac.getByTestId('variables-note');
    await note.getByText('Rounds: 2 (changed)').waitFor();
    await note.getByText('Tension ceiling: 10 (changed)').waitFor();
    expect(errors).toEqual([]);
  });

  it('the creator of a table fixes the spoiler’s type; a player choosing a seat sees only that it is fixed', async () => {
    await fac.goto(base);
    const form = fac.getByRole('region', { name: 'Create a table' });
    await form.getByText('Scenario settings').click();
    const fields = form.getByTestId('variables-fields');
    await fields.getByLabel(/^Hidden type of the/).selectOption('greedy');
    await fields.getByLabel('Monitor teams per guarantor').fill('4');
    await form.getByText('2 settings changed.').waitFor();
    // A value the rules refuse for this scenario is listed by path before anything is created.
    await fields.getByLabel(/^Tension ceiling/).fill('7');
    await form.getByRole('button', { name: 'Create the table' }).click();
    await form.getByTestId('variables-problems').getByText('tensionMax').first().waitFor();
    await fields.getByLabel(/^Tension ceiling/).fill('11');
    await form.getByRole('button', { name: 'Create the table' }).click();
    const joinCode = (await fac.getByTestId('join-code').textContent())!.trim();

    const player = await open('player');
    await player.goto(`${base}/join/${joinCode}`);
    const note = player.getByTestId('variables-note');
    await note.getByText('Monitor teams per guarantor: 4 (changed)').waitFor();
    await note.getByText(/^Hidden type of the .+: fixed by the facilitator \(secret\)/).waitFor();
    // (The role's own description names every type; the note and the page never say which one is fixed.)
    expect(await note.textContent()).not.toMatch(/greedy/i);
    expect(await player.locator('body').textContent()).not.toMatch(/fixed: greedy/i);
    await shot(player, 'vars-05-table-seat-picker');
    expect(errors).toEqual([]);
  });
});
