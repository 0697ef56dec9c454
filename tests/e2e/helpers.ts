// Helpers for the browser tests: build the client once into a temp folder, serve it with the real server
// (in-process, port 0, temp DATA_DIR), and drive Debian's Chromium through playwright-core.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import type { DraftState } from '../../game/state.ts';
import { createServer, type RunningServer } from '../../server/app.ts';
import { ceasefireServerGame } from '../../server/ceasefire.ts';
import type { BotPolicy } from '../../server/types.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SHOTS = path.resolve('test-results', 'e2e');

/** Builds the client with the project's vite.config.ts into a fresh temp folder. */
export async function buildClient(): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ceasefire-dist-'));
  const { build } = await import('vite');
  // Under Vitest NODE_ENV is 'test', which would make Vite bundle React's development build.
  const env = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: path.resolve('vite.config.ts'),
      mode: 'production',
      logLevel: 'error',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = env;
  }
  return outDir;
}

export async function startApp(
  staticDir: string,
  opts: {
    botDelayMs?: number;
    steadyBots?: boolean;
    /** Change every new match's opening state (after setup, before round 1's crisis is drawn). */
    tweak?: (G: DraftState) => void;
  } = {},
): Promise<RunningServer> {
  // The server's own wiring of the rules and game/bots; steady bots replace them when a test needs a full game.
  const wired = await ceasefireServerGame();
  const tweak = opts.tweak;
  const setup = wired.game.setup!;
  const game = tweak
    ? {
        ...wired,
        game: {
          ...wired.game,
          setup: (...a: Parameters<typeof setup>) => {
            const G = setup(...a) as DraftState;
            tweak(G);
            return G;
          },
        },
      }
    : wired;
  const policies = opts.steadyBots
    ? { easy: steadyBot, normal: steadyBot, hard: steadyBot, random: steadyBot }
    : undefined;
  return createServer({
    game,
    port: 0,
    host: '127.0.0.1',
    dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'ceasefire-e2e-data-')),
    staticDir,
    bots: { delayMs: opts.botDelayMs ?? 30, ...(policies ? { policies } : {}) },
    // Every browser of a test runs on this machine: creation limits opened up.
    limits: { createBurstPerIp: 10_000, liveMatchesPerIp: 10_000 },
  });
}

/** Chromium with a fresh profile (playwright gives every launch its own temporary user data dir). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function newContext(browser: Browser, opts: { phone?: boolean } = {}): Promise<BrowserContext> {
  return browser.newContext(
    opts.phone
      ? { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }
      : { viewport: { width: 1440, height: 960 } },
  );
}

export async function shot(page: Page, name: string, fullPage = true): Promise<string> {
  fs.mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** Runs axe-core in the page; returns the serious and critical violations. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  const source = fs.readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: source });
  const result = (await page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<unknown> } };
    return w.axe.run(document, { resultTypes: ['violations'] });
  })) as { violations: AxeViolation[] };
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export function describeViolations(vs: AxeViolation[]): string {
  return vs
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`)
    .join('\n');
}

/**
 * A calm, predictable bot for the browser tests: it decides crises, honours pledges, marks itself ready
 * and sends its orders, and never resumes the war, so a game runs its full course to the elections.
 */
export const steadyBot: BotPolicy = ({ legal }) => {
  const pick = (move: string, args?: unknown[]) =>
    legal.find((m) => m.move === move && (!args || JSON.stringify(m.args) === JSON.stringify(args))) ?? null;
  const pledge = legal.find((m) => m.move === 'answerPledge' && m.args?.[1] === true);
  return (
    pick('chooseCrisis') ?? pledge ?? pick('answerPledge') ?? pick('submitOrders') ?? pick('ready') ?? null
  );
};

/** Collects the page's uncaught errors and console errors into `into`. */
export function watchErrors(page: Page, into: string[]): void {
  page.on('pageerror', (e) => into.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') into.push(`console: ${m.text()}`);
  });
}

