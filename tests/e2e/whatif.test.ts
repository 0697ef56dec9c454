// "What if?" in real Chromium against the real server: in the class debrief the teacher re-runs a finished
// table from round 3 with the spoiler made total, watches the progress and reads the distribution next to
// what the table got; after a reload the result is still there, and in Spanish too. Small N keeps it fast.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.ts';
import { buildClient, giveClassToken, launchBrowser, newContext, SHOTS, shot, startApp } from './helpers.ts';

let app: RunningServer;
let browser: Browser;
let page: Page;
let code = '';
let token = '';
const errors: string[] = [];

const post = async (route: string, body: unknown) => {
  const r = await fetch(`${app.url}${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return { status: r.status, body: (await r.json()) as Record<string, unknown> };
};

beforeAll(async () => {
  const dist = await buildClient();
  // Steady bots play the demonstration table through all its rounds to the elections.
  app = await startApp(dist, { botDelayMs: 0, steadyBots: true });
  browser = await launchBrowser();
  const r = await fetch(`${app.url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tables: 1 }),
  });
  const s = (await r.json()) as { code: string; facilitatorToken: string };
  code = s.code;
  token = s.facilitatorToken;
  expect((await post(`/api/sessions/${code}/control`, { action: 'demo', table: 0, on: true })).status).toBe(
    200,
  );
  expect((await post(`/api/sessions/${code}/control`, { action: 'start', table: 'all' })).status).toBe(200);
  const deadline = Date.now() + 60_000;
  for (;;) {
    const st = await fetch(`${app.url}/api/sessions/${code}/tables/0/state`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const G = ((await st.json()) as { G?: { result: unknown; round: number } }).G;
    if (G?.result) {
      expect(G.round).toBeGreaterThanOrEqual(3);
      break;
    }
    if (Date.now() > deadline) throw new Error('the demonstration table did not finish');
    await new Promise((res) => setTimeout(res, 100));
  }
  const ctx = await newContext(browser);
  page = await ctx.newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('response', (res) => {
    if (res.status() >= 400) errors.push(`${res.status()}: ${res.url()}`);
  });
}, 150_000);

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe('what if? in the class debrief', () => {
  it('re-runs the table from round 3 with a total spoiler and shows the distribution', async () => {
    await page.goto(`${app.url}/facilitator/${code}/debrief`);
    await giveClassToken(page, code, token);
    await page.reload();
    // The demonstration table is shown once ticked in.
    await page.getByLabel(/Include the bots-only demonstration tables/).check();
    const panel = page.getByTestId('whatif-1');
    await panel.getByRole('heading', { name: 'What if?' }).waitFor();

    await panel.getByLabel('From round').selectOption('3');
    await panel.getByLabel('Re-runs').fill('8');
    await panel.getByLabel('Seed').fill('room');
    const spoiler = await panel
      .getByLabel('Change one decision')
      .locator('option', { hasText: /hidden type total/ });
    const value = (await spoiler.getAttribute('value'))!;
    await panel.getByLabel('Change one decision').selectOption(value);
    await panel.getByRole('button', { name: 'Re-run' }).click();

    const result = panel.getByTestId('whatif-result');
    await result.and(page.locator('[data-status="done"]')).waitFor({ timeout: 30_000 });
    expect(await panel.getByTestId('whatif-status').textContent()).toMatch(
      /^8 re-runs from round 3 in [\d.]+ s\.$/,
    );
    expect(await result.textContent()).toMatch(/Change: .*hidden type total/);
    // The distribution: the three outcomes add up to the 8 re-runs, next to the table's own outcome.
    let total = 0;
    for (const g of ['durable', 'fragile', 'collapsed']) {
      const cell = panel.getByTestId(`whatif-share-${g}`);
      const n = Number(await cell.getAttribute('data-count'));
      expect(await cell.textContent()).toBe(`${Math.round((n / 8) * 100)}% (${n})`);
      total += n;
    }
    expect(total).toBe(8);
    expect(await panel.getByTestId('whatif-reruns').locator('th').textContent()).toBe('8 re-runs');
    expect(await panel.getByTestId('whatif-actual').textContent()).toMatch(/This table.*✓ this outcome/);
    expect(await panel.getByTestId('whatif-tension').textContent()).toMatch(/^mean \d+(\.\d+)?$/);
    expect(await panel.locator('.whatif-wins li').count()).toBe(5);
    // What the table itself decided, for the comparison (the spoiler's type is shown to the teacher).
    expect(await panel.getByTestId('whatif-at-table').textContent()).toMatch(
      /^At the table — UN Mission: \d+ triggered pledges honoured, \d+ broken; .*Spoiler: (limited|greedy|total)\.$/,
    );
    await shot(page, 'whatif-01-debrief');
    await panel.screenshot({ path: path.join(SHOTS, 'whatif-02-panel.png') });

    // The same re-runs with no change: the first one moves to the earlier re-runs for comparison.
    await panel.getByLabel('Change one decision').selectOption('none');
    await panel.getByRole('button', { name: 'Re-run' }).click();
    await page.waitForFunction(() => {
      const r = document.querySelector('[data-testid="whatif-1"] [data-testid="whatif-result"]');
      return r?.getAttribute('data-status') === 'done' && /Change: No change/.test(r.textContent ?? '');
    });
    expect(await result.textContent()).toMatch(/Change: No change/);
    const earlier = panel.getByTestId('whatif-earlier');
    expect(await earlier.locator('tbody tr').count()).toBe(1);
    expect(await earlier.locator('tbody tr th').textContent()).toMatch(/hidden type total \(8 re-runs\)/);
    await panel.screenshot({ path: path.join(SHOTS, 'whatif-03-compare.png') });

    // After a reload the latest re-run and the earlier one are shown again, from the server.
    const before = await panel.getByTestId('whatif-reruns').textContent();
    await page.reload();
    await page.getByLabel(/Include the bots-only demonstration tables/).check();
    await page.getByTestId('whatif-1').getByTestId('whatif-reruns').waitFor();
    expect(await page.getByTestId('whatif-1').getByTestId('whatif-reruns').textContent()).toBe(before);
    expect(await page.getByTestId('whatif-1').getByTestId('whatif-earlier').locator('tbody tr').count()).toBe(
      1,
    );
    expect(errors).toEqual([]);
  }, 60_000);

  it('reads in Spanish', async () => {
    await page.evaluate(() => localStorage.setItem('ceasefire.lang', 'es'));
    await page.reload();
    // The class debrief around the panel reads in Spanish too.
    await page.getByLabel(/Incluir las mesas de demostración solo de bots/).check();
    const panel = page.getByTestId('whatif-1');
    await panel.getByRole('heading', { name: '¿Y si…?' }).waitFor();
    expect(await panel.getByTestId('whatif-reruns').locator('th').textContent()).toBe('8 repeticiones');
    expect(await panel.getByLabel('Desde la ronda').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
