// "What if?" for one table of the class debrief: re-run it from a round with bots in every seat, N times
// under a seed, optionally changing one decision; the server plays them in a worker while this panel polls
// its progress, then shows the distribution of outcomes next to what the table got.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Scenario } from '../../game/content/schema.ts';
import type { WhatIfChange } from '../../game/sim/whatif.ts';
import type { Grade } from '../../game/types.ts';
import { num, useT } from '../i18n/i18n.ts';
import { ApiError } from '../lib/api.ts';
import { startWhatIf, type WhatIfJob, whatIfJob, whatIfJobs } from './sessionApi.ts';
import { roleName } from './TableCard.tsx';

const GRADES: readonly Grade[] = ['durable', 'fragile', 'collapsed'];
const TYPES = ['limited', 'greedy', 'total'] as const;
/** The server's cap (game/sim/whatif.ts MAX_RUNS); it answers a clear 400 past its own limit. */
const MAX_RUNS = 500;
const POLL_MS = 300;

/** Every change the teacher may pick for this scenario, keyed for a <select>. */
function changesOf(s: Scenario): Map<string, WhatIfChange> {
  const out = new Map<string, WhatIfChange>([['none', { kind: 'none' }]]);
  const guarantors = s.roles.filter((r) => r.kind === 'guarantor');
  for (const g of guarantors)
    for (const answer of ['honour', 'break'] as const)
      out.set(`pledges:${g.id}:${answer}`, { kind: 'pledges', role: g.id, answer });
  for (const g of guarantors)
    for (const r of s.regions)
      out.set(`monitors:${g.id}:${r.id}`, { kind: 'monitors', role: g.id, region: r.id });
  for (const sp of s.roles.filter((r) => r.kind === 'spoiler'))
    for (const type of TYPES)
      out.set(`spoilerType:${sp.id}:${type}`, { kind: 'spoilerType', role: sp.id, type });
  return out;
}

