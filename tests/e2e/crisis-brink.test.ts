// End-to-end in real Chromium: a pending crisis decision is shown (and answered) before Tension can end
// the game (issue 10, item 5). Round 1 draws a card that brings Tension to its maximum and asks the
// Government to decide.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getScenario } from '../../game/index.ts';
import type { DraftState } from '../../game/state.ts';
import type { RunningServer } from '../../server/app.ts';
import {
  axe,
  buildClient,
  describeViolations,
  launchBrowser,
  newContext,
  shot,
  startApp,
  watchErrors,
} from './helpers.ts';

const S = getScenario();
const MAX = S.tuning.tensionMax;
const RIOT = S.events.find((c) => c.id === 'exCombatantRiot')!;
const lift = RIOT.effects.reduce(
  (n, f) => n + (f.kind === 'track' && f.track === 'tension' ? f.delta : 0),
  0,
);
const tensionOf = (id: string) =>
  RIOT.choice!.options.find((o) => o.id === id)!.effects.reduce(
    (n, f) => n + (f.kind === 'track' && f.track === 'tension' ? f.delta : 0),
    0,
  );
const CALM = RIOT.choice!.options.find((o) => tensionOf(o.id) < 0)!;
const HARSH = RIOT.choice!.options.find((o) => tensionOf(o.id) >= 0)!;

let brink: RunningServer;
let browser: Browser;

beforeAll(async () => {
  const dist = await buildClient();
  brink = await startApp(dist, {
    botDelayMs: 20,
    steadyBots: true,
    tweak: (G: DraftState) => {
      G.tracks.tension = MAX - lift;
      G.deck = [RIOT.id, ...G.deck.filter((c) => c !== RIOT.id)];
    },
  });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await brink?.close();
});

async function soloAsGovernment(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('radio', { name: 'Government' }).check();
  await page.getByRole('button', { name: 'Start a solo game' }).click();
  await page.getByRole('heading', { name: 'You are the Government' }).waitFor();
}

describe('the crisis comes first, even at the brink', () => {
  it('a pending crisis decision is shown before a collapse, and the collapse follows the decision', async () => {
    const errors: string[] = [];
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    watchErrors(page, errors);
    await soloAsGovernment(page, brink.url);
    const screen = page.getByTestId('crisis-screen');
    await screen.getByRole('heading', { name: RIOT.title }).waitFor();
    expect(await page.getByTestId('phase').textContent()).toBe('Crisis');
    expect(await screen.getByTestId('crisis-tension').textContent()).toContain(`${MAX} of ${MAX}`);
    expect(await screen.getByRole('alert').textContent()).toMatch(/Unless this decision lowers it/);
    expect(await screen.getByText('You must decide:').isVisible()).toBe(true);
    for (const o of RIOT.choice!.options)
      expect(await screen.getByRole('button', { name: o.label }).isVisible()).toBe(true);
    // The bots play on, but the game waits for the Government's answer.
    await page.waitForTimeout(600);
    expect(await page.getByRole('heading', { name: /Outcome:/ }).count()).toBe(0);
    expect(await screen.getByRole('button', { name: HARSH.label }).isVisible()).toBe(true);
    await shot(page, '20-crisis-decision-at-the-brink', false);
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    await screen.getByRole('button', { name: HARSH.label }).click();
    await page.getByRole('heading', { name: /Outcome: .*collapse/i }).waitFor({ timeout: 10_000 });
    expect(await page.locator('body').textContent()).toContain(`Tension reached ${MAX}`);
    expect(errors).toEqual([]);
    await ctx.close();
  }, 60_000);

  it('a decision that lowers Tension saves the ceasefire; the screen then closes to a card', async () => {
    const errors: string[] = [];
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    watchErrors(page, errors);
    await soloAsGovernment(page, brink.url);
    const screen = page.getByTestId('crisis-screen');
    await screen.getByRole('button', { name: CALM.label }).click();
    await page.getByTestId('phase').filter({ hasText: 'Negotiation' }).waitFor();
    await screen.getByText(`Decision: ${CALM.label}`).waitFor();
    expect(await screen.getByTestId('crisis-tension').textContent()).toContain(
      `${MAX + tensionOf(CALM.id)} of ${MAX}`,
    );
    expect(await page.getByRole('heading', { name: /Outcome:/ }).count()).toBe(0);
    await screen.getByRole('button', { name: 'On to the negotiation' }).click();
    await screen.waitFor({ state: 'hidden' });
    await page.getByTestId('crisis-card').getByRole('heading', { name: RIOT.title }).waitFor();
    expect(await page.getByTestId('crisis-card').textContent()).toContain(`Decision: ${CALM.label}`);
    expect(errors).toEqual([]);
    await ctx.close();
  }, 60_000);
});
