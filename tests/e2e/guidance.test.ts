// End-to-end in real Chromium: what a player needs first (issue 10). The crisis screen opens each round;
// on a phone the role, crisis and key tracks come above the action panel; a round by keyboard alone; the
// advisor's plan with reasons, queued in one click, and only where allowed.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DraftState } from '../../game/state.ts';
import { axe, buildClient, describeViolations, launchBrowser, onFreshApp, postOk, shot } from './helpers.ts';

let dist = '';
let browser: Browser;

beforeAll(async () => {
  dist = await buildClient();
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

async function soloAsGovernment(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('radio', { name: 'Government' }).check();
  await page.getByRole('button', { name: 'Start a solo game' }).click();
  await page.getByRole('heading', { name: 'You are the Government' }).waitFor();
}

/** Decides the crisis if it is this seat's, and closes the crisis screen once the negotiation is on. */
async function toTheNegotiation(page: Page): Promise<void> {
  const screen = page.getByTestId('crisis-screen');
  await screen.waitFor();
  const choice = screen.locator('fieldset.choice-buttons button').first();
  if (await choice.isVisible()) await choice.click();
  await page.getByTestId('phase').filter({ hasText: 'Negotiation' }).waitFor();
  await screen.getByRole('button', { name: 'On to the negotiation' }).click();
}

/** On to the orders of round 1: the crisis, then "Done negotiating". */
async function toTheOrders(page: Page): Promise<void> {
  await toTheNegotiation(page);
  await page.getByRole('button', { name: 'Done negotiating' }).click();
  await page.getByRole('button', { name: /^Send orders/ }).waitFor();
}

describe('the crisis comes first', () => {
  it('the crisis screen opens again when the next round begins, and takes the focus', async () => {
    await onFreshApp(browser, dist, { botDelayMs: 20, steadyBots: true }, async ({ app, page }) => {
      await soloAsGovernment(page, app.url);
      const screen = page.getByTestId('crisis-screen');
      await screen.waitFor();
      expect(await screen.textContent()).toContain('Crisis of round 1');
      const choice = screen.locator('fieldset.choice-buttons button').first();
      if (await choice.isVisible()) await choice.click();
      await page.getByTestId('phase').filter({ hasText: 'Negotiation' }).waitFor();
      await screen.getByRole('button', { name: 'On to the negotiation' }).click();
      await screen.waitFor({ state: 'hidden' });
      await page.getByRole('button', { name: 'Done negotiating' }).click();
      await page.getByRole('button', { name: /^Send orders/ }).click();
      await page.getByRole('button', { name: /^Ready for the (next round|elections)$/ }).click();
      await page.getByTestId('round').filter({ hasText: 'Round 2 of' }).waitFor();
      await screen.waitFor();
      expect(await screen.textContent()).toContain('Crisis of round 2');
      // The Ready button that ended the round is gone: the screen's heading takes the focus.
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('crisis-screen-title');
      await shot(page, '21-crisis-screen-round-2', false);
    });
  }, 60_000);
});

describe('why things happened', () => {
  it('the review names the causes of each track change, and every track has its ledger', async () => {
    await onFreshApp(browser, dist, { botDelayMs: 20, steadyBots: true }, async ({ app, page }) => {
      await soloAsGovernment(page, app.url);
      await toTheOrders(page);
      await page.getByRole('button', { name: /^Send orders/ }).click();
      await page.getByTestId('review').waitFor();
      // Expectations rise every round, with the rule named as the cause (a crisis card, drawn at random,
      // may add its own cause before it, e.g. "+1 Voter registration drive; +1 civilians expect more").
      const change = page.getByTestId('change-expectations');
      await change.waitFor();
      expect(await change.textContent()).toMatch(/→\s*\d+.*: (.*; )?\+1 civilians expect more every round/);
      // Each listed change names at least one cause.
      for (const li of await page.locator('ul.changes > li').all())
        expect(await li.textContent()).toMatch(/\): [+-]\d/);
      // A track's "Why?" opens its ledger, round by round.
      const ledger = page.getByTestId('ledger-expectations');
      await ledger.locator('summary').click();
      expect(await ledger.textContent()).toMatch(/Round 1: \d+ → \d+/);
      const found = await axe(page);
      expect(found, describeViolations(found)).toEqual([]);
      await shot(page, '23-review-causes', false);
    });
  }, 60_000);
});

/** Presses Tab until the focused element matches the selector (and text), at most `max` times. */
async function tabTo(page: Page, selector: string, text?: string | RegExp, max = 150): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate(
      ({ selector, source, flags }) => {
        const a = document.activeElement;
        if (!a?.matches(selector)) return false;
        return source === null || new RegExp(source, flags).test(a.textContent ?? '');
      },
      {
        selector,
        source: text === undefined ? null : typeof text === 'string' ? `^\\s*${text}\\s*$` : text.source,
        flags: typeof text === 'object' ? text.flags : '',
      },
    );
    if (hit) return;
  }
  throw new Error(`Tab never reached ${selector} ${String(text ?? '')}`);
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    return {
      tag: a?.tagName.toLowerCase() ?? null,
      testid: a?.getAttribute('data-testid') ?? null,
      text: a?.textContent?.trim() ?? '',
    };
  });

