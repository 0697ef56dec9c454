// /facilitator/CODE/debrief: every table of the class side by side — outcome, Tension curves, pledges made
// vs honoured vs broken, the spoiler's revealed type and how the table treated it, turning points — then the
// discussion prompts the tables' histories call for (paraphrase, citation, question). Exports (JSON, CSV)
// are fetched with the Bearer token; the page prints cleanly (print CSS in facilitator.css).
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Prompt } from '../../game/content/prompts.ts';
import type { Scenario } from '../../game/content/schema.ts';
import type { TableDebrief } from '../../game/debrief.ts';
import { getScenario } from '../../game/scenario.ts';
import { LineChart } from '../debrief/LineChart.tsx';
import { RealCase } from '../debrief/RealCase.tsx';
import { REFERENCES, referenceText, refId } from '../debrief/references.ts';
import { originalScenario, useLocalScenario } from '../i18n/content.ts';
import { useT } from '../i18n/i18n.ts';
import { localPrompt } from '../i18n/prompts.ts';
import { Rich } from '../i18n/Rich.tsx';
import { ApiError } from '../lib/api.ts';
import { navigate, paths } from '../lib/router.ts';
import { ensureScenario } from '../lib/scenarios.ts';
import { causeText } from '../table/causeText.ts';
import { Link } from '../ui/Link.tsx';
import { SourceNote } from '../ui/SourceNote.tsx';
import { VariablesNote } from '../ui/VariablesNote.tsx';
import { ConsoleHeader } from './ConsolePage.tsx';
import {
  classDebrief,
  deleteClass,
  downloadExport,
  forgetToken,
  getSession,
  normaliseClassCode,
  type SessionSnapshot,
  storedToken,
  storeToken,
} from './sessionApi.ts';
import { gradeLabel, roleName } from './TableCard.tsx';
import { TokenGate } from './TokenGate.tsx';
import { WhatIfPanel } from './WhatIfPanel.tsx';
import './facilitator.css';

interface PlayerResult {
  readonly playerID: string;
  readonly role: string;
  readonly roleName: string;
  readonly student: string | null;
  readonly who: string;
  readonly objective: string;
  readonly agenda: string;
  readonly score: { objective: boolean; agenda: boolean; points: number; won: boolean } | null;
}

type TableResult = TableDebrief & {
  readonly index: number;
  readonly matchID: string;
  readonly demo: boolean;
  /** Tension in the state the game is in (or ended in): the same number the last chart point shows. */
  readonly finalTension: number;
  readonly players: readonly PlayerResult[];
};

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

