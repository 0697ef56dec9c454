// A teacher's own scenario (JSON or YAML) in real Chromium against the real server: a bad file's problems are listed with
// their paths on the start page (nothing is created) and in the console; a good one deals the class on it,
// its texts are shown as text (markup in them stays inert), and a projector renders a table playing it
// (the browser fetches the uploaded scenario it does not carry).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { firstSteps } from '../../game/content/teaching.ts';
import type { RunningServer } from '../../server/app.ts';
import { buildClient, launchBrowser, newContext, shot, startApp } from './helpers.ts';

let app: RunningServer;
let browser: Browser;
let page: Page;
const errors: string[] = [];

// biome-ignore lint/suspicious/noExplicitAny: raw scenario data to break.
type Raw = any;
const lesson = (id: string, name: string): Raw => ({ ...structuredClone(firstSteps as object), id, name });
const file = (name: string, data: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(data, null, 2)),
});

/** Markup in an uploaded text: shown as these characters, never parsed. */
const HOSTILE = 'Harbour <img src=x onerror="window.__pwned=1"> Talks';

beforeAll(async () => {
  const dist = await buildClient();
  app = await startApp(dist, { botDelayMs: 0 });
  browser = await launchBrowser();
  page = await (await newContext(browser)).newPage();
  page.setDefaultTimeout(10_000);
  page.on('pageerror', (e) => errors.push(e.message));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('uploading a scenario in the browser', () => {
  it('lists every problem of a bad file with its path on the start page, and creates nothing', async () => {
    await page.goto(app.url);
    const card = page.getByRole('region', { name: 'Run a class' });
    const bad = lesson('harbourTalks', 'Harbour Talks');
    bad.tuning.rounds = 0;
    bad.roles[1].colour = 'blue';
    await card
      .getByLabel('Or upload your own scenario (a JSON or YAML file)')
      .setInputFiles(file('bad.json', bad));
    await card.getByText('Harbour Talks, from the file bad.json').waitFor();
    await card.getByLabel(/Number of tables/).fill('1');
    await card.getByRole('button', { name: 'Create the class' }).click();
    const issues = card.getByRole('alert');
    await issues.getByText('This scenario is not valid: 2 problems.').waitFor();
    const items = await issues.getByRole('listitem').allTextContents();
    expect(items).toEqual([
      'tuning.rounds: Too small: expected number to be >=1',
      'roles.1.colour: unknown field "colour"',
    ]);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await app.store.countMatches()).toBe(0);
    await shot(page, 'upload-01-bad-file');

    // Not JSON at all: said in the browser before anything is sent.
    await card.getByLabel('Or upload your own scenario (a JSON or YAML file)').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{ "id": "x", '),
    });
    await issues.getByText('This scenario is not valid: 1 problem.').waitFor();
    expect((await issues.getByRole('listitem').textContent())!).toMatch(
      /^\(root\): This is not a JSON file: /,
    );

    // A YAML file that is not valid YAML: said with its line and column, nothing sent.
    await card.getByLabel('Or upload your own scenario (a JSON or YAML file)').setInputFiles({
      name: 'notes.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from('id: harbourTalks\nname: Harbour Talks\nname: Twice\n'),
    });
    await issues.getByText('This scenario is not valid: 1 problem.').waitFor();
    expect(await issues.getByRole('listitem').textContent()).toBe(
      '(root): This YAML file cannot be read: not valid YAML: Map keys must be unique (line 3, column 1)',
    );
    expect(await app.store.countMatches()).toBe(0);
  });

  it('deals a class on a good file; its texts stay text; a table on it renders', async () => {
    const card = page.getByRole('region', { name: 'Run a class' });
    await card
      .getByLabel('Or upload your own scenario (a JSON or YAML file)')
      .setInputFiles(file('harbour.json', lesson('harbourTalks', HOSTILE)));
    await card.getByText(`${HOSTILE}, from the file harbour.json`).waitFor();
    // The bot grid follows the file's three seats.
    expect(await card.locator('table.bot-grid thead th').count()).toBe(4);
    await card.getByRole('button', { name: 'Create the class' }).click();
    await page.waitForURL(/\/facilitator\/[A-Z2-9]{6}\?new=1$/);
    const scenarioCard = page.locator('section.fac-scenario');
    await scenarioCard.getByText(`This class plays ${HOSTILE}.`).waitFor();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

    // A bad file in the console: every problem with its path, and the tables stay as they were.
    const before = await page.getByTestId('fac-table-1').getAttribute('data-testid');
    const broken = lesson('quayTalks', 'Quay Talks');
    delete broken.briefing;
    broken.events[0].effects.push({ kind: 'fear', role: 'pirates', delta: 1 });
    const consoleInput = scenarioCard.getByLabel(
      'Deal every table again on an uploaded scenario (JSON or YAML)',
    );
    await consoleInput.setInputFiles(file('quay.json', broken));
    const issues = scenarioCard.getByRole('alert');
    await issues.getByText('This scenario is not valid: 1 problem.').waitFor();
    expect(await issues.getByRole('listitem').allTextContents()).toEqual([
      'briefing: Invalid input: expected string, received undefined',
    ]);
    expect(before).toBe('fac-table-1');
    await shot(page, 'upload-02-console-errors');

    // A good one there: the class is dealt again on it.
    await consoleInput.setInputFiles(file('quay.json', lesson('quayTalks', 'Quay Talks')));
    await scenarioCard.getByText('Every table is now dealt on Quay Talks.').waitFor();
    await scenarioCard.getByText('This class plays Quay Talks.').waitFor();

    // A bots-only table on it, started; its projector (a browser without the scenario) renders it.
    const table = page.getByTestId('fac-table-1');
    await table.getByRole('button', { name: 'Make it a bots-only demonstration' }).click();
    await table.getByTestId('demo-pill').waitFor();
    await table.getByRole('button', { name: 'Start table 1' }).click();
    const matchID = (await app.facilitator.sessions.allSessions())[0]!.tables[0]!.matchID;
    const projector = await (await newContext(browser)).newPage();
    projector.on('pageerror', (e) => errors.push(`projector: ${e.message}`));
    await projector.goto(`${app.url}/watch/${matchID}`);
    // Its header names the uploaded scenario (the bots may have finished the game by now: the debrief shows).
    await projector.getByText('Quay Talks', { exact: true }).first().waitFor({ timeout: 20_000 });
    await projector
      .getByText(/^(Government|Movement|UN Mission)$/)
      .first()
      .waitFor();
    await shot(projector, 'upload-03-projector');
    expect(errors).toEqual([]);
  }, 60_000);

  it('deals a class on a scenario written by hand in YAML (comments, texts without quotes)', async () => {
    await page.goto(app.url);
    const card = page.getByRole('region', { name: 'Run a class' });
    const yaml = `# Our harbour lesson, written by hand.\n${stringify(lesson('harbourYaml', 'Harbour Talks in YAML'))}`;
    await card.getByLabel('Or upload your own scenario (a JSON or YAML file)').setInputFiles({
      name: 'harbour.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(yaml),
    });
    await card.getByText('Harbour Talks in YAML, from the file harbour.yaml').waitFor();
    await card.getByLabel(/Number of tables/).fill('1');
    await card.getByRole('button', { name: 'Create the class' }).click();
    await page.waitForURL(/\/facilitator\/[A-Z2-9]{6}\?new=1$/);
    await page.locator('section.fac-scenario').getByText('This class plays Harbour Talks in YAML.').waitFor();
    expect(errors).toEqual([]);
  });
});
