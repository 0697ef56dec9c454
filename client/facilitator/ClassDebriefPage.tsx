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
import { REFERENCES, refId } from '../debrief/references.ts';
import { useLocalScenario } from '../i18n/content.ts';
import { ApiError } from '../lib/api.ts';
import { navigate, paths } from '../lib/router.ts';
import { ensureScenario } from '../lib/scenarios.ts';
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
import { GRADE_LABEL, roleName } from './TableCard.tsx';
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

const TOPIC_LABEL: Readonly<Record<Prompt['topic'], string>> = {
  commitment: 'Commitment problem',
  credibility: 'Credibility of guarantees',
  spoilers: 'Spoilers',
  sequencing: 'Sequencing',
  expectations: 'Expectations',
  consent: 'Consent and monitoring',
};

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

export default function ClassDebriefPage({ code: raw }: { code: string }) {
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
      else setError(e instanceof ApiError ? e.message : 'The debrief could not be loaded.');
    }
  }, [code, token]);

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
          onToken={(t) => {
            storeToken(code, t);
            setRefused(null);
            setToken(t);
          }}
        />
      </>
    );
  }

  const exportFile = async (kind: 'json' | 'csv' | 'rounds') => {
    try {
      await downloadExport(code, token, kind, { privateChat });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'The export failed.');
    }
  };

  return (
    <div className="fac-page class-debrief">
      <ConsoleHeader code={code}>
        <Link to={paths.console(code)} className="button small-button no-print">
          Back to the console
        </Link>
      </ConsoleHeader>
      <main className="page" id="main">
        <div className="debrief-head">
          <div>
            <p className="eyebrow">Class debrief</p>
            <h1>
              Class <span className="code-inline">{code}</span>: how did the peace hold?
            </h1>
            <VariablesNote scenarioKey={session?.scenario} variables={session?.variables} reveal />
            {at && (
              <p className="hint">
                As of {new Date(at).toLocaleString()}. Tables still playing show their state so far.
              </p>
            )}
          </div>
          <div className="actions no-print">
            <button type="button" onClick={() => void load()}>
              Refresh
            </button>
            <button type="button" onClick={() => void exportFile('csv')}>
              Download CSV
            </button>
            <button type="button" onClick={() => void exportFile('rounds')}>
              Download rounds CSV
            </button>
            <button type="button" onClick={() => void exportFile('json')}>
              Download JSON
            </button>
            <label className="inline-check">
              <input
                type="checkbox"
                checked={privateChat}
                onChange={(e) => setPrivateChat(e.target.checked)}
              />{' '}
              Include students’ private messages in the JSON
            </label>
            <button type="button" className="primary" onClick={() => window.print()}>
              Print
            </button>
          </div>
        </div>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        {session?.tables.some((t) => t.demo) && (
          <p className="no-print">
            <label>
              <input type="checkbox" checked={withDemo} onChange={(e) => setWithDemo(e.target.checked)} />{' '}
              Include the bots-only demonstration tables (
              {session.tables
                .filter((t) => t.demo)
                .map((t) => t.index + 1)
                .join(', ')}
              )
            </label>
          </p>
        )}
        {!tables ? (
          <p aria-busy="true">Loading the debrief…</p>
        ) : (
          <Results
            tables={tables.filter((t) => withDemo || !t.demo)}
            session={session}
            code={code}
            token={token}
          />
        )}
        <section className="card danger-zone-card no-print" aria-labelledby="delete-t">
          <h2 id="delete-t">When the class is over</h2>
          <p className="hint">
            Deleting removes every table of class {code} from this server: game states, histories, chat,
            students’ names and seats. Download what you want to keep first.
          </p>
          <button
            type="button"
            className="danger"
            onClick={async () => {
              if (
                !window.confirm(
                  `Delete all data of class ${code}? Tables, histories, chat and students’ names are removed for good.`,
                )
              )
                return;
              try {
                await deleteClass(code, token);
                forgetToken(code);
                navigate(`${paths.home()}?deleted=${encodeURIComponent(code)}`);
              } catch (e) {
                setError(e instanceof ApiError ? e.message : 'The class could not be deleted.');
              }
            }}
          >
            Delete this class’s data
          </button>
        </section>
      </main>
    </div>
  );
}