export default function ClassDebriefPage({ code: raw }: { code: string }) {
  const t = useT();
  const code = normaliseClassCode(raw);
  const [token, setToken] = useState<string | null>(() => storedToken(code));
  const [tables, setTables] = useState<TableResult[] | null>(null);
  const [session, setSession] = useState<SessionSnapshot | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [refused, setRefused] = useState<string | null>(null);
  const [at, setAt] = useState<number | null>(null);
  const [withDemo, setWithDemo] = useState(false);
  const [privateChat, setPrivateChat] = useState(false);

  const load = useCallback(async () => {
    if (!token) return;
    try {
      const [d, s] = await Promise.all([classDebrief<TableResult>(code, token), getSession(code, token)]);
      await ensureScenario(s.scenario);
      setTables(d.tables);
      setSession(s);
      setAt(Date.now());
      setError(null);
    } catch (e) {
      if (e instanceof ApiError && (e.status === 401 || e.status === 403)) setRefused(e.message);
      else setError(e instanceof ApiError ? e.message : t('cdeb.loadError'));
    }
  }, [code, token, t]);

  useEffect(() => {
    void load();
  }, [load]);

  if (!token || refused) {
    return (
      <>
        <ConsoleHeader code={code} />
        <TokenGate
          code={code}
          reason={refused}
          onToken={(tok) => {
            storeToken(code, tok);
            setRefused(null);
            setToken(tok);
          }}
        />
      </>
    );
  }

  const exportFile = async (kind: 'json' | 'csv' | 'rounds') => {
    try {
      await downloadExport(code, token, kind, { privateChat });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('cdeb.exportError'));
    }
  };

  return (
    <div className="fac-page class-debrief">
      <ConsoleHeader code={code}>
        <Link to={paths.console(code)} className="button small-button no-print">
          {t('cdeb.back')}
        </Link>
      </ConsoleHeader>
      <main className="page" id="main">
        <div className="debrief-head">
          <div>
            <p className="eyebrow">{t('cdeb.eyebrow')}</p>
            <h1>
              <Rich
                k="cdeb.title"
                params={{ code }}
                tags={{ code: (c) => <span className="code-inline">{c}</span> }}
              />
            </h1>
            <VariablesNote scenarioKey={session?.scenario} variables={session?.variables} reveal />
            {at && <p className="hint">{t('cdeb.asOf', { time: new Date(at).toLocaleString() })}</p>}
          </div>
          <div className="actions no-print">
            <button type="button" onClick={() => void load()}>
              {t('cdeb.refresh')}
            </button>
            <button type="button" onClick={() => void exportFile('csv')}>
              {t('cdeb.csv')}
            </button>
            <button type="button" onClick={() => void exportFile('rounds')}>
              {t('cdeb.roundsCsv')}
            </button>
            <button type="button" onClick={() => void exportFile('json')}>
              {t('cdeb.json')}
            </button>
            <label className="inline-check">
              <input
                type="checkbox"
                checked={privateChat}
                onChange={(e) => setPrivateChat(e.target.checked)}
              />{' '}
              {t('cdeb.private')}
            </label>
            <button type="button" className="primary" onClick={() => window.print()}>
              {t('cdeb.print')}
            </button>
          </div>
        </div>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        {session?.tables.some((x) => x.demo) && (
          <p className="no-print">
            <label>
              <input type="checkbox" checked={withDemo} onChange={(e) => setWithDemo(e.target.checked)} />{' '}
              {t('cdeb.withDemo', {
                list: session.tables
                  .filter((x) => x.demo)
                  .map((x) => x.index + 1)
                  .join(', '),
              })}
            </label>
          </p>
        )}
        {!tables ? (
          <p aria-busy="true">{t('cdeb.loading')}</p>
        ) : (
          <Results
            tables={tables.filter((x) => withDemo || !x.demo)}
            session={session}
            code={code}
            token={token}
          />
        )}
        <section className="card danger-zone-card no-print" aria-labelledby="delete-t">
          <h2 id="delete-t">{t('cdeb.deleteTitle')}</h2>
          <p className="hint">{t('cdeb.deleteHint', { code })}</p>
          <button
            type="button"
            className="danger"
            onClick={async () => {
              if (!window.confirm(t('cdeb.deleteConfirm', { code }))) return;
              try {
                await deleteClass(code, token);
                forgetToken(code);
                navigate(`${paths.home()}?deleted=${encodeURIComponent(code)}`);
              } catch (e) {
                setError(e instanceof ApiError ? e.message : t('cdeb.deleteError'));
              }
            }}
          >
            {t('cdeb.delete')}
          </button>
        </section>
      </main>
    </div>
  );
}

function SpoilerType({ type }: { type: Scenario['spoilerTypes'][number] }) {
  const t = useT();
  return (
    <>
      <p>
        <Rich k="cdeb.revealed" params={{ name: t(`spoilerKind.${type.name}`), text: type.text }} />
      </p>
      <p className="small-text">
        {t('cdeb.treatments', {
          name: t(`spoilerKind.${type.name}`),
          induce: signed(type.induce.militancy),
          socialize: signed(type.socialize.militancy),
          coerce: signed(type.coerce.militancy),
        })}
      </p>
    </>
  );
}

