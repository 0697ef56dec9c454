// The facilitator's god view of one table: every seat's hidden state (secret agenda, caches, the spoiler's
// type, queued orders) in words, plus pledges, private offers, the regions and the next crisis cards.
// Fetched from GET /api/sessions/:code/tables/:i/state and refreshed when the table moves on.

import { useCallback, useEffect, useId, useState } from 'react';
import type { Scenario } from '../../game/content/schema.ts';
import { trackIds } from '../../game/content/schema.ts';
import { credibility } from '../../game/credibility.ts';
import type { GameState, RoleId } from '../../game/types.ts';
import { useT } from '../i18n/i18n.ts';
import { Rich } from '../i18n/Rich.tsx';
import { ApiError } from '../lib/api.ts';
import { roleLook } from '../lib/roleStyle.ts';
import { nameOf, regionNameOf } from '../table/tableContext.ts';
import {
  agendaText,
  orderText,
  phaseLabel,
  pledgeStatus,
  pledgeText,
  termsText,
  trackLabel,
} from '../table/words.ts';
import { RoleIcon } from '../ui/RoleBadge.tsx';
import { type TableSnap, tableState } from './sessionApi.ts';

const TRACKS = trackIds;

export function GodView({
  code,
  token,
  tables,
  index,
  onIndex,
  scenario,
}: {
  code: string;
  token: string;
  tables: readonly TableSnap[];
  index: number;
  onIndex: (i: number) => void;
  scenario: Scenario;
}) {
  const t = useT();
  const id = useId();
  const [G, setG] = useState<GameState | null>(null);
  const [phase, setPhase] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [at, setAt] = useState<number | null>(null);
  const tb = tables[index];
  // Refetch whenever the table's visible progress changes (round, phase, who is in, chat).
  const version = tb
    ? `${tb.round}:${tb.phase}:${tb.tension}:${tb.crisis}:${tb.chatCount}:${tb.seats.map((s) => `${s.ordersIn}${s.ready}${s.bot}`).join('')}`
    : '';

  const load = useCallback(async () => {
    try {
      const r = await tableState<GameState>(code, token, index);
      setG(r.G ?? null);
      setPhase(r.ctx?.phase ?? null);
      setAt(Date.now());
      setError(null);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : t('god.readError'));
    }
  }, [code, token, index, t]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is the trigger for a refetch
  useEffect(() => {
    const timer = window.setTimeout(() => void load(), 150);
    return () => window.clearTimeout(timer);
  }, [load, version]);

  const s = scenario;
  const roleIds = s.roles.map((r) => r.id);
  const who = (role: RoleId) => {
    const seat = tb?.seats.find((x) => x.role === role);
    if (!seat) return '';
    if (seat.student)
      return seat.student.benched ? t('god.benched', { name: seat.student.name }) : seat.student.name;
    return seat.bot ? t('god.bot') : (seat.name ?? t('god.empty'));
  };

  return (
    <section className="card god-view" aria-labelledby={`${id}-t`} id="god-view" tabIndex={-1}>
      <header className="god-head">
        <h2 id={`${id}-t`}>
          <Rich
            k="god.title"
            params={{ n: index + 1 }}
            tags={{ tag: (x) => <span className="secret-tag">{x}</span> }}
          />
        </h2>
        <div className="actions">
          <label htmlFor={`${id}-sel`} className="visually-hidden">
            {t('god.select')}
          </label>
          <select id={`${id}-sel`} value={index} onChange={(e) => onIndex(Number(e.target.value))}>
            {tables.map((x) => (
              <option key={x.index} value={x.index}>
                {t('god.table', { n: x.index + 1 })}
              </option>
            ))}
          </select>
          <button type="button" className="small" onClick={() => void load()}>
            {t('god.refresh')}
          </button>
          {at && (
            <span className="small-text">{t('god.asOf', { time: new Date(at).toLocaleTimeString() })}</span>
          )}
        </div>
      </header>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {!G ? (
        <p aria-busy="true">{t('god.reading')}</p>
      ) : (
        <>
          <p>
            {t('god.round', {
              round: Math.max(1, G.round),
              rounds: G.options.rounds,
              phase: phase ? (phaseLabel(phase) ?? phase) : t('god.over'),
            })}
            {G.crisis && (
              <>
                {t('god.crisis', {
                  title: s.events.find((e) => e.id === G.crisis!.card)?.title ?? G.crisis.card,
                })}
                {G.crisis.chooser &&
                  (G.crisis.choice
                    ? t('god.chose', {
                        who: nameOf(s, G.crisis.chooser),
                        option:
                          s.events
                            .find((e) => e.id === G.crisis!.card)
                            ?.choice?.options.find((o) => o.id === G.crisis!.choice)?.label ??
                          G.crisis.choice,
                      })
                    : t('god.mustChoose', { who: nameOf(s, G.crisis.chooser) }))}
              </>
            )}
          </p>
          <ul className="god-tracks">
            {TRACKS.map((k) => (
              <li key={k}>
                {trackLabel(k)} <strong>{G.tracks[k]}</strong>
                {k === 'tension' ? ` / ${s.tuning.tensionMax}` : ''}
              </li>
            ))}
          </ul>

          <h3>{t('god.seats')}</h3>
          <div className="god-roles">
            {G.seats.map((role) => {
              const pub = G.roles[role]!;
              const sec = G.secret[role];
              const look = roleLook(roleIds, role);
              const caches = Object.entries(sec?.caches ?? {}).filter(([, n]) => n > 0);
              const type = sec?.spoilerType ? s.spoilerTypes.find((x) => x.name === sec.spoilerType) : null;
              return (
                <article
                  key={role}
                  className="secret-card god-role"
                  style={{ borderTopColor: look.color }}
                  aria-label={`${nameOf(s, role)} (${who(role)})`}
                >
                  <h4>
                    <RoleIcon look={look} /> {nameOf(s, role)} <span className="muted">— {who(role)}</span>
                  </h4>
                  <dl className="god-facts">
                    <dt>{t('god.agenda')}</dt>
                    <dd>{sec?.agenda ? agendaText(s, role, sec.agenda) : '—'}</dd>
                    {type && (
                      <>
                        <dt>{t('god.spoilerType')}</dt>
                        <dd data-testid="god-spoiler-type">
                          <strong>{t(`spoilerKind.${type.name}`)}</strong>: {type.text}
                          {t('god.spoilerStats', {
                            militancy: pub.militancy,
                            recruits: pub.recruits,
                            induced: sec?.induced ?? 0,
                          })}
                        </dd>
                      </>
                    )}
                    <dt>{t('god.resources')}</dt>
                    <dd>
                      {t('god.funds', { n: pub.funds })}
                      {pub.kind === 'faction' &&
                        t('god.faction', { fear: pub.fear, political: pub.political })}
                      {pub.kind === 'guarantor' &&
                        t('god.guarantor', {
                          credibility: credibility(pub),
                          will: pub.will,
                          approval: pub.approval,
                          honoured: pub.honoured,
                          broken: pub.broken,
                        })}
                      {pub.kind === 'guarantor' &&
                        pub.exitRound !== null &&
                        t('god.leaves', { round: pub.exitRound })}
                    </dd>
                    <dt>{t('god.caches')}</dt>
                    <dd>
                      {caches.length === 0
                        ? t('god.none')
                        : caches.map(([r, n]) => `${regionNameOf(s, r)}: ${n}`).join(', ')}
                    </dd>
                    <dt>
                      {t('god.queued')}{' '}
                      {pub.ordersIn && <span className="pill small-pill">{t('god.sent')}</span>}
                    </dt>
                    <dd>
                      {sec && sec.orders.length > 0
                        ? sec.orders.map((o) => orderText(s, o)).join('; ')
                        : t('god.noneYet')}
                    </dd>
                    {sec && sec.lastOrders.length > 0 && (
                      <>
                        <dt>{t('god.lastOrders')}</dt>
                        <dd>{sec.lastOrders.map((o) => orderText(s, o)).join('; ')}</dd>
                      </>
                    )}
                  </dl>
                </article>
              );
            })}
          </div>

          <h3>{t('god.pledges')}</h3>
          {G.pledges.length === 0 ? (
            <p className="muted">{t('god.noPledge')}</p>
          ) : (
            <ul>
              {G.pledges.map((p) => (
                <li key={p.id}>
                  <Rich
                    k="god.pledge"
                    params={{
                      id: p.id,
                      round: p.round,
                      text: pledgeText(s, p),
                      status: pledgeStatus(p.status),
                    }}
                  />
                </li>
              ))}
            </ul>
          )}

          <h3>{t('god.offers')}</h3>
          {G.offers.length === 0 ? (
            <p className="muted">{t('god.noOffer')}</p>
          ) : (
            <ul>
              {G.offers
                .slice(-12)
                .reverse()
                .map((o) => (
                  <li key={o.id}>
                    {o.private && <span className="secret-tag">{t('god.private')}</span>}
                    {t('god.offer', {
                      round: o.round,
                      from: nameOf(s, o.from),
                      to: nameOf(s, o.to),
                      give: termsText(s, o.give),
                      ask: termsText(s, o.ask),
                      status: t(`offers.status.${o.status}`).toLowerCase(),
                    })}
                  </li>
                ))}
            </ul>
          )}

          <h3>{t('god.regions')}</h3>
          <div className="table-scroll">
            <table className="scores god-regions">
              <caption className="visually-hidden">{t('god.regionsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('god.col.region')}</th>
                  <th scope="col">{t('god.col.units')}</th>
                  <th scope="col">{t('god.col.caches')}</th>
                  <th scope="col">{t('god.col.monitors')}</th>
                  <th scope="col">{t('god.col.stability')}</th>
                </tr>
              </thead>
              <tbody>
                {G.regions.map((r) => {
                  const hidden = G.seats
                    .map((role) => [role, G.secret[role]?.caches[r.id] ?? 0] as const)
                    .filter(([, n]) => n > 0);
                  const mon = Object.values(r.monitors).reduce((a, b) => a + b, 0);
                  const pk = Object.values(r.peacekeepers).reduce((a, b) => a + b, 0);
                  return (
                    <tr key={r.id}>
                      <th scope="row">{regionNameOf(s, r.id)}</th>
                      <td>
                        {Object.entries(r.units)
                          .filter(([, u]) => u.active + u.cantoned + u.disarmed > 0)
                          .map(([role, u]) => `${nameOf(s, role)} ${u.active}/${u.cantoned}/${u.disarmed}`)
                          .join(' · ') || '—'}
                      </td>
                      <td>{hidden.map(([role, n]) => `${nameOf(s, role)} ${n}`).join(', ') || '—'}</td>
                      <td>
                        {mon} · {pk}
                      </td>
                      <td>{r.stability}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>

          {G.deck.length > 0 && (
            <p className="hint">
              {t('god.next', {
                list: G.deck
                  .slice(0, 3)
                  .map((c) => s.events.find((e) => e.id === c)?.title ?? c)
                  .join(' → '),
              })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