function SpoilerType({ type }: { type: Scenario['spoilerTypes'][number] }) {
  return (
    <>
      <p>
        Revealed type: <strong>{type.name}</strong> — {type.text}
      </p>
      <p className="small-text">
        Against a {type.name} spoiler each treatment changes its militancy: inducement{' '}
        {signed(type.induce.militancy)}, socialization {signed(type.socialize.militancy)}, coercion{' '}
        {signed(type.coerce.militancy)}.
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
  const s = useLocalScenario(
    useMemo(() => getScenario(session?.scenario ?? 'fragileAccord'), [session?.scenario]),
  );
  const d = s.tuning.durable;
  const name = (role: string) => roleName(s, role);
  const outcome = (t: TableResult) =>
    t.grade ? GRADE_LABEL[t.grade] : `Still playing (round ${Math.max(1, t.round)})`;

  const prompts = new Map<string, { prompt: Prompt; tables: number[] }>();
  for (const t of tables)
    for (const p of t.prompts) {
      const hit = prompts.get(p.id) ?? { prompt: p, tables: [] };
      hit.tables.push(t.index + 1);
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
      who: seat.student ? seat.student.name : seat.bot ? 'bot' : (seat.name ?? '—'),
    })) ?? [];

  return (
    <>
      <section className="card" aria-labelledby="outcomes-t">
        <h2 id="outcomes-t">Outcome per table</h2>
        <div className="table-scroll">
          <table className="scores class-outcomes">
            <thead>
              <tr>
                <th scope="col">Table</th>
                <th scope="col">Outcome</th>
                <th scope="col">Tension</th>
                <th scope="col">Pledges made · honoured · broken</th>
                <th scope="col">Spoiler type</th>
                <th scope="col">Spoiler induced · coerced · socialized</th>
                <th scope="col">Winners</th>
              </tr>
            </thead>
            <tbody>
              {tables.map((t) => (
                <tr key={t.index}>
                  <th scope="row">Table {t.index + 1}</th>
                  <td className={t.grade ? `grade-text grade-${t.grade}` : ''}>{outcome(t)}</td>
                  <td data-testid={`outcome-tension-${t.index + 1}`}>
                    {t.finalTension} / {s.tuning.tensionMax}
                  </td>
                  <td>
                    {t.pledges.made} · {t.pledges.honoured} · {t.pledges.broken}
                  </td>
                  <td>
                    {Object.keys(t.spoilerTypes).length > 0
                      ? t.grade
                        ? Object.values(t.spoilerTypes).filter(Boolean).join(' · ')
                        : 'secret until the end'
                      : '—'}
                  </td>
                  <td>
                    {t.spoiler.induced} · {t.spoiler.coerced} · {t.spoiler.socialized}
                  </td>
                  <td>{t.winners.length ? t.winners.map(name).join(', ') : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <RealCase s={s} grades={tables.filter((t) => !t.demo).map((t) => t.grade)} />

      <section className="card" aria-labelledby="students-t">
        <h2 id="students-t">Results per student</h2>
        <div className="table-scroll">
          <table className="scores class-students">
            <thead>
              <tr>
                <th scope="col">Student</th>
                <th scope="col">Table</th>
                <th scope="col">Role</th>
                <th scope="col">Public objective</th>
                <th scope="col">Secret agenda</th>
                <th scope="col">Points</th>
                <th scope="col">Won</th>
              </tr>
            </thead>
            <tbody>
              {tables.flatMap((t) =>
                t.players
                  .filter((p) => p.student)
                  .map((p) => (
                    <tr key={`${t.index}:${p.playerID}`} data-testid={`student-result-${p.student}`}>
                      <th scope="row">{p.student}</th>
                      <td>{t.index + 1}</td>
                      <td>{p.roleName}</td>
                      <td>
                        {p.score ? (p.score.objective ? '✓ met' : '✗ missed') : '…'} — {p.objective}
                      </td>
                      <td>
                        {p.score ? (p.score.agenda ? '✓ met' : '✗ missed') : '…'}
                        {t.grade ? ` — ${p.agenda}` : ''}
                      </td>
                      <td>{p.score ? p.score.points : '—'}</td>
                      <td>{p.score ? (p.score.won ? 'yes' : 'no') : 'still playing'}</td>
                    </tr>
                  )),
              )}
            </tbody>
          </table>
        </div>
      </section>

      <section className="card" aria-labelledby="curves-t">
        <h2 id="curves-t">Tension, table by table</h2>
        <p className="hint">
          Collapse at {s.tuning.tensionMax}; a durable peace needs Tension at most {d.tensionAtMost} at the
          end.
        </p>
        <div className="charts class-curves">
          {tables.map((t) =>
            t.tension.length === 0 ? (
              <figure key={t.index} className="chart">
                <figcaption>Table {t.index + 1}</figcaption>
                <p className="muted">No round resolved yet.</p>
              </figure>
            ) : (
              <LineChart
                key={t.index}
                title={`Table ${t.index + 1} — ${outcome(t)}`}
                rounds={t.tension.map((x) => x.round)}
                max={s.tuning.tensionMax}
                thresholds={[
                  { value: s.tuning.tensionMax, label: `collapse at ${s.tuning.tensionMax}`, tone: 'danger' },
                  { value: d.tensionAtMost, label: `durable ≤ ${d.tensionAtMost}`, tone: 'goal' },
                ]}
                series={[
                  {
                    label: 'Tension',
                    values: t.tension.map((x) => x.value),
                    color: '#a3261b',
                    marker: 'circle',
                  },
                ]}
              />
            ),
          )}
        </div>
      </section>

      {tables.map((t) => {
        const type = t.spoiler.type ? s.spoilerTypes.find((x) => x.name === t.spoiler.type) : null;
        const players = playersOf(t.index);
        return (
          <section key={t.index} className="card class-table-debrief" aria-labelledby={`deb-${t.index}`}>
            <h2 id={`deb-${t.index}`}>
              Table {t.index + 1}: {outcome(t)}
            </h2>
            {t.cause && <p>{t.cause}</p>}
            {players.length > 0 && (
              <p className="small-text">
                Played by: {players.map((p) => `${name(p.role)} — ${p.who}`).join(' · ')}
              </p>
            )}
            <div className="deb-grid">
              <div>
                <h3>Pledges</h3>
                <ul className="deb-counts">
                  <li>
                    Made <strong>{t.pledges.made}</strong>
                  </li>
                  <li>
                    Honoured <strong>{t.pledges.honoured}</strong>
                  </li>
                  <li>
                    Broken <strong>{t.pledges.broken}</strong>
                  </li>
                  <li>
                    Withdrawn <strong>{t.pledges.withdrawn}</strong>
                  </li>
                </ul>
              </div>
              <div>
                <h3>The spoiler</h3>
                {type ? (
                  <>
                    <p>
                      The table induced it <strong>{t.spoiler.induced}</strong> time(s), coerced it{' '}
                      <strong>{t.spoiler.coerced}</strong>, socialized it{' '}
                      <strong>{t.spoiler.socialized}</strong>.
                    </p>
                    {t.grade ? (
                      <SpoilerType type={type} />
                    ) : (
                      <details className="fold">
                        <summary>Show its hidden type (the table is still playing)</summary>
                        <SpoilerType type={type} />
                      </details>
                    )}
                  </>
                ) : (
                  <p className="muted">No spoiler at this table.</p>
                )}
              </div>
            </div>
            <h3>Turning points</h3>
            {t.turningPoints.length === 0 ? (
              <p className="muted">
                {t.grade ? 'No sharp turn: the tracks moved gradually.' : 'No sharp turn yet.'}
              </p>
            ) : (
              <ol className="turning-points">
                {t.turningPoints.map((p, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed for a render
                  <li key={i}>{p}</li>
                ))}
              </ol>
            )}
            {t.round >= 1 && (
              <WhatIfPanel code={code} token={token} table={t.index} lastRound={t.round} scenario={s} />
            )}
          </section>
        );
      })}

      <section className="card prompts" aria-labelledby="prompts-t">
        <h2 id="prompts-t">Discussion prompts</h2>
        <p className="hint">
          Chosen from what happened at the tables; the ones a table’s history calls for come first.
        </p>
        <ol className="prompt-list">
          {rankedPrompts.map(({ prompt: p, tables: ts }) => (
            <li key={p.id} className="prompt">
              <p className="eyebrow">
                {TOPIC_LABEL[p.topic]} · {p.trigger === 'always' ? 'every table' : `tables ${ts.join(', ')}`}
              </p>
              <blockquote>
                <p>{p.paraphrase}</p>
                <footer>
                  — paraphrasing{' '}
                  <a href={`#${refId(p.cite)}`}>
                    <cite>{p.cite}</cite>
                  </a>
                </footer>
              </blockquote>
              <SourceNote source={p.source} />
              <p className="prompt-question">
                <strong>Ask:</strong> {p.question}
              </p>
            </li>
          ))}
        </ol>
      </section>

      <section className="card references" aria-labelledby="refs-t">
        <h2 id="refs-t">References</h2>
        <p className="hint">
          The game is built on two seed texts; the prompts paraphrase them and the works they cite.
        </p>
        <ol className="reference-list">
          {REFERENCES.map((r) => (
            <li key={r.cite} id={refId(r.cite)}>
              {r.text}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