function Results({
  tables,
  session,
  code,
  token,
}: {
  tables: readonly TableResult[];
  session: SessionSnapshot | null;
  code: string;
  token: string;
}) {
  const t = useT();
  const s = useLocalScenario(
    useMemo(() => getScenario(session?.scenario ?? 'fragileAccord'), [session?.scenario]),
  );
  const d = s.tuning.durable;
  const name = (role: string) => roleName(s, role);
  // The server sends an agenda's text as the scenario writes it; show it in the reader's language.
  const agendaOf = (role: string, text: string) => {
    const id = originalScenario(s)
      .roles.find((r) => r.id === role)
      ?.agendas.find((x) => x.text === text)?.id;
    return s.roles.find((r) => r.id === role)?.agendas.find((x) => x.id === id)?.text ?? text;
  };
  const outcome = (x: TableResult) =>
    x.grade ? gradeLabel(x.grade) : t('cdeb.stillPlaying', { round: Math.max(1, x.round) });

  const prompts = new Map<string, { prompt: Prompt; tables: number[] }>();
  for (const x of tables)
    for (const p of x.prompts) {
      const hit = prompts.get(p.id) ?? { prompt: p, tables: [] };
      hit.tables.push(x.index + 1);
      prompts.set(p.id, hit);
    }
  const rankedPrompts = [...prompts.values()].sort(
    (a, b) =>
      Number(b.prompt.trigger !== 'always') - Number(a.prompt.trigger !== 'always') ||
      b.tables.length - a.tables.length,
  );

  const playersOf = (index: number) =>
    session?.tables[index]?.seats.map((seat) => ({
      role: seat.role ?? '',
      who: seat.student ? seat.student.name : seat.bot ? t('cdeb.bot') : (seat.name ?? '—'),
    })) ?? [];

  return (
    <>
      <section className="card" aria-labelledby="outcomes-t">
        <h2 id="outcomes-t">{t('cdeb.outcomes')}</h2>
        <div className="table-scroll">
          <table className="scores class-outcomes">
            <thead>
              <tr>
                <th scope="col">{t('cdeb.col.table')}</th>
                <th scope="col">{t('cdeb.col.outcome')}</th>
                <th scope="col">{t('cdeb.col.tension')}</th>
                <th scope="col">{t('cdeb.col.pledges')}</th>
                <th scope="col">{t('cdeb.col.spoilerType')}</th>
                <th scope="col">{t('cdeb.col.spoiler')}</th>
                <th scope="col">{t('cdeb.col.winners')}</th>
              </tr>
            </thead>
            <tbody>
              {tables.map((tb) => (
                <tr key={tb.index}>
                  <th scope="row">{t('cdeb.table', { n: tb.index + 1 })}</th>
                  <td className={tb.grade ? `grade-text grade-${tb.grade}` : ''}>{outcome(tb)}</td>
                  <td data-testid={`outcome-tension-${tb.index + 1}`}>
                    {tb.finalTension} / {s.tuning.tensionMax}
                  </td>
                  <td>
                    {tb.pledges.made} · {tb.pledges.honoured} · {tb.pledges.broken}
                  </td>
                  <td>
                    {Object.keys(tb.spoilerTypes).length > 0
                      ? tb.grade
                        ? Object.values(tb.spoilerTypes)
                            .filter((x): x is NonNullable<typeof x> => Boolean(x))
                            .map((x) => t(`spoilerKind.${x}`))
                            .join(' · ')
                        : t('cdeb.secretType')
                      : '—'}
                  </td>
                  <td>
                    {tb.spoiler.induced} · {tb.spoiler.coerced} · {tb.spoiler.socialized}
                  </td>
                  <td>{tb.winners.length ? tb.winners.map(name).join(', ') : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <RealCase s={s} grades={tables.filter((t) => !t.demo).map((t) => t.grade)} />

      <section className="card" aria-labelledby="students-t">
        <h2 id="students-t">{t('cdeb.students')}</h2>
        <div className="table-scroll">
          <table className="scores class-students">
            <thead>
              <tr>
                <th scope="col">{t('cdeb.col.student')}</th>
                <th scope="col">{t('cdeb.col.table')}</th>
                <th scope="col">{t('cdeb.col.role')}</th>
                <th scope="col">{t('cdeb.col.objective')}</th>
                <th scope="col">{t('cdeb.col.agenda')}</th>
                <th scope="col">{t('cdeb.col.points')}</th>
                <th scope="col">{t('cdeb.col.won')}</th>
              </tr>
            </thead>
            <tbody>
              {tables.flatMap((tb) =>
                tb.players
                  .filter((p) => p.student)
                  .map((p) => (
                    <tr key={`${tb.index}:${p.playerID}`} data-testid={`student-result-${p.student}`}>
                      <th scope="row">{p.student}</th>
                      <td>{tb.index + 1}</td>
                      <td>{name(p.role)}</td>
                      <td>
                        {p.score ? (p.score.objective ? t('cdeb.met') : t('cdeb.missed')) : '…'} —{' '}
                        {s.roles.find((r) => r.id === p.role)?.objective ?? p.objective}
                      </td>
                      <td>
                        {p.score ? (p.score.agenda ? t('cdeb.met') : t('cdeb.missed')) : '…'}
                        {tb.grade ? ` — ${agendaOf(p.role, p.agenda)}` : ''}
                      </td>
                      <td>{p.score ? p.score.points : '—'}</td>
                      <td>{p.score ? (p.score.won ? t('cdeb.yes') : t('cdeb.no')) : t('cdeb.playing')}</td>
                    </tr>
                  )),
              )}
            </tbody>
          </table>
        </div>
      </section>

      <section className="card" aria-labelledby="curves-t">
        <h2 id="curves-t">{t('cdeb.curves')}</h2>
        <p className="hint">{t('cdeb.curvesHint', { max: s.tuning.tensionMax, durable: d.tensionAtMost })}</p>
        <div className="charts class-curves">
          {tables.map((tb) =>
            tb.tension.length === 0 ? (
              <figure key={tb.index} className="chart">
                <figcaption>{t('cdeb.table', { n: tb.index + 1 })}</figcaption>
                <p className="muted">{t('cdeb.noRound')}</p>
              </figure>
            ) : (
              <LineChart
                key={tb.index}
                title={t('cdeb.chartTitle', { n: tb.index + 1, outcome: outcome(tb) })}
                rounds={tb.tension.map((x) => x.round)}
                max={s.tuning.tensionMax}
                thresholds={[
                  {
                    value: s.tuning.tensionMax,
                    label: t('charts.collapseAt', { n: s.tuning.tensionMax }),
                    tone: 'danger',
                  },
                  {
                    value: d.tensionAtMost,
                    label: t('charts.durableMax', { n: d.tensionAtMost }),
                    tone: 'goal',
                  },
                ]}
                series={[
                  {
                    label: t('cdeb.col.tension'),
                    values: tb.tension.map((x) => x.value),
                    color: '#a3261b',
                    marker: 'circle',
                  },
                ]}
              />
            ),
          )}
        </div>
      </section>

      {tables.map((tb) => {
        const type = tb.spoiler.type ? s.spoilerTypes.find((x) => x.name === tb.spoiler.type) : null;
        const players = playersOf(tb.index);
        return (
          <section key={tb.index} className="card class-table-debrief" aria-labelledby={`deb-${tb.index}`}>
            <h2 id={`deb-${tb.index}`}>{t('cdeb.tableTitle', { n: tb.index + 1, outcome: outcome(tb) })}</h2>
            {tb.cause && <p>{causeText(s, tb.cause)}</p>}
            {players.length > 0 && (
              <p className="small-text">
                {t('cdeb.playedBy', { list: players.map((p) => `${name(p.role)} — ${p.who}`).join(' · ') })}
              </p>
            )}
            <div className="deb-grid">
              <div>
                <h3>{t('cdeb.pledges')}</h3>
                <ul className="deb-counts">
                  <li>
                    <Rich k="cdeb.made" params={{ n: tb.pledges.made }} />
                  </li>
                  <li>
                    <Rich k="cdeb.honoured" params={{ n: tb.pledges.honoured }} />
                  </li>
                  <li>
                    <Rich k="cdeb.broken" params={{ n: tb.pledges.broken }} />
                  </li>
                  <li>
                    <Rich k="cdeb.withdrawn" params={{ n: tb.pledges.withdrawn }} />
                  </li>
                </ul>
              </div>
              <div>
                <h3>{t('cdeb.spoiler')}</h3>
                {type ? (
                  <>
                    <p>
                      <Rich
                        k="cdeb.spoilerTreated"
                        params={{
                          induced: tb.spoiler.induced,
                          coerced: tb.spoiler.coerced,
                          socialized: tb.spoiler.socialized,
                        }}
                      />
                    </p>
                    {tb.grade ? (
                      <SpoilerType type={type} />
                    ) : (
                      <details className="fold">
                        <summary>{t('cdeb.showType')}</summary>
                        <SpoilerType type={type} />
                      </details>
                    )}
                  </>
                ) : (
                  <p className="muted">{t('cdeb.noSpoiler')}</p>
                )}
              </div>
            </div>
            <h3>{t('cdeb.turning')}</h3>
            {tb.turningPoints.length === 0 ? (
              <p className="muted">{tb.grade ? t('cdeb.noTurn') : t('cdeb.noTurnYet')}</p>
            ) : (
              <ol className="turning-points">
                {tb.turningPoints.map((p, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed for a render
                  <li key={i}>{causeText(s, p)}</li>
                ))}
              </ol>
            )}
            {tb.round >= 1 && (
              <WhatIfPanel code={code} token={token} table={tb.index} lastRound={tb.round} scenario={s} />
            )}
          </section>
        );
      })}

      <section className="card prompts" aria-labelledby="prompts-t">
        <h2 id="prompts-t">{t('cdeb.prompts')}</h2>
        <p className="hint">{t('cdeb.promptsHint')}</p>
        <ol className="prompt-list">
          {rankedPrompts
            .map(({ prompt, tables: ts }) => ({ p: localPrompt(prompt), ts }))
            .map(({ p, ts }) => (
              <li key={p.id} className="prompt">
                <p className="eyebrow">
                  {t(`cdeb.topic.${p.topic}`)} ·{' '}
                  {p.trigger === 'always' ? t('cdeb.everyTable') : t('cdeb.tables', { list: ts.join(', ') })}
                </p>
                <blockquote>
                  <p>{p.paraphrase}</p>
                  <footer>
                    {t('cdeb.paraphrasing')}
                    <a href={`#${refId(p.cite)}`}>
                      <cite>{p.cite}</cite>
                    </a>
                  </footer>
                </blockquote>
                <SourceNote source={p.source} />
                <p className="prompt-question">
                  <strong>{t('cdeb.ask')}</strong> {p.question}
                </p>
              </li>
            ))}
        </ol>
      </section>

      <section className="card references" aria-labelledby="refs-t">
        <h2 id="refs-t">{t('cdeb.refs')}</h2>
        <p className="hint">{t('cdeb.refsHint')}</p>
        <ol className="reference-list">
          {REFERENCES.map((r) => (
            <li key={r.cite} id={refId(r.cite)}>
              {referenceText(r)}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