export function WhatIfPanel({
  code,
  token,
  table,
  lastRound,
  scenario: s,
}: {
  code: string;
  token: string;
  /** The table's index (0-based). */
  table: number;
  /** The last round the table reached. */
  lastRound: number;
  scenario: Scenario;
}) {
  const t = useT();
  const changes = changesOf(s);
  const [round, setRound] = useState(Math.min(3, lastRound));
  const [runs, setRuns] = useState(50);
  const [seed, setSeed] = useState('1');
  const [changeKey, setChangeKey] = useState('none');
  const [job, setJob] = useState<WhatIfJob | null>(null);
  /** This table's earlier re-runs (newest first), to compare a change with no change. */
  const [earlier, setEarlier] = useState<readonly WhatIfJob[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<number | null>(null);

  const describe = useCallback(
    (c: WhatIfChange): string => {
      const role = c.kind === 'none' ? '' : roleName(s, c.role);
      switch (c.kind) {
        case 'none':
          return t('whatif.change.none');
        case 'pledges':
          return t(c.answer === 'honour' ? 'whatif.change.honour' : 'whatif.change.break', { role });
        case 'monitors':
          return t('whatif.change.monitors', {
            role,
            region: s.regions.find((r) => r.id === c.region)?.name ?? c.region,
          });
        case 'spoilerType':
          return t('whatif.change.spoiler', { role, type: t(`whatif.type.${c.type}`) });
      }
    },
    [s, t],
  );

  const poll = useCallback(
    (id: string) => {
      timer.current = window.setTimeout(async () => {
        try {
          const j = await whatIfJob(code, token, id);
          setJob(j);
          if (j.status === 'running') poll(id);
        } catch (e) {
          setError(e instanceof ApiError ? e.message : t('whatif.loadError'));
        }
      }, POLL_MS);
    },
    [code, token, t],
  );

  // The table's latest job (after a reload), still followed if it runs.
  useEffect(() => {
    let live = true;
    void whatIfJobs(code, token)
      .then(({ jobs }) => {
        const [mine, ...older] = jobs.filter((j) => j.table === table);
        if (!live || !mine) return;
        setJob(mine);
        setEarlier(older.filter((j) => j.status !== 'running' && j.status !== 'failed'));
        if (mine.status === 'running') poll(mine.id);
      })
      .catch(() => undefined);
    return () => {
      live = false;
      if (timer.current !== null) window.clearTimeout(timer.current);
    };
  }, [code, token, table, poll]);

  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      const j = await startWhatIf(code, token, {
        table,
        round,
        runs,
        seed: seed.trim() || '1',
        change: changes.get(changeKey) ?? { kind: 'none' },
      });
      if (job && job.status !== 'failed' && job.summary.runs > 0)
        setEarlier((xs) => [job, ...xs].slice(0, 9));
      setJob(j);
      if (j.status === 'running') poll(j.id);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('whatif.loadError'));
    } finally {
      setBusy(false);
    }
  };

  const running = job?.status === 'running';
  const id = (x: string) => `whatif-${table}-${x}`;
  const option = (key: string) => (
    <option key={key} value={key}>
      {describe(changes.get(key)!)}
    </option>
  );
  const keys = [...changes.keys()];

  return (
    <div className="whatif" data-testid={`whatif-${table + 1}`}>
      <h3>{t('whatif.title')}</h3>
      <p className="hint">{t('whatif.lead')}</p>
      <form
        className="whatif-form no-print"
        onSubmit={(e) => {
          e.preventDefault();
          void start();
        }}
      >
        <label htmlFor={id('round')}>{t('whatif.round')}</label>
        <select
          id={id('round')}
          data-testid="whatif-round"
          value={round}
          onChange={(e) => setRound(Number(e.target.value))}
        >
          {Array.from({ length: lastRound }, (_, i) => i + 1).map((r) => (
            <option key={r} value={r}>
              {num(r)}
            </option>
          ))}
        </select>
        <label htmlFor={id('runs')}>{t('whatif.runs')}</label>
        <input
          id={id('runs')}
          data-testid="whatif-runs"
          type="number"
          min={1}
          max={MAX_RUNS}
          value={runs}
          onChange={(e) => setRuns(Math.max(1, Math.min(MAX_RUNS, Math.floor(Number(e.target.value) || 1))))}
        />
        <label htmlFor={id('seed')} title={t('whatif.seedHint')}>
          {t('whatif.seed')}
        </label>
        <input
          id={id('seed')}
          data-testid="whatif-seed"
          value={seed}
          maxLength={64}
          onChange={(e) => setSeed(e.target.value)}
        />
        <label htmlFor={id('change')}>{t('whatif.change')}</label>
        <select
          id={id('change')}
          data-testid="whatif-change"
          value={changeKey}
          onChange={(e) => setChangeKey(e.target.value)}
        >
          {option('none')}
          <optgroup label={t('whatif.group.pledges')}>
            {keys.filter((k) => k.startsWith('pledges:')).map(option)}
          </optgroup>
          <optgroup label={t('whatif.group.monitors')}>
            {keys.filter((k) => k.startsWith('monitors:')).map(option)}
          </optgroup>
          <optgroup label={t('whatif.group.spoiler')}>
            {keys.filter((k) => k.startsWith('spoilerType:')).map(option)}
          </optgroup>
        </select>
        <button type="submit" className="primary" disabled={busy || running} data-testid="whatif-start">
          {busy ? t('whatif.starting') : t('whatif.start')}
        </button>
      </form>
      <p className="small-text">{t('whatif.note')}</p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {job && <JobResult job={job} scenario={s} describe={describe} />}
      {earlier.length > 0 && <Earlier jobs={earlier} describe={describe} />}
    </div>
  );
}

