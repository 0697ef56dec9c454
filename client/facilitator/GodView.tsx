// The facilitator's god view of one table: every seat's hidden state (secret agenda, caches, the spoiler's
// type, queued orders) in words, plus pledges, private offers, the regions and the next crisis cards.
// Fetched from GET /api/sessions/:code/tables/:i/state and refreshed when the table moves on.

import { useCallback, useEffect, useId, useState } from 'react';
import type { Scenario } from '../../game/content/schema.ts';
import { trackIds } from '../../game/content/schema.ts';
import { credibility } from '../../game/credibility.ts';
import type { GameState, RoleId } from '../../game/types.ts';
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
  const id = useId();
  const [G, setG] = useState<GameState | null>(null);
  const [phase, setPhase] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [at, setAt] = useState<number | null>(null);
  const t = tables[index];
  // Refetch whenever the table's visible progress changes (round, phase, who is in, chat).
  const version = t
    ? `${t.round}:${t.phase}:${t.tension}:${t.crisis}:${t.chatCount}:${t.seats.map((s) => `${s.ordersIn}${s.ready}${s.bot}`).join('')}`
    : '';

  const load = useCallback(async () => {
    try {
      const r = await tableState<GameState>(code, token, index);
      setG(r.G ?? null);
      setPhase(r.ctx?.phase ?? null);
      setAt(Date.now());
      setError(null);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'The table’s state could not be read.');
    }
  }, [code, token, index]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is the trigger for a refetch
  useEffect(() => {
    const timer = window.setTimeout(() => void load(), 150);
    return () => window.clearTimeout(timer);
  }, [load, version]);

  const s = scenario;
  const roleIds = s.roles.map((r) => r.id);
  const who = (role: RoleId) => {
    const seat = t?.seats.find((x) => x.role === role);
    if (!seat) return '';
    if (seat.student) return seat.student.benched ? `${seat.student.name} (bot for now)` : seat.student.name;
    return seat.bot ? 'Bot' : (seat.name ?? 'empty seat');
  };

  return (
    <section className="card god-view" aria-labelledby={`${id}-t`} id="god-view" tabIndex={-1}>
      <header className="god-head">
        <h2 id={`${id}-t`}>
          God view — table {index + 1} <span className="secret-tag">facilitator only — do not project</span>
        </h2>
        <div className="actions">
          <label htmlFor={`${id}-sel`} className="visually-hidden">
            Table for the god view
          </label>
          <select id={`${id}-sel`} value={index} onChange={(e) => onIndex(Number(e.target.value))}>
            {tables.map((x) => (
              <option key={x.index} value={x.index}>
                Table {x.index + 1}
              </option>
            ))}
          </select>
          <button type="button" className="small" onClick={() => void load()}>
            Refresh
          </button>
          {at && <span className="small-text">as of {new Date(at).toLocaleTimeString()}</span>}
        </div>
      </header>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {!G ? (
        <p aria-busy="true">Reading the table…</p>
      ) : (
        <>
          <p>
            Round {Math.max(1, G.round)} of {G.options.rounds} · {phaseLabel(phase ?? '') ?? phase ?? 'over'}
            {G.crisis && (
              <>
                {' '}
                · crisis “{s.events.find((e) => e.id === G.crisis!.card)?.title ?? G.crisis.card}”
                {G.crisis.chooser &&
                  ` (${nameOf(s, G.crisis.chooser)} ${G.crisis.choice ? `chose “${s.events.find((e) => e.id === G.crisis!.card)?.choice?.options.find((o) => o.id === G.crisis!.choice)?.label ?? G.crisis.choice}”` : 'must choose'})`}
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

          <h3>Every seat, secrets included</h3>
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
                    <dt>Secret agenda</dt>
                    <dd>{sec?.agenda ? agendaText(s, role, sec.agenda) : '—'}</dd>
                    {type && (
                      <>
                        <dt>Spoiler type</dt>
                        <dd data-testid="god-spoiler-type">
                          <strong>{type.name}</strong>: {type.text} Militancy {pub.militancy}/10, recruits{' '}
                          {pub.recruits}, inducements received {sec?.induced ?? 0}.
                        </dd>
                      </>
                    )}
                    <dt>Resources</dt>
                    <dd>
                      Funds {pub.funds}
                      {pub.kind === 'faction' && `, Fear ${pub.fear}/10, political strength ${pub.political}`}
                      {pub.kind === 'guarantor' &&
                        `, credibility ${credibility(pub)}, will ${pub.will}, approval ${pub.approval}, pledges honoured ${pub.honoured} / broken ${pub.broken}${pub.exitRound !== null ? `, leaves after round ${pub.exitRound}` : ''}`}
                    </dd>
                    <dt>Hidden caches</dt>
                    <dd>
                      {caches.length === 0
                        ? 'none'
                        : caches.map(([r, n]) => `${regionNameOf(s, r)}: ${n}`).join(', ')}
                    </dd>
                    <dt>
                      Orders queued this round {pub.ordersIn && <span className="pill small-pill">sent</span>}
                    </dt>
                    <dd>
                      {sec && sec.orders.length > 0
                        ? sec.orders.map((o) => orderText(s, o)).join('; ')
                        : 'none yet'}
                    </dd>
                    {sec && sec.lastOrders.length > 0 && (
                      <>
                        <dt>Last round’s orders</dt>
                        <dd>{sec.lastOrders.map((o) => orderText(s, o)).join('; ')}</dd>
                      </>
                    )}
                  </dl>
                </article>
              );
            })}
          </div>

          <h3>Pledges</h3>
          {G.pledges.length === 0 ? (
            <p className="muted">No pledge yet.</p>
          ) : (
            <ul>
              {G.pledges.map((p) => (
                <li key={p.id}>
                  #{p.id} (round {p.round}): {pledgeText(s, p)} — <strong>{pledgeStatus(p.status)}</strong>
                </li>
              ))}
            </ul>
          )}

          <h3>Offers, private ones included</h3>
          {G.offers.length === 0 ? (
            <p className="muted">No offer yet.</p>
          ) : (
            <ul>
              {G.offers
                .slice(-12)
                .reverse()
                .map((o) => (
                  <li key={o.id}>
                    {o.private && <span className="secret-tag">private</span>} Round {o.round}:{' '}
                    {nameOf(s, o.from)} → {nameOf(s, o.to)}: gives {termsText(s, o.give)}, asks{' '}
                    {termsText(s, o.ask)} — {o.status}
                  </li>
                ))}
            </ul>
          )}

          <h3>Regions</h3>
          <div className="table-scroll">
            <table className="scores god-regions">
              <caption className="visually-hidden">Regions with every side’s units and hidden caches</caption>
              <thead>
                <tr>
                  <th scope="col">Region</th>
                  <th scope="col">Units (active / cantoned / disarmed)</th>
                  <th scope="col">Hidden caches</th>
                  <th scope="col">Monitors · peacekeepers</th>
                  <th scope="col">Stability</th>
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
              Next crisis cards:{' '}
              {G.deck
                .slice(0, 3)
                .map((c) => s.events.find((e) => e.id === c)?.title ?? c)
                .join(' → ')}
            </p>
          )}
        </>
      )}
    </section>
  );
}