describe('phone and keyboard', () => {
  it('on a 390x844 phone, my role, the crisis and the key tracks are above the action panel and the fold', async () => {
    await onFreshApp(
      browser,
      dist,
      { botDelayMs: 20, steadyBots: true },
      async ({ app, page }) => {
        await soloAsGovernment(page, app.url);
        const summary = page.getByTestId('seat-summary');
        await summary.waitFor();
        const screen = page.getByTestId('crisis-screen');
        const choice = screen.locator('fieldset.choice-buttons button').first();
        if (await choice.isVisible()) await choice.click();
        await page.getByTestId('phase').filter({ hasText: 'Negotiation' }).waitFor();
        await screen.getByRole('button', { name: 'On to the negotiation' }).click();
        await screen.waitFor({ state: 'hidden' });
        await page.evaluate(() => window.scrollTo(0, 0));
        const box = async (l: ReturnType<Page['locator']>) => (await l.boundingBox())!;
        const role = await box(page.getByTestId('summary-role'));
        const crisis = await box(page.getByTestId('summary-crisis'));
        const tracks = await box(page.getByTestId('summary-tracks'));
        const panel = await box(page.locator('.phase-panel'));
        const fullRole = await box(page.locator('.role-card'));
        for (const b of [role, crisis, tracks]) {
          expect(b.y).toBeGreaterThanOrEqual(0);
          expect(b.y + b.height).toBeLessThanOrEqual(844);
          expect(b.y + b.height).toBeLessThanOrEqual(panel.y);
        }
        // The action panel itself starts above the fold too, and the full role card comes after it.
        expect(panel.y).toBeLessThan(844 - 100);
        expect(fullRole.y).toBeGreaterThan(panel.y);
        expect(await page.getByTestId('summary-role').textContent()).toContain('You are the Government');
        expect(await page.getByTestId('summary-tracks').textContent()).toMatch(/Tension \d+\/\d+/);
        const title = await page.getByTestId('crisis-card').getByRole('heading').textContent();
        expect(await page.getByTestId('summary-crisis').textContent()).toContain(title!);
        await shot(page, '22-phone-summary', false);
        // The crisis can be opened again from the summary.
        await page.getByTestId('summary-crisis').getByRole('button', { name: 'Show the crisis' }).click();
        await screen.waitFor();
        const violations = await axe(page);
        expect(violations, describeViolations(violations)).toEqual([]);
        // On a wide screen the summary is not shown (the full cards are in view).
        await page.setViewportSize({ width: 1440, height: 960 });
        expect(await page.getByTestId('seat-summary').isVisible()).toBe(false);
      },
      { phone: true },
    );
  }, 60_000);

  it('a round by keyboard alone: focus follows each step, and lands on the queued order after adding it', async () => {
    // Round 1's crisis asks the Government to decide, so the decision is made by keyboard too.
    await onFreshApp(
      browser,
      dist,
      {
        botDelayMs: 20,
        steadyBots: true,
        tweak: (G) => {
          G.deck = ['exCombatantRiot', ...G.deck.filter((c) => c !== 'exCombatantRiot')];
        },
      },
      async ({ app, page }) => {
        await soloAsGovernment(page, app.url);
        const screen = page.getByTestId('crisis-screen');
        await screen.waitFor();
        await screen.locator('fieldset.choice-buttons button').first().waitFor();
        await tabTo(page, 'fieldset.choice-buttons button');
        await page.keyboard.press('Enter');
        await page.getByTestId('phase').filter({ hasText: 'Negotiation' }).waitFor();
        // The decision buttons are gone: the focus went to the crisis heading, not the page body.
        await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('crisis-screen-title');
        await tabTo(page, 'button', 'On to the negotiation');
        await page.keyboard.press('Enter');
        await screen.waitFor({ state: 'hidden' });

        // Every panel with controls is reachable with Tab: role card, map, negotiation, chat.
        const reached = new Set<string>();
        for (let i = 0; i < 80; i++) {
          await page.keyboard.press('Tab');
          const where = await page.evaluate(() => {
            const a = document.activeElement;
            const sec = a?.closest('section.card');
            return sec ? [...sec.classList].filter((c) => c !== 'card').join('.') : (a?.tagName ?? '');
          });
          reached.add(where);
        }
        for (const panel of ['role-card', 'map-card', 'phase-panel', 'chat'])
          expect(
            [...reached].some((w) => w.split('.').includes(panel)),
            `${panel} in ${[...reached]}`,
          ).toBe(true);

        await tabTo(page, 'button', 'Done negotiating');
        await page.keyboard.press('Enter');
        await page.getByRole('button', { name: /^Send orders/ }).waitFor();
        await tabTo(page, '.action-list button');
        const label = (await focused(page)).text;
        await page.keyboard.press('Enter');
        await tabTo(page, 'button', 'Add this order');
        await page.keyboard.press('Enter');
        await page.getByTestId('queued-order').first().waitFor();
        await expect.poll(async () => (await focused(page)).testid).toBe('queued-order');
        expect((await focused(page)).text).toMatch(/cost/);
        await shot(page, '23-focus-on-queued-order', false);
        // Tab goes on to the order's Remove button; removing it hands the focus to the first order button.
        await page.keyboard.press('Tab');
        expect((await focused(page)).text).toBe('Remove');
        await page.keyboard.press('Enter');
        await page.getByTestId('queued-order').waitFor({ state: 'detached' });
        await expect.poll(async () => (await focused(page)).text).toContain(label.slice(0, 6));
        await page.keyboard.press('Enter');
        await tabTo(page, 'button', 'Add this order');
        await page.keyboard.press('Enter');
        await expect.poll(async () => (await focused(page)).testid).toBe('queued-order');
        await tabTo(page, 'button', /^Send my 1 order$/);
        await page.keyboard.press('Enter');
        await tabTo(page, 'button', /^Ready for the (next round|elections)$/);
        await page.keyboard.press('Enter');
        await page.getByTestId('round').filter({ hasText: 'Round 2 of' }).waitFor();
        await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('crisis-screen-title');
        const violations = await axe(page);
        expect(violations, describeViolations(violations)).toEqual([]);
      },
    );
  }, 90_000);
});

