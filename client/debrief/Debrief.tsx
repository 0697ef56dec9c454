// The end screen: outcome grade, each role's score with reasons, charts of every track, pledges, and
// every secret revealed (G.result.revealed).

import { paths } from '../lib/router.ts';
import { ConnectionPill } from '../table/ConnectionBanner.tsx';
import { HistoryPanel } from '../table/HistoryPanel.tsx';
import type { Connection } from '../table/matchConnection.ts';
import { lookOf, nameOf, regionNameOf, useTable } from '../table/tableContext.ts';
import { agendaText, orderText, pledgeStatus, pledgeText } from '../table/words.ts';
import { Link } from '../ui/Link.tsx';
import { RoleIcon } from '../ui/RoleBadge.tsx';
import { VariablesNote } from '../ui/VariablesNote.tsx';
import { Charts } from './Charts.tsx';
import { Discussion } from './Discussion.tsx';
import { PlayAgain } from './PlayAgain.tsx';
import { RealCase } from './RealCase.tsx';

const GRADE_TEXT = {
  durable: {
    title: 'Durable peace',
    icon: '✔',
    text: 'Tension stayed low, fighters disarmed and the country was ready to vote.',
  },
  fragile: {
    title: 'Fragile peace',
    icon: '≈',
    text: 'The transition held, but one more shock could undo it.',
  },
  collapsed: { title: 'Collapse', icon: '✖', text: 'The ceasefire broke down and the war came back.' },
} as const;

export default function Debrief({ connection, code }: { connection: Connection; code: string | null }) {
  const { G, s, me, seats } = useTable();
  const result = G.result!;
  const grade = GRADE_TEXT[result.grade];
  const playerOf = (role: string) => {
    const meta = seats.find((m) => m.id === G.seats.indexOf(role));
    return meta?.data?.bot ? `Bot (${meta.data.bot.difficulty})` : (meta?.name ?? '—');
  };
  const guarantors = s.roles.filter((r) => r.kind === 'guarantor');

  return (
    <div className="debrief-page">
      <header className="top-bar">
        <Link to={paths.home()} className="brand" aria-label="Ceasefire start page">
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-text">Ceasefire</span>
        </Link>
        <div className="where">
          <span className="scenario-name">{s.name}</span>
          <span className="round">After round {G.round}</span>
        </div>
        <div className="top-right">
          <ConnectionPill connection={connection} />
          {code && (
            <span className="pill code-pill">
              Code <strong>{code}</strong>
            </span>
          )}
        </div>
      </header>
      <main className="page debrief">
        <section className={`card outcome grade-${result.grade}`} aria-labelledby="outcome-title">
          <p className="eyebrow">The game is over</p>
          <h1 id="outcome-title">
            <span aria-hidden="true" className="grade-icon">
              {grade.icon}
            </span>{' '}
            Outcome: {grade.title}
          </h1>
          <p className="lead">{grade.text}</p>
          <p>{result.cause}</p>
        </section>
        <VariablesNote scenarioKey={G.scenario} rulesOnly />

        <section className="card" aria-labelledby="scores-title">
          <h2 id="scores-title">Scores</h2>
          <div className="table-scroll">
            <table className="scores">
              <thead>
                <tr>
                  <th scope="col">Role</th>
                  <th scope="col">Played by</th>
                  <th scope="col">Objective</th>
                  <th scope="col">Secret agenda</th>
                  <th scope="col">Points</th>
                  <th scope="col">Result</th>
                </tr>
              </thead>
              <tbody>
                {result.scores.map((sc) => (
                  <tr key={sc.role} className={sc.role === me ? 'mine' : ''}>
                    <th scope="row">
                      <RoleIcon look={lookOf(s, sc.role)} /> {nameOf(s, sc.role)}
                      {sc.role === me ? ' (you)' : ''}
                    </th>
                    <td>{playerOf(sc.role)}</td>
                    <td>{sc.objective ? '✔ met' : '✖ not met'}</td>
                    <td>
                      {sc.agenda ? '✔ met' : '✖ not met'}
                      <span className="small-text">
                        {agendaText(s, sc.role, result.revealed[sc.role]?.agenda ?? '')}
                      </span>
                    </td>
                    <td>{sc.points}</td>
                    <td>
                      <strong>{sc.won ? 'Won' : 'Lost'}</strong>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>Why</h3>
          <ul className="reasons">
            {result.scores.map((sc) => (
              <li key={sc.role}>
                <strong>{nameOf(s, sc.role)}:</strong> {sc.reasons.join(' ')}
              </li>
            ))}
          </ul>
        </section>

        <RealCase s={s} grades={[result.grade]} />

        <Discussion />

        <section className="card" aria-labelledby="charts-title">
          <h2 id="charts-title">How the country changed, round by round</h2>
          <Charts G={G} s={s} />
        </section>

        <section className="card" aria-labelledby="pledges-d-title">
          <h2 id="pledges-d-title">Promises: pledges made, honoured and broken</h2>
          <ul className="pledge-summary">
            {guarantors.map((g) => {
              const made = G.pledges.filter((p) => p.guarantor === g.id);
              return (
                <li key={g.id}>
                  <RoleIcon look={lookOf(s, g.id)} /> <strong>{g.name}</strong>: {made.length} made,{' '}
                  {made.filter((p) => p.honouredTimes > 0).length} honoured,{' '}
                  {made.filter((p) => p.status === 'broken').length} broken,{' '}
                  {made.filter((p) => p.status === 'withdrawn').length} withdrawn
                </li>
              );
            })}
          </ul>
          {G.pledges.length > 0 ? (
            <ul className="pledge-list">
              {G.pledges.map((p) => (
                <li key={p.id} className={`pledge status-${p.status}`}>
                  Round {p.round}: {pledgeText(s, p)} — <strong>{pledgeStatus(p.status)}</strong>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">No pledge was made in this game.</p>
          )}
        </section>

        <section className="card" aria-labelledby="secrets-title">
          <h2 id="secrets-title">Every secret revealed</h2>
          <div className="secrets">
            {G.seats.map((role) => {
              const sec = result.revealed[role];
              if (!sec) return null;
              const caches = Object.entries(sec.caches).filter(([, n]) => n > 0);
              const type = sec.spoilerType ? s.spoilerTypes.find((t) => t.name === sec.spoilerType) : null;
              return (
                <article key={role} className="secret-card" style={{ borderTopColor: lookOf(s, role).color }}>
                  <h3>
                    <RoleIcon look={lookOf(s, role)} /> {nameOf(s, role)}
                  </h3>
                  <p>
                    <strong>Secret agenda:</strong> {agendaText(s, role, sec.agenda)}
                  </p>
                  {type && (
                    <p data-testid="revealed-spoiler-type">
                      <strong>Spoiler type:</strong> {type.name} — {type.text}
                    </p>
                  )}
                  <p>
                    <strong>Hidden caches:</strong>{' '}
                    {caches.length ? caches.map(([r, n]) => `${regionNameOf(s, r)} ${n}`).join(', ') : 'none'}
                  </p>
                  {sec.lastOrders.length > 0 && (
                    <p>
                      <strong>Last orders:</strong> {sec.lastOrders.map((o) => orderText(s, o)).join('; ')}
                    </p>
                  )}
                  {sec.induced > 0 && <p>Inducements received: {sec.induced}</p>}
                </article>
              );
            })}
          </div>
        </section>

        <HistoryPanel />

        <p className="actions">
          {me && <PlayAgain />}{' '}
          <Link to={paths.home()} className="button">
            Start page
          </Link>
        </p>
      </main>
    </div>
  );
}
