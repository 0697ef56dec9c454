// The end screen: outcome grade, each role's score with reasons, charts of every track, pledges, and
// every secret revealed (G.result.revealed).

import { useT } from '../i18n/i18n.ts';
import { Rich } from '../i18n/Rich.tsx';
import { difficultyLabel } from '../lib/catalogue.ts';
import { paths } from '../lib/router.ts';
import { ConnectionPill } from '../table/ConnectionBanner.tsx';
import { causeText } from '../table/causeText.ts';
import { HistoryPanel } from '../table/HistoryPanel.tsx';
import type { Connection } from '../table/matchConnection.ts';
import { lookOf, nameOf, regionNameOf, useTable } from '../table/tableContext.ts';
import { agendaText, orderText, pledgeStatus, pledgeText } from '../table/words.ts';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import { Link } from '../ui/Link.tsx';
import { RoleIcon } from '../ui/RoleBadge.tsx';
import { VariablesNote } from '../ui/VariablesNote.tsx';
import { Charts } from './Charts.tsx';
import { Discussion } from './Discussion.tsx';
import { PlayAgain } from './PlayAgain.tsx';
import { RealCase } from './RealCase.tsx';

const GRADE_ICON = { durable: '✔', fragile: '≈', collapsed: '✖' } as const;

export default function Debrief({ connection, code }: { connection: Connection; code: string | null }) {
  const t = useT();
  const { G, s, me, seats } = useTable();
  const result = G.result!;
  const playerOf = (role: string) => {
    const meta = seats.find((m) => m.id === G.seats.indexOf(role));
    return meta?.data?.bot
      ? t('seats.bot', { difficulty: difficultyLabel(meta.data.bot.difficulty) })
      : (meta?.name ?? '—');
  };
  const guarantors = s.roles.filter((r) => r.kind === 'guarantor');

  return (
    <div className="debrief-page">
      <header className="top-bar">
        <Link to={paths.home()} className="brand" aria-label={t('top.home')}>
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-text">Ceasefire</span>
        </Link>
        <div className="where">
          <span className="scenario-name">{s.name}</span>
          <span className="round">{t('debrief.afterRound', { round: G.round })}</span>
        </div>
        <div className="top-right">
          <ConnectionPill connection={connection} />
          <LanguageSwitch />
          {code && (
            <span className="pill code-pill">
              <Rich k="top.code" params={{ code }} />
            </span>
          )}
        </div>
      </header>
      <main className="page debrief">
        <section className={`card outcome grade-${result.grade}`} aria-labelledby="outcome-title">
          <p className="eyebrow">{t('debrief.over')}</p>
          <h1 id="outcome-title">
            <span aria-hidden="true" className="grade-icon">
              {GRADE_ICON[result.grade]}
            </span>{' '}
            {t('debrief.outcome', { grade: t(`debrief.grade.${result.grade}`) })}
          </h1>
          <p className="lead">{t(`debrief.grade.${result.grade}.text`)}</p>
          <p>{causeText(s, result.cause)}</p>
        </section>
        <VariablesNote scenarioKey={G.scenario} rulesOnly />

        <section className="card" aria-labelledby="scores-title">
          <h2 id="scores-title">{t('debrief.scores')}</h2>
          <div className="table-scroll">
            <table className="scores">
              <thead>
                <tr>
                  <th scope="col">{t('debrief.col.role')}</th>
                  <th scope="col">{t('debrief.col.player')}</th>
                  <th scope="col">{t('debrief.col.objective')}</th>
                  <th scope="col">{t('debrief.col.agenda')}</th>
                  <th scope="col">{t('debrief.col.points')}</th>
                  <th scope="col">{t('debrief.col.result')}</th>
                </tr>
              </thead>
              <tbody>
                {result.scores.map((sc) => (
                  <tr key={sc.role} className={sc.role === me ? 'mine' : ''}>
                    <th scope="row">
                      <RoleIcon look={lookOf(s, sc.role)} /> {nameOf(s, sc.role)}
                      {sc.role === me ? t('debrief.you') : ''}
                    </th>
                    <td>{playerOf(sc.role)}</td>
                    <td>{sc.objective ? t('debrief.met') : t('debrief.notMet')}</td>
                    <td>
                      {sc.agenda ? t('debrief.met') : t('debrief.notMet')}
                      <span className="small-text">
                        {agendaText(s, sc.role, result.revealed[sc.role]?.agenda ?? '')}
                      </span>
                    </td>
                    <td>{sc.points}</td>
                    <td>
                      <strong>{sc.won ? t('debrief.won') : t('debrief.lost')}</strong>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>{t('debrief.why')}</h3>
          <ul className="reasons">
            {result.scores.map((sc) => (
              <li key={sc.role}>
                <strong>{nameOf(s, sc.role)}:</strong> {sc.reasons.map((r) => causeText(s, r)).join(' ')}
              </li>
            ))}
          </ul>
        </section>

        <RealCase s={s} grades={[result.grade]} />

        <Discussion />

        <section className="card" aria-labelledby="charts-title">
          <h2 id="charts-title">{t('debrief.charts')}</h2>
          <Charts G={G} s={s} />
        </section>

        <section className="card" aria-labelledby="pledges-d-title">
          <h2 id="pledges-d-title">{t('debrief.pledges')}</h2>
          <ul className="pledge-summary">
            {guarantors.map((g) => {
              const made = G.pledges.filter((p) => p.guarantor === g.id);
              return (
                <li key={g.id}>
                  <RoleIcon look={lookOf(s, g.id)} /> <strong>{g.name}</strong>:{' '}
                  {t('debrief.pledgeCounts', {
                    made: made.length,
                    honoured: made.filter((p) => p.honouredTimes > 0).length,
                    broken: made.filter((p) => p.status === 'broken').length,
                    withdrawn: made.filter((p) => p.status === 'withdrawn').length,
                  })}
                </li>
              );
            })}
          </ul>
          {G.pledges.length > 0 ? (
            <ul className="pledge-list">
              {G.pledges.map((p) => (
                <li key={p.id} className={`pledge status-${p.status}`}>
                  <Rich
                    k="debrief.pledgeLine"
                    params={{ round: p.round, text: pledgeText(s, p), status: pledgeStatus(p.status) }}
                  />
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('debrief.noPledge')}</p>
          )}
        </section>

        <section className="card" aria-labelledby="secrets-title">
          <h2 id="secrets-title">{t('debrief.secrets')}</h2>
          <div className="secrets">
            {G.seats.map((role) => {
              const sec = result.revealed[role];
              if (!sec) return null;
              const caches = Object.entries(sec.caches).filter(([, n]) => n > 0);
              const type = sec.spoilerType ? s.spoilerTypes.find((x) => x.name === sec.spoilerType) : null;
              return (
                <article key={role} className="secret-card" style={{ borderTopColor: lookOf(s, role).color }}>
                  <h3>
                    <RoleIcon look={lookOf(s, role)} /> {nameOf(s, role)}
                  </h3>
                  <p>
                    <strong>{t('debrief.secretAgenda')}</strong> {agendaText(s, role, sec.agenda)}
                  </p>
                  {type && (
                    <p data-testid="revealed-spoiler-type">
                      <strong>{t('debrief.spoilerType')}</strong> {t(`spoilerKind.${type.name}`)} —{' '}
                      {type.text}
                    </p>
                  )}
                  <p>
                    <strong>{t('debrief.caches')}</strong>{' '}
                    {caches.length
                      ? caches.map(([r, n]) => `${regionNameOf(s, r)} ${n}`).join(', ')
                      : t('debrief.none')}
                  </p>
                  {sec.lastOrders.length > 0 && (
                    <p>
                      <strong>{t('debrief.lastOrders')}</strong>{' '}
                      {sec.lastOrders.map((o) => orderText(s, o)).join('; ')}
                    </p>
                  )}
                  {sec.induced > 0 && <p>{t('debrief.induced', { n: sec.induced })}</p>}
                </article>
              );
            })}
          </div>
        </section>

        <HistoryPanel />

        <p className="actions">
          {me && <PlayAgain />}{' '}
          <Link to={paths.home()} className="button">
            {t('debrief.startPage')}
          </Link>
        </p>
      </main>
    </div>
  );
}