/** Earlier re-runs of the table, one line each, to set a change against no change. */
function Earlier({ jobs, describe }: { jobs: readonly WhatIfJob[]; describe: (c: WhatIfChange) => string }) {
  const t = useT();
  return (
    <>
      <h4>{t('whatif.earlier')}</h4>
      <div className="table-scroll">
        <table className="scores whatif-table" data-testid="whatif-earlier">
          <thead>
            <tr>
              <th scope="col">{t('whatif.change')}</th>
              <th scope="col">{t('whatif.round')}</th>
              {GRADES.map((g) => (
                <th key={g} scope="col">
                  {t(`whatif.col.${g}`)}
                </th>
              ))}
              <th scope="col">{t('whatif.col.tension')}</th>
            </tr>
          </thead>
          <tbody>
            {jobs.map((j) => (
              <tr key={j.id}>
                <th scope="row">
                  {describe(j.change)}{' '}
                  <span className="muted">({t('whatif.row.reruns', { count: j.summary.runs })})</span>
                </th>
                <td>{num(j.round)}</td>
                {GRADES.map((g) => (
                  <td key={g}>
                    {t('whatif.share', {
                      percent: Math.round((j.summary.outcomes[g] / Math.max(1, j.summary.runs)) * 100),
                      count: j.summary.outcomes[g],
                    })}
                  </td>
                ))}
                <td>{t('whatif.meanTension', { value: j.summary.meanTension })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function JobResult({
  job,
  scenario: s,
  describe,
}: {
  job: WhatIfJob;
  scenario: Scenario;
  describe: (c: WhatIfChange) => string;
}) {
  const t = useT();
  const n = job.summary.runs;
  const pct = (x: number) => (n === 0 ? 0 : Math.round((x / n) * 100));
  const status =
    job.status === 'running'
      ? job.replayed
        ? t('whatif.running', { done: job.done, runs: job.runs })
        : t('whatif.replaying', { round: job.round })
      : job.status === 'done'
        ? t('whatif.done', {
            done: job.done,
            round: job.round,
            seconds: Math.round(job.elapsedMs / 100) / 10,
          })
        : job.status === 'stopped'
          ? t('whatif.stopped', { done: job.done, runs: job.runs })
          : t('whatif.failed', { message: job.error?.message ?? '' });
  return (
    <div className="whatif-result" data-testid="whatif-result" data-status={job.status}>
      <p role="status" data-testid="whatif-status">
        {status}
      </p>
      {job.status === 'running' && <progress max={job.runs} value={job.done} />}
      <p className="small-text">
        {t('whatif.with', { change: describe(job.change) })} · {t('whatif.seedUsed', { seed: job.seed })}
      </p>
      <p className="small-text" data-testid="whatif-at-table">
        {t('whatif.atTable', {
          list: [
            ...Object.entries(job.actual.pledges).map(([role, p]) =>
              t('whatif.tablePledges', { role: roleName(s, role), honoured: p.honoured, broken: p.broken }),
            ),
            ...Object.entries(job.actual.spoilerTypes).map(([role, type]) =>
              t('whatif.tableSpoiler', {
                role: roleName(s, role),
                type:
                  type === 'limited' || type === 'greedy' || type === 'total'
                    ? t(`whatif.type.${type}`)
                    : '?',
              }),
            ),
          ].join('; '),
        })}
      </p>
      {n > 0 && (
        <>
          <div className="table-scroll">
            <table className="scores whatif-table">
              <thead>
                <tr>
                  <td />
                  {GRADES.map((g) => (
                    <th key={g} scope="col">
                      {t(`whatif.col.${g}`)}
                    </th>
                  ))}
                  <th scope="col">{t('whatif.col.tension')}</th>
                </tr>
              </thead>
              <tbody>
                <tr data-testid="whatif-actual">
                  <th scope="row">{t('whatif.row.actual')}</th>
                  {GRADES.map((g) => (
                    <td key={g} className={job.actual.grade === g ? `grade-text grade-${g}` : ''}>
                      {job.actual.grade === g ? `✓ ${t('whatif.actualMark')}` : job.actual.grade ? '' : '…'}
                    </td>
                  ))}
                  <td>
                    {num(job.actual.tension)}
                    {job.actual.grade ? '' : ` (${t('whatif.stillPlaying')})`}
                  </td>
                </tr>
                <tr data-testid="whatif-reruns">
                  <th scope="row">{t('whatif.row.reruns', { count: n })}</th>
                  {GRADES.map((g) => (
                    <td key={g} data-testid={`whatif-share-${g}`} data-count={job.summary.outcomes[g]}>
                      <span className="whatif-bar" style={{ width: `${pct(job.summary.outcomes[g])}%` }} />
                      {t('whatif.share', {
                        percent: pct(job.summary.outcomes[g]),
                        count: job.summary.outcomes[g],
                      })}
                    </td>
                  ))}
                  <td data-testid="whatif-tension">
                    {t('whatif.meanTension', { value: job.summary.meanTension })}
                  </td>
                </tr>
              </tbody>
            </table>
          </div>
          <h4>{t('whatif.winRates')}</h4>
          <ul className="whatif-wins">
            {job.roles.map((r) => (
              <li key={r} data-testid={`whatif-win-${r}`}>
                {t('whatif.winRate', {
                  role: roleName(s, r),
                  percent: Math.round((job.summary.winRates[r] ?? 0) * 100),
                })}
                {job.actual.winners.includes(r) ? ` · ${t('whatif.wonAtTable')}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
