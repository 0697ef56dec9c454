// The model's claims as figures: fixed-seed series of bot games, each claim of DESIGN.md / issue 9 with
// its figure, a 95% interval and PASS or FAIL. Pure: server/simulate.ts runs the series (in workers).
import type { PolicyName } from '../bots/types.ts';
import { getScenario } from '../scenario.ts';
import type { SetupData } from '../setup.ts';
import type { OrderType } from '../types.ts';
import type { GameSummary, SimOptions } from './simulate.ts';
import type { Variant } from './variants.ts';

export interface Series {
  readonly name: string;
  readonly opts: SimOptions;
}

export interface Claim {
  /** Stable id (`peace`, `wins:un`, `spoiler-type:total`, `fixed:un:sanction` ...): a scenario's `claims` name it. */
  readonly id?: string;
  readonly claim: string;
  readonly figure: string;
  readonly pass: boolean;
  /** Why this claim does not apply to the scenario (its `claims` list): shown as N/A, not counted. */
  readonly exempt?: string;
  /** A known failure the scenario documents (`holds: false`): still counted as a FAIL, with its reason. */
  readonly known?: string;
}

/** Whether a claim id is covered by an exemption pattern (an id, or a prefix ending in `*`). */
export function claimMatches(pattern: string, id: string): boolean {
  return pattern.endsWith('*') ? id.startsWith(pattern.slice(0, -1)) : pattern === id;
}

/**
 * Claims that fail and that the scenario does not declare inapplicable: the check's exit code rests on
 * these. A known failure the scenario documents is still a failure (documenting is not fixing).
 */
export function failures(claims: readonly Claim[]): Claim[] {
  return claims.filter((c) => !c.pass && !c.exempt);
}

const FIXED: Readonly<Record<string, readonly OrderType[]>> = {
  faction: ['hold', 'attack', 'campaign', 'canton', 'rearm', 'cache', 'reconstruct', 'reform', 'move'],
  spoiler: ['hold', 'attack', 'smuggle', 'recruit', 'intimidate', 'move'],
  guarantor: [
    'hold',
    'coerce',
    'induce',
    'socialize',
    'monitors',
    'peacekeepers',
    'enforce',
    'aid',
    'sanction',
    'patrol',
    'mandate',
  ],
};

/** Every series the check plays (same seed, so game i is the same deal in every series). */
export function checkSeries(games: number, seed: string, setupData?: SetupData): Series[] {
  const s = getScenario(setupData?.scenario);
  const base = { games, seed, ...(setupData ? { setupData } : {}) };
  const out: Series[] = [{ name: 'normal', opts: base }];
  for (const r of s.roles)
    out.push({ name: `passive:${r.id}`, opts: { ...base, bots: { [r.id]: 'passive' as PolicyName } } });
  for (const r of s.roles)
    for (const t of FIXED[r.kind] ?? []) {
      if (
        !s.actions.some(
          (a) => a.type === t && a.kinds.includes(r.kind) && (a.roles.length === 0 || a.roles.includes(r.id)),
        )
      )
        continue;
      out.push({
        name: `fixed:${r.id}:${t}`,
        opts: { ...base, variants: { [r.id]: `fixed:${t}` as Variant } },
      });
    }
  const guarantors = s.roles.filter((r) => r.kind === 'guarantor').map((r) => r.id);
  for (const v of ['pledges:none', 'pledges:break', 'pledges:honour'] as const)
    out.push({ name: v, opts: { ...base, variants: Object.fromEntries(guarantors.map((g) => [g, v])) } });
  return out;
}

