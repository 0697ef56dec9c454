// /briefs and /briefs/SCENARIO: a printable brief for every seat — public objective, powers, fears, the
// starting position and the orders the role can give. The secret agendas are NOT printed: each player
// draws one at the start of the game and keeps it to themselves. One printed page per role (briefs.css).
import { useMemo } from 'react';
import type { Scenario } from '../../game/content/schema.ts';
import { DEFAULT_SCENARIO, getScenario, scenarioIds } from '../../game/scenario.ts';
import { kindLabel } from '../lib/catalogue.ts';
import { roleLook } from '../lib/roleStyle.ts';
import { navigate, paths } from '../lib/router.ts';
import { Link } from '../ui/Link.tsx';
import { RoleIcon } from '../ui/RoleBadge.tsx';
import { SourceNote } from '../ui/SourceNote.tsx';
import './briefs.css';

function load(id: string): Scenario | null {
  try {
    return getScenario(id);
  } catch {
    return null;
  }
}

const KIND_HINT = {
  faction: 'You are one of the two former warring sides.',
  spoiler: 'You want the peace deal to fail — or to pay you.',
  guarantor: 'You are an outsider whose promises are only worth your credibility.',
} as const;

export default function BriefsPage({ scenario: wanted }: { scenario: string | null }) {
  const id = wanted ?? DEFAULT_SCENARIO;
  const s = useMemo(() => load(id), [id]);
  const ids = scenarioIds();

  return (
    <div className="briefs-page">
      <header className="site-header no-print">
        <Link to={paths.home()} className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span>Ceasefire</span>
        </Link>
        <div className="briefs-tools">
          {ids.length > 1 && (
            <>
              <label htmlFor="brief-scenario">Scenario</label>
              <select id="brief-scenario" value={id} onChange={(e) => navigate(paths.briefs(e.target.value))}>
                {ids.map((x) => (
                  <option key={x} value={x}>
                    {load(x)?.name ?? x}
                  </option>
                ))}
              </select>
            </>
          )}
          <button type="button" className="primary" onClick={() => window.print()} disabled={!s}>
            Print the briefs
          </button>
        </div>
      </header>
      {!s ? (
        <main className="page narrow">
          <h1>No such scenario</h1>
          <p role="alert">
            There is no scenario “{id}”.{' '}
            <Link to={paths.briefs()}>See the briefs of the default scenario</Link>.
          </p>
        </main>
      ) : (
        <main className="page briefs" id="main">
          <section className="brief-cover">
            <p className="eyebrow">Role briefs — {s.name}</p>
            <h1>{s.name}: who is at the table</h1>
            <p className="lead">{s.summary}</p>
            <p>
              Print one brief per player (one page each). Each brief shows the role’s <strong>public</strong>{' '}
              objective, powers and fears. Secret agendas are <strong>not</strong> printed: every player draws
              one on screen at the start and keeps it to themselves.
            </p>
            <nav aria-label="Roles" className="no-print">
              <ul className="brief-jump">
                {s.roles.map((r) => (
                  <li key={r.id}>
                    <a href={`#brief-${r.id}`}>{r.name}</a>
                  </li>
                ))}
              </ul>
            </nav>
          </section>
          {s.roles.map((r) => (
            <RoleBrief key={r.id} s={s} roleId={r.id} />
          ))}
          <RulesSources s={s} />
        </main>
      )}
    </div>
  );
}

