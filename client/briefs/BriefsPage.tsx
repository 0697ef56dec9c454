// /briefs and /briefs/SCENARIO: a printable brief for every seat — public objective, powers, fears, the
// starting position and the orders the role can give. The secret agendas are NOT printed: each player
// draws one at the start of the game and keeps it to themselves. One printed page per role (briefs.css).
import { useMemo } from 'react';
import type { Scenario } from '../../game/content/schema.ts';
import { DEFAULT_SCENARIO, getScenario, scenarioIds } from '../../game/scenario.ts';
import { localizeScenario, theRole, useLocalScenario } from '../i18n/content.ts';
import { useT } from '../i18n/i18n.ts';
import { Rich } from '../i18n/Rich.tsx';
import { kindLabel } from '../lib/catalogue.ts';
import { roleLook } from '../lib/roleStyle.ts';
import { navigate, paths } from '../lib/router.ts';
import { Link } from '../ui/Link.tsx';
import { RoleIcon } from '../ui/RoleBadge.tsx';
import { SiteHeader } from '../ui/SiteHeader.tsx';
import { SourceNote } from '../ui/SourceNote.tsx';
import './briefs.css';

function load(id: string): Scenario | null {
  try {
    return getScenario(id);
  } catch {
    return null;
  }
}

/** A scenario's name in the reader's language (its id if it cannot be loaded). */
function nameOf(id: string): string {
  const sc = load(id);
  return sc ? localizeScenario(sc).name : id;
}

export default function BriefsPage({ scenario: wanted }: { scenario: string | null }) {
  const id = wanted ?? DEFAULT_SCENARIO;
  const t = useT();
  const s = useLocalScenario(useMemo(() => load(id), [id]));
  const ids = scenarioIds();

  return (
    <div className="briefs-page">
      <SiteHeader className="no-print">
        <div className="briefs-tools">
          {ids.length > 1 && (
            <>
              <label htmlFor="brief-scenario">{t('create.scenario')}</label>
              <select id="brief-scenario" value={id} onChange={(e) => navigate(paths.briefs(e.target.value))}>
                {ids.map((x) => (
                  <option key={x} value={x}>
                    {nameOf(x)}
                  </option>
                ))}
              </select>
            </>
          )}
          <button type="button" className="primary" onClick={() => window.print()} disabled={!s}>
            {t('briefs.print')}
          </button>
        </div>
      </SiteHeader>
      {!s ? (
        <main className="page narrow">
          <h1>{t('briefs.noScenario')}</h1>
          <p role="alert">
            {t('briefs.noScenarioText', { id })}
            <Link to={paths.briefs()}>{t('briefs.seeDefault')}</Link>.
          </p>
        </main>
      ) : (
        <main className="page briefs" id="main">
          <section className="brief-cover">
            <p className="eyebrow">{t('briefs.eyebrow', { name: s.name })}</p>
            <h1>{t('briefs.title', { name: s.name })}</h1>
            <p className="lead">{s.summary}</p>
            <p>
              <Rich k="briefs.intro" />
            </p>
            <nav aria-label={t('briefs.roles')} className="no-print">
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
  const t = useT();
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
  const start: string[] = [t('briefs.startFunds', { funds: r.funds, income: r.income })];
  if (r.kind === 'faction') start.push(t('briefs.startFear', { fear: r.fear }));
  if (r.kind === 'guarantor')
    start.push(t('briefs.startGuarantor', { capability: r.capability, will: r.will, approval: r.approval }));
  if (r.kind === 'spoiler') start.push(t('briefs.startMilitancy', { militancy: r.militancy }));
  return (
    <article
      className="brief"
      id={`brief-${r.id}`}
      aria-labelledby={`brief-${r.id}-t`}
      style={{ borderTopColor: look.color }}
    >
      <header className="brief-head">
        <p className="eyebrow">{t('briefs.roleEyebrow', { scenario: s.name, kind: kindLabel(r.kind) })}</p>
        <h2 id={`brief-${r.id}-t`}>
          <RoleIcon look={look} size={26} /> {t('role.youAre', { who: theRole(s, r.id) })}
        </h2>
        <p className="muted">{t(`briefs.hint.${r.kind}`)}</p>
      </header>
      <dl className="brief-facts">
        <dt>{t('briefs.objective')}</dt>
        <dd>{r.objective}</dd>
        <dt>{t('briefs.powers')}</dt>
        <dd>{r.powers}</dd>
        <dt>{t('briefs.fears')}</dt>
        <dd>{r.fears}</dd>
        <dt>{t('briefs.start')}</dt>
        <dd>
          {start.join('; ')}.
          {units.length > 0 && (
            <>
              {' '}
              {t('briefs.fighters', {
                list: units.map((x) => `${x.name} ${x.u!.active + x.u!.cantoned + x.u!.disarmed}`).join(', '),
              })}
            </>
          )}
        </dd>
        <dt>{t('briefs.roleSource')}</dt>
        <dd>
          <SourceNote source={r.source} />
        </dd>
        <dt>{t('briefs.secret')}</dt>
        <dd className="brief-secret">{t('briefs.secretText')}</dd>
      </dl>
      <h3>{t('briefs.orders', { n: s.tuning.actionsPerRound })}</h3>
      <ul className="brief-actions">
        {actions.map((a) => (
          <li key={a.type}>
            <strong>{a.label}</strong>{' '}
            <span className="cost">
              {a.cost === 0 ? t('briefs.free') : t('briefs.cost', { cost: a.cost })}
            </span>{' '}
            — {a.explain}
          </li>
        ))}
      </ul>
      <p className="brief-round small-text">
        <Rich k="briefs.round" params={{ rounds: s.tuning.rounds, max: s.tuning.tensionMax }} />
      </p>
    </article>
  );
}

/** For the teacher, on screen: what each order, region and spoiler type rests on in the source texts. */
function RulesSources({ s }: { s: Scenario }) {
  const t = useT();
  const rows = [
    ...s.actions
      .filter((a) => a.type !== 'hold')
      .map((a) => ({ key: `a-${a.type}`, name: a.label, source: a.source })),
    ...s.regions.map((g) => ({
      key: `r-${g.id}`,
      name: t('briefs.region', { name: g.name }),
      source: g.source,
    })),
    ...s.spoilerTypes.map((x) => ({
      key: `t-${x.name}`,
      name: t('briefs.spoilerType', { name: t(`spoilerKind.${x.name}`) }),
      source: x.source,
    })),
  ];
  const design = rows.filter((r) => 'design' in r.source).length;
  return (
    <section className="card brief-sources no-print" aria-labelledby="brief-sources-t">
      <h2 id="brief-sources-t">{t('briefs.sourcesTitle')}</h2>
      <p className="muted">{t('briefs.sourcesText', { design, total: rows.length })}</p>
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