/** Wilson 95% interval of a proportion. */
export function wilson(k: number, n: number): [number, number] {
  if (n === 0) return [0, 0];
  const z = 1.96;
  const p = k / n;
  const d = 1 + (z * z) / n;
  const c = p + (z * z) / (2 * n);
  const h = z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return [(c - h) / d, (c + h) / d];
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

export function rate(gs: readonly GameSummary[], test: (g: GameSummary) => boolean) {
  const k = gs.filter(test).length;
  const n = gs.length;
  const [lo, hi] = wilson(k, n);
  return { p: n ? k / n : 0, text: `${pct(n ? k / n : 0)} [${pct(lo)}–${pct(hi)}] (${k}/${n})` };
}

/** Paired difference of two series on the same deals: mean and 95% interval, in points. */
function paired(a: readonly GameSummary[], b: readonly GameSummary[], test: (g: GameSummary) => boolean) {
  const n = Math.min(a.length, b.length);
  const d: number[] = [];
  for (let i = 0; i < n; i++) d.push(Number(test(a[i]!)) - Number(test(b[i]!)));
  const mean = d.reduce((x, y) => x + y, 0) / Math.max(1, n);
  const sd = Math.sqrt(d.reduce((x, y) => x + (y - mean) ** 2, 0) / Math.max(1, n - 1));
  const h = (1.96 * sd) / Math.sqrt(Math.max(1, n));
  const pts = (x: number) => `${x >= 0 ? '+' : ''}${(100 * x).toFixed(1)}`;
  return { mean, text: `${pts(mean)} pts [${pts(mean - h)}, ${pts(mean + h)}]` };
}

const peace = (g: GameSummary) => g.grade !== 'collapsed';

/**
 * Where "never pledging" against "always breaking" comes from: the deals where a pledge was put to the
 * test and broken, and those where pledges were made and never tested (there, breaking and honouring
 * are the same game). Each part is its own paired difference and its share of the whole.
 */
export function brokenOrUntested(none: readonly GameSummary[], broken: readonly GameSummary[]): string {
  const n = Math.min(none.length, broken.length);
  const part = (label: string, test: (g: GameSummary) => boolean) => {
    const idx = [...Array(n).keys()].filter((i) => test(broken[i]!));
    const pn = idx.filter((i) => peace(none[i]!)).length;
    const pb = idx.filter((i) => peace(broken[i]!)).length;
    const pts = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(1)}`;
    const within = idx.length ? (100 * (pn - pb)) / idx.length : 0;
    return `${label} (${idx.length} deals): peace ${pct(idx.length ? pn / idx.length : 0)} without pledges against ${pct(idx.length ? pb / idx.length : 0)}, ${pts(within)} pts, ${pts((100 * (pn - pb)) / Math.max(1, n))} of the whole`;
  };
  return [
    part('broken', (g) => g.pledgesBroken > 0),
    part('never tested', (g) => g.pledgesMade > 0 && g.pledgesTriggered === 0),
  ].join('; ');
}

/** Evaluate every claim from the played series (by name). */
export function evaluate(
  results: Readonly<Record<string, readonly GameSummary[]>>,
  setupData?: SetupData,
): Claim[] {
  const s = getScenario(setupData?.scenario);
  const N = results.normal ?? [];
  const claims: Claim[] = [];
  const add = (id: string, claim: string, figure: string, pass: boolean) => {
    const ex = s.claims.find((c) => claimMatches(c.claim, id));
    const note = ex ? (ex.holds === false ? { known: ex.reason } : { exempt: ex.reason }) : {};
    claims.push({ id, claim, figure, pass, ...note });
  };

  const pr = rate(N, peace);
  add('peace', 'peace holds in 35–70% of all-normal games', pr.text, pr.p >= 0.35 && pr.p <= 0.7);
  const fr = rate(N, (g) => g.grade === 'fragile');
  add('fragile', 'fragile outcomes >= 12%', fr.text, fr.p >= 0.12);
  for (const r of s.roles) {
    const w = rate(N, (g) => g.winners.includes(r.id));
    add(`wins:${r.id}`, `${r.name} wins 15–55% (all normal)`, w.text, w.p >= 0.15 && w.p <= 0.55);
  }
  // Every spoiler seat dealt a type counts once for it (several spoilers are dealt different types).
  const spoilers = s.roles.filter((r) => r.kind === 'spoiler');
  if (spoilers.length > 0)
    for (const t of ['limited', 'greedy', 'total']) {
      const seats = N.flatMap((g) =>
        spoilers.filter((sp) => g.spoilerTypes[sp.id] === t).map((sp) => g.winners.includes(sp.id)),
      );
      const k = seats.filter(Boolean).length;
      const [lo, hi] = wilson(k, seats.length);
      const p = seats.length ? k / seats.length : 0;
      const text = `${pct(p)} [${pct(lo)}–${pct(hi)}] (${k}/${seats.length}${spoilers.length > 1 ? ' seats' : ''})`;
      add(`spoiler-type:${t}`, `a ${t} spoiler wins 25–60%`, text, seats.length > 0 && p >= 0.25 && p <= 0.6);
    }
  for (const r of s.roles)
    for (const a of r.agendas) {
      const gs = N.filter((g) => g.agendas[r.id]?.id === a.id);
      const m = rate(gs, (g) => g.agendas[r.id]!.met);
      add(
        `agenda:${r.id}:${a.id}`,
        `agenda ${a.id} (${r.name}) achieved in 10–90% of the games it is dealt`,
        m.text,
        gs.length > 0 && m.p >= 0.1 && m.p <= 0.9,
      );
    }
  for (const r of s.roles) {
    const P = results[`passive:${r.id}`];
    if (!P) continue;
    const w = rate(P, (g) => g.winners.includes(r.id));
    add(`passive:${r.id}`, `a passive ${r.name} wins <= 15%`, w.text, w.p <= 0.15);
  }
  for (const [name, gs] of Object.entries(results)) {
    const m = /^fixed:([^:]+):(.+)$/.exec(name);
    if (!m) continue;
    const role = m[1]!;
    const d = paired(gs, N, (g) => g.winners.includes(role));
    add(
      name,
      `"always ${m[2]}" does not beat the normal ${s.roles.find((r) => r.id === role)?.name} bot by > 8 pts`,
      d.text,
      d.mean <= 0.08,
    );
  }
  const none = results['pledges:none'];
  const honour = results['pledges:honour'];
  const broken = results['pledges:break'];
  if (none && honour) {
    const d = paired(honour, none, peace);
    add(
      'pledges:honour',
      'honoured pledges raise the peace rate by >= 10 pts over no pledges',
      d.text,
      d.mean >= 0.1,
    );
  }
  if (none && broken) {
    const d = paired(none, broken, peace);
    add(
      'pledges:break',
      'always breaking pledges is worse than never pledging by >= 5 pts (peace rate)',
      `${d.text}; ${brokenOrUntested(none, broken)}`,
      d.mean >= 0.05,
    );
    // The same deals where a pledge was broken: did the broken promise leave things worse than none?
    const idx = broken.flatMap((g, i) => (g.pledgesBroken > 0 && none[i] ? [i] : []));
    const mean = (xs: number[]) => xs.reduce((x, y) => x + y, 0) / Math.max(1, xs.length);
    const fear = (g: GameSummary) => Object.values(g.fear).reduce((x, y) => x + y, 0);
    const fb = mean(idx.map((i) => fear(broken[i]!)));
    const fn = mean(idx.map((i) => fear(none[i]!)));
    add(
      'pledges:break-fear',
      'where a pledge was broken, the factions end more afraid than on the same deals without pledges',
      `Fear (both factions) ${fb.toFixed(1)} against ${fn.toFixed(1)} on ${idx.length} deals`,
      idx.length > 0 && fb > fn,
    );
    const rb = mean(idx.map((i) => broken[i]!.rounds));
    const rn = mean(idx.map((i) => none[i]!.rounds));
    const tb = mean(idx.map((i) => broken[i]!.tension));
    const tn = mean(idx.map((i) => none[i]!.tension));
    add(
      'pledges:break-tension',
      'where a pledge was broken, Tension ends at least as high and the peace lasts no longer than without pledges',
      `Tension ${tb.toFixed(1)} against ${tn.toFixed(1)}; rounds ${rb.toFixed(2)} against ${rn.toFixed(2)}`,
      idx.length > 0 && tb >= tn && rb <= rn,
    );
  }
  const trig = rate(N, (g) => g.pledgesTriggered > 0);
  add('pledges:trigger', 'pledges trigger in >= 40% of games', trig.text, trig.p >= 0.4);
  const war = rate(N, (g) => g.war !== null);
  add('war:chosen', 'resuming the war is chosen in 3–20% of games', war.text, war.p >= 0.03 && war.p <= 0.2);
  const wars = N.filter((g) => g.war !== null);
  const won = rate(wars, (g) => g.war!.won);
  add(
    'war:won',
    'a resumed war is won by the resumer in some but not most cases',
    won.text,
    wars.length > 0 && won.p > 0 && won.p < 0.5,
  );
  return claims;
}

export function formatClaims(claims: readonly Claim[]): string {
  const width = Math.max(...claims.map((c) => c.claim.length));
  const lines = claims.map((c) => {
    const mark = c.exempt ? 'N/A ' : c.pass ? 'PASS' : 'FAIL';
    const note = c.exempt
      ? `\n      (does not apply here: ${c.exempt})`
      : c.known
        ? `\n      (${c.pass ? 'documented as not holding, but holds in this run' : 'known, documented in the scenario'}: ${c.known})`
        : '';
    return `${mark}  ${c.claim.padEnd(width)}  ${c.figure}${note}`;
  });
  const failed = failures(claims).length;
  const na = claims.filter((c) => c.exempt).length;
  const counted = claims.length - na;
  lines.push(
    '',
    `${counted - failed} of ${counted} claims hold; ${failed} fail${na ? `; ${na} do not apply to this scenario (shown as N/A with the reason)` : ''}.`,
  );
  return lines.join('\n');
}
