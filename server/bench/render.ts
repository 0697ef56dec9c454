// npm run bench:render -- [--games 2] [--json]
//
// How fast the table draws what it receives, in real Chromium: the client built as `npm start` builds
// it, the real server in process, solo games played to the end screen by a person's clicks (the
// browser tests' newcomer: one order a round, Ready, Send) against steady bots. The client marks each
// received state and measures until React has drawn it (`ceasefire:render`). Printed as p50/p95/max,
// against the target (p95 <= 50 ms: a received move on screen within three frames), and as a ratio to a
// fixed piece of JavaScript timed in the same page before and after the games (the machine's speed at
// that moment: these machines are shared).
import type { Page } from 'playwright-core';
import {
  buildClient,
  launchBrowser,
  newContext,
  playToTheEnd,
  startApp,
  untilNegotiation,
} from '../../tests/e2e/helpers.ts';

const argv = process.argv.slice(2);
const gi = argv.indexOf('--games');
const GAMES = gi >= 0 ? Number(argv[gi + 1]) : 2;
const JSON_OUT = argv.includes('--json');
const ROLES = ['Government', 'Movement', 'UN Mission', 'Regional Power'];
const TARGET_P95_MS = 50;

/** A fixed workload (build, copy and sort 2,000 small objects), timed 30 times: the median, in ms. */
async function baseline(page: Page): Promise<number> {
  return page.evaluate(() => {
    const times: number[] = [];
    for (let k = 0; k < 30; k++) {
      const t = performance.now();
      const xs: { i: number; s: string; a: number[] }[] = [];
      for (let i = 0; i < 2000; i++) xs.push({ i, s: `x${i}`, a: [i, i + 1] });
      const copy = JSON.parse(JSON.stringify(xs)) as typeof xs;
      copy.sort((a, b) => b.i - a.i);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    return times[15]!;
  });
}

const q = (xs: readonly number[], f: number) => xs[Math.min(xs.length - 1, Math.floor(f * xs.length))] ?? 0;
const r1 = (x: number) => Math.round(x * 10) / 10;

async function main(): Promise<void> {
  const dist = await buildClient();
  const app = await startApp(dist, { botDelayMs: 20, steadyBots: true });
  const browser = await launchBrowser();
  const renders: number[] = [];
  const baselines: number[] = [];
  try {
    for (let g = 0; g < GAMES; g++) {
      const ctx = await newContext(browser);
      const page = await ctx.newPage();
      await page.goto(app.url);
      baselines.push(await baseline(page));
      const role = ROLES[g % ROLES.length]!;
      await page.getByRole('radio', { name: role }).check();
      await page.getByRole('button', { name: 'Start a solo game' }).click();
      await page.getByRole('heading', { name: `You are the ${role}` }).waitFor();
      await untilNegotiation([page]);
      await playToTheEnd(page, false);
      await page.getByRole('heading', { name: /Outcome:/ }).waitFor({ timeout: 5000 });
      renders.push(
        ...(await page.evaluate(() =>
          performance.getEntriesByName('ceasefire:render').map((e) => e.duration),
        )),
      );
      baselines.push(await baseline(page));
      await ctx.close();
      if (!JSON_OUT) console.error(`game ${g + 1} of ${GAMES} (${role}): ${renders.length} renders so far`);
    }
  } finally {
    await browser.close();
    await app.close();
  }
  renders.sort((a, b) => a - b);
  baselines.sort((a, b) => a - b);
  const base = q(baselines, 0.5);
  const result = {
    games: GAMES,
    renders: renders.length,
    renderMs: { p50: r1(q(renders, 0.5)), p95: r1(q(renders, 0.95)), max: r1(renders.at(-1) ?? 0) },
    baselineMs: r1(base),
    p95ToBaseline: r1(q(renders, 0.95) / Math.max(0.01, base)),
    targetP95Ms: TARGET_P95_MS,
    met: q(renders, 0.95) <= TARGET_P95_MS,
  };
  if (JSON_OUT) console.log(JSON.stringify(result, null, 2));
  else
    console.log(
      [
        `table render after a received state (${result.renders} renders in ${GAMES} solo games, Chromium)`,
        `  p50 ${result.renderMs.p50} ms  p95 ${result.renderMs.p95} ms  max ${result.renderMs.max} ms  (target p95 <= ${TARGET_P95_MS} ms: ${result.met ? 'met' : 'NOT met'})`,
        `  the page's fixed workload: ${result.baselineMs} ms (median, before and after each game); p95 = ${result.p95ToBaseline}x it`,
      ].join('\n'),
    );
}

await main();