function RoleBrief({ s, roleId }: { s: Scenario; roleId: string }) {
  const r = s.roles.find((x) => x.id === roleId)!;
  const look = roleLook(
    s.roles.map((x) => x.id),
    r.id,
  );
  const actions = s.actions.filter(
    (a) => a.kinds.includes(r.kind) && (a.roles.length === 0 || a.roles.includes(r.id)) && a.type !== 'hold',
  );
  const units = s.regions
    .map((g) => ({ name: g.name, u: g.units[r.id] }))
    .filter((x) => x.u && x.u.active + x.u.cantoned + x.u.disarmed > 0);
  const start: string[] = [`${r.funds} funds, +${r.income} each round`];
  if (r.kind === 'faction') start.push(`Fear of the other side ${r.fear}/10`);
  if (r.kind === 'guarantor')
    start.push(
      `capability ${r.capability}/10, political will ${r.will}/10, approval at home ${r.approval}/10`,
    );
  if (r.kind === 'spoiler') start.push(`militancy ${r.militancy}/10`);
  return (
    <article
      className="brief"
      id={`brief-${r.id}`}
      aria-labelledby={`brief-${r.id}-t`}
      style={{ borderTopColor: look.color }}
    >
      <header className="brief-head">
        <p className="eyebrow">
          {s.name} · role brief · {kindLabel(r.kind)}
        </p>
        <h2 id={`brief-${r.id}-t`}>
          <RoleIcon look={look} size={26} /> You are the {r.name}
        </h2>
        <p className="muted">{KIND_HINT[r.kind]}</p>
      </header>
      <dl className="brief-facts">
        <dt>Your public objective</dt>
        <dd>{r.objective}</dd>
        <dt>Your powers</dt>
        <dd>{r.powers}</dd>
        <dt>What you fear</dt>
        <dd>{r.fears}</dd>
        <dt>You start with</dt>
        <dd>
          {start.join('; ')}.
          {units.length > 0 && (
            <>
              {' '}
              Fighters:{' '}
              {units.map((x) => `${x.name} ${x.u!.active + x.u!.cantoned + x.u!.disarmed}`).join(', ')}.
            </>
          )}
        </dd>
        <dt>Where this role comes from</dt>
        <dd>
          <SourceNote source={r.source} />
        </dd>
        <dt>Your secret agenda</dt>
        <dd className="brief-secret">
          Not printed here. At the start you get a secret agenda on screen: keep it to yourself — it scores
          points at the end if you reach it.
        </dd>
      </dl>
      <h3>Orders you can give ({s.tuning.actionsPerRound} a round, in secret)</h3>
      <ul className="brief-actions">
        {actions.map((a) => (
          <li key={a.type}>
            <strong>{a.label}</strong>{' '}
            <span className="cost">{a.cost === 0 ? 'free' : `${a.cost} funds`}</span> — {a.explain}
          </li>
        ))}
      </ul>
      <p className="brief-round small-text">
        Each round: <strong>Crisis</strong> (an event card) → <strong>Negotiation</strong> (talk, offers,
        public pledges) → <strong>Secret orders</strong> (everyone at once) → <strong>Review</strong>. After{' '}
        {s.tuning.rounds} rounds the elections decide — unless Tension reaches {s.tuning.tensionMax} first, or
        a faction resumes the war.
      </p>
    </article>
  );
}

/** For the teacher, on screen: what each order, region and spoiler type rests on in the source texts. */
function RulesSources({ s }: { s: Scenario }) {
  const rows = [
    ...s.actions
      .filter((a) => a.type !== 'hold')
      .map((a) => ({ key: `a-${a.type}`, name: a.label, source: a.source })),
    ...s.regions.map((g) => ({ key: `r-${g.id}`, name: `Region: ${g.name}`, source: g.source })),
    ...s.spoilerTypes.map((t) => ({ key: `t-${t.name}`, name: `Spoiler type: ${t.name}`, source: t.source })),
  ];
  const design = rows.filter((r) => 'design' in r.source).length;
  return (
    <section className="card brief-sources no-print" aria-labelledby="brief-sources-t">
      <h2 id="brief-sources-t">Where the rules come from</h2>
      <p className="muted">
        Each rule quotes the passage of the source texts it rests on: Freeman 2003 (seed 000) and an overview
        of security guarantees between states (seed 003). {design} of these {rows.length} are game-design
        choices the texts do not state, and say so.
      </p>
      <dl className="brief-sources-list">
        {rows.map((r) => (
          <div key={r.key}>
            <dt>{r.name}</dt>
            <dd>
              <SourceNote source={r.source} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