/** POSTs JSON to the app (with a bearer token if given), expects 200 and returns the JSON answer. */
export async function postOk(
  baseUrl: string,
  route: string,
  body: unknown,
  token?: string,
): Promise<Record<string, unknown>> {
  const res = await fetch(baseUrl + route, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  if (res.status !== 200) throw new Error(`POST ${route}: ${res.status} ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
}

/**
 * A test on an app of its own: starts it with these options, opens a page in a fresh context, runs
 * the test, and fails it if the page logged an error or threw; the app and the context are closed
 * whatever happens.
 */
export async function onFreshApp(
  browser: Browser,
  staticDir: string,
  appOpts: Parameters<typeof startApp>[1],
  test: (t: { app: RunningServer; page: Page }) => Promise<void>,
  contextOpts: Parameters<typeof newContext>[1] = {},
): Promise<void> {
  const app = await startApp(staticDir, appOpts);
  const ctx = await newContext(browser, contextOpts);
  try {
    const page = await ctx.newPage();
    const errors: string[] = [];
    watchErrors(page, errors);
    await test({ app, page });
    if (errors.length > 0) throw new Error(`The page reported errors:\n${errors.join('\n')}`);
  } finally {
    await ctx.close();
    await app.close();
  }
}

/** Clicks a button that may vanish at any moment (the bots keep playing), then waits for it to go. */
export async function clickAndSettle(page: Page, name: string | RegExp): Promise<void> {
  const button = page.getByRole('button', { name }).first();
  await button.click({ timeout: 3000 }).catch(() => undefined);
  await button.waitFor({ state: 'hidden', timeout: 4000 }).catch(() => undefined);
}

/** Decides any crisis shown on these pages until every page is in the negotiation phase. */
export async function untilNegotiation(pages: Page[]): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    let all = true;
    for (const p of pages) {
      const choice = p.locator('fieldset.choice-buttons button').first();
      if (await choice.isVisible()) await choice.click({ timeout: 2000 }).catch(() => undefined);
      if ((await p.getByTestId('phase').textContent()) !== 'Negotiation') all = false;
    }
    if (all) return;
    await pages[0]!.waitForTimeout(150);
  }
  throw new Error('The table never reached the negotiation phase.');
}

/** Plays my seat through every phase (one order a round at first) until the end screen shows. */
export async function playToTheEnd(page: Page, screenshots: boolean): Promise<{ ordered: boolean }> {
  let ordered = false;
  let reviewed = false;
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    if (await page.getByRole('heading', { name: /Outcome:/ }).isVisible()) break;
    const choice = page.locator('fieldset.choice-buttons button').first();
    if (await choice.isVisible()) {
      await choice.click({ timeout: 2000 }).catch(() => undefined);
      continue;
    }
    if (await page.getByRole('button', { name: 'Done negotiating' }).isVisible()) {
      await clickAndSettle(page, 'Done negotiating');
      continue;
    }
    const send = page.getByRole('button', { name: /^Send (orders|my \d+ orders?)/ });
    if (await send.isVisible()) {
      if (!ordered) {
        await page.locator('.action-list button').first().click();
        await page.getByRole('button', { name: 'Add this order' }).click();
        await page.getByTestId('order-budget').filter({ hasText: 'Orders used 1' }).waitFor();
        if (screenshots) await shot(page, '03-orders');
        ordered = true;
      }
      await clickAndSettle(page, /^Send (orders|my \d+ orders?)/);
      continue;
    }
    const ready = page.getByRole('button', { name: /^Ready for the (next round|elections)$/ });
    if (await ready.isVisible()) {
      if (!reviewed && screenshots) {
        await shot(page, '04-review');
        reviewed = true;
      }
      await clickAndSettle(page, /^Ready for the (next round|elections)$/);
      continue;
    }
    await page.waitForTimeout(100);
  }
  return { ordered };
}

/** The class a console page has just created ("Create the class"): its code and the token this browser keeps. */
export async function classCreated(page: Page): Promise<{ code: string; token: string }> {
  await page.waitForURL(/\/facilitator\/[A-Z2-9]{6}\?new=1$/);
  const code = (await page.getByTestId('class-code').textContent())!.trim();
  const token = (await page.evaluate(
    (c) => JSON.parse(localStorage.getItem('ceasefire.classes.v1')!)[c].token,
    code,
  )) as string;
  return { code, token };
}

/** Gives this browser a class's token, as the console's link does (the page must be on the app's origin). */
export async function giveClassToken(page: Page, code: string, token: string): Promise<void> {
  await page.evaluate(
    ([c, t]) =>
      localStorage.setItem(
        'ceasefire.classes.v1',
        JSON.stringify({ [c as string]: { token: t, at: Date.now() } }),
      ),
    [code, token],
  );
}