describe('the advisor', () => {
  it("solo: the advisor's plan appears with its reasons and is queued in one click; the history notes it", async () => {
    await onFreshApp(browser, dist, { botDelayMs: 20, steadyBots: true }, async ({ app, page }) => {
      await soloAsGovernment(page, app.url);
      const screen = page.getByTestId('crisis-screen');
      const choice = screen.locator('fieldset.choice-buttons button').first();
      await screen.waitFor();
      if (await choice.isVisible()) await choice.click();
      await page.getByRole('button', { name: 'Done negotiating' }).click();
      await page.getByRole('button', { name: /^Send orders/ }).waitFor();
      const advisor = page.getByTestId('advisor');
      await advisor.getByRole('button', { name: 'What would you do?' }).click();
      const advice = advisor.getByTestId('advice');
      await advice.waitFor({ timeout: 15_000 });
      const steps = advice.locator('.advice-steps > li');
      const n = await steps.count();
      expect(n).toBeGreaterThan(0);
      for (let i = 0; i < n; i++) {
        const reason = (await steps.nth(i).locator('.advice-reason').textContent())!.replace(/^ — /, '');
        expect(reason.trim().length).toBeGreaterThan(10);
      }
      const planned = await steps.locator('strong').allTextContents();
      await shot(page, '24-advisor-plan', false);
      // In Spanish the plan's reasons read in Spanish too (the bots write them in English).
      const english = await steps.locator('.advice-reason').allTextContents();
      await page.getByTestId('lang-switch').selectOption('es');
      await expect
        .poll(async () => (await steps.locator('.advice-reason').allTextContents()).join(' '))
        .not.toMatch(/\b(the|and|of|our|fighters?|monitors?|pledges?)\b/);
      expect(await steps.locator('.advice-reason').allTextContents()).not.toEqual(english);
      await page.getByTestId('lang-switch').selectOption('en');
      await advice.getByRole('button', { name: /^Queue (this order|these \d+ orders)$/ }).waitFor();
      await advice
        .getByRole('button', { name: n === 1 ? 'Queue this order' : `Queue these ${n} orders` })
        .click();
      await page
        .getByTestId('order-budget')
        .filter({ hasText: `Orders used ${n}` })
        .waitFor();
      const queued = await page.getByTestId('queued-order').allTextContents();
      expect(queued).toHaveLength(n);
      for (let i = 0; i < n; i++) expect(queued[i]).toContain(planned[i]!);
      await page
        .locator('.history')
        .getByText(/Followed the advisor's advice/)
        .first()
        .waitFor();
      const violations = await axe(page);
      expect(violations, describeViolations(violations)).toEqual([]);

      // The end screen notes the advice taken: send the orders, then end the game at once (back to war).
      await page.getByRole('button', { name: /^Send my \d+ orders?$/ }).click();
      await page.getByRole('button', { name: /^Ready for the (next round|elections)$/ }).click();
      // Round 2's crisis may ask the Government to decide first.
      const done = page.getByRole('button', { name: 'Done negotiating' });
      const decide = page.locator('fieldset.choice-buttons button').first();
      await expect
        .poll(
          async () => {
            if (await decide.isVisible()) await decide.click().catch(() => undefined);
            return done.isVisible();
          },
          { timeout: 15_000 },
        )
        .toBe(true);
      await page.locator('summary', { hasText: 'Resume the war' }).click();
      await page.getByRole('button', { name: 'Resume the war…' }).click();
      await page.getByRole('button', { name: 'Yes, end the ceasefire' }).click();
      const taken = page.getByTestId('advice-taken');
      await taken.waitFor({ timeout: 10_000 });
      expect(await taken.textContent()).toContain(
        `Government queued ${n} order${n === 1 ? '' : 's'} the advisor proposed, in round 1`,
      );
    });
  }, 90_000);

  it('in a class the advisor shows only once the facilitator allows it', async () => {
    await onFreshApp(browser, dist, { botDelayMs: 20, steadyBots: true }, async ({ app, page }) => {
      const post = (route: string, body: unknown, token?: string) => postOk(app.url, route, body, token);
      const session = (await post('/api/sessions', { tables: 1, bots: [['1', '2', '3', '4']] })) as {
        code: string;
        facilitatorToken: string;
        tables: { joinCode: string }[];
      };
      const control = (body: Record<string, unknown>) =>
        post(`/api/sessions/${session.code}/control`, { table: 0, ...body }, session.facilitatorToken);
      await page.goto(`${app.url}/join/${session.tables[0]!.joinCode}`);
      await page.getByRole('radio', { name: 'Government' }).check();
      await page.getByLabel('Your name').fill('Student');
      await page.getByRole('button', { name: 'Sit down' }).click();
      await page.getByRole('heading', { name: 'You are the Government' }).waitFor();
      await control({ action: 'start' });
      await page.getByText('Paused by the facilitator.').waitFor({ state: 'hidden' });
      await page.locator('.phase-panel').waitFor();
      await page.waitForTimeout(500);
      expect(await page.getByTestId('advisor').count()).toBe(0);
      const on = (await control({ action: 'advisor', allow: true })) as { tables: { advisor: boolean }[] };
      expect(on.tables[0]!.advisor).toBe(true);
      await page.getByTestId('advisor').getByRole('button', { name: 'What would you do?' }).waitFor();
      await control({ action: 'advisor', allow: false });
      await page.getByTestId('advisor').waitFor({ state: 'detached' });
    });
  }, 60_000);
});

describe('forecasts before committing', () => {
  it('an order shows what the rules expect it to do, before it is added and once it is queued', async () => {
    await onFreshApp(browser, dist, { botDelayMs: 20, steadyBots: true }, async ({ app, page }) => {
      await soloAsGovernment(page, app.url);
      await toTheOrders(page);
      await page.locator('button.action', { hasText: 'Canton fighters' }).click();
      const builder = page.locator('.order-builder');
      const forecast = builder.getByTestId('order-forecast');
      await forecast.waitFor();
      // Cantoning is verified where monitors are, and unverifiable elsewhere: the forecast says which.
      const verification = forecast.locator('li[data-code="verified"], li[data-code="unverified"]');
      expect(await verification.count()).toBe(1);
      expect(await verification.textContent()).toMatch(/verify/);
      await builder.getByRole('button', { name: 'Add this order' }).click();
      const queued = page.getByTestId('queued-order').first();
      await queued.getByTestId('order-forecast').waitFor();
      expect(await queued.getByTestId('order-forecast').textContent()).toMatch(/verify/);
      // In Spanish the same forecast reads in Spanish (the rules write it in English).
      await page.getByTestId('lang-switch').selectOption('es');
      await expect
        .poll(() => queued.getByTestId('order-forecast').locator('li[data-code$="verified"]').textContent())
        .toMatch(
          /(No hay observadores en .+ no puede verificar que acantonaste\.|Los observadores en .+ lo verificarán: el Miedo del Movimiento baja 1\.)$/,
        );
      expect(await queued.getByTestId('order-forecast').textContent()).not.toMatch(
        /\b(verify|Monitors|Fear of)\b/,
      );
    });
  }, 120_000);
});

describe('a custodian order aimed at one spoiler', () => {
  it('with two spoilers, the UN chooses which one to induce, and the queued order names it', async () => {
    // Round 1's card is one that leaves the UN's funds alone: some cards ask the UN to pay, and an
    // inducement it cannot afford is listed under "Orders not possible now" instead.
    const tweak = (G: DraftState) => {
      G.deck = ['monitorsWelcomed', ...G.deck.filter((c) => c !== 'monitorsWelcomed')];
    };
    await onFreshApp(browser, dist, { botDelayMs: 20, steadyBots: true, tweak }, async ({ app, page }) => {
      await page.goto(app.url);
      const solo = page
        .locator('form')
        .filter({ has: page.getByRole('button', { name: 'Start a solo game' }) });
      await solo.getByLabel('Scenario').selectOption('crowdedPeace');
      await solo.getByRole('radio', { name: 'UN Mission' }).check();
      await solo.getByRole('button', { name: 'Start a solo game' }).click();
      await page.getByRole('heading', { name: 'You are the UN Mission' }).waitFor();
      await toTheOrders(page);
      await page.locator('.action-list button', { hasText: 'Induce the spoiler' }).click();
      const whom = page.getByLabel('Whom');
      expect(await whom.locator('option').allTextContents()).toEqual([
        'the Border Militia',
        'the Movement Hardliners',
      ]);
      await whom.selectOption({ label: 'the Movement Hardliners' });
      await page.getByRole('button', { name: 'Add this order' }).click();
      await page.getByTestId('order-budget').filter({ hasText: 'Orders used 1' }).waitFor();
      expect(await page.locator('.orders ol').textContent()).toContain(
        'Induce the spoiler (the Movement Hardliners)',
      );
      await shot(page, '26-custodian-target', false);
    });
  }, 60_000);
});
