// This round's crisis card, and the decision it asks of one role.

import { RoleIcon } from '../ui/RoleBadge.tsx';
import { lookOf, nameOf, useTable } from './tableContext.ts';

export function CrisisCard() {
  const { G, ctx, s, me, conn } = useTable();
  if (!G.crisis) return null;
  const card = s.events.find((c) => c.id === G.crisis!.card);
  if (!card) return null;
  const { chooser, choice } = G.crisis;
  const mine = chooser !== null && chooser === me && ctx.phase === 'crisis' && choice === null;
  const chosen = card.choice?.options.find((o) => o.id === choice);
  // The rules log the card with its effects in brackets: "Round 3 crisis — Title: text (tension +1; …)".
  const logged = G.history.find(
    (h) => h.round === G.round && h.phase === 'crisis' && h.text.includes(card.title),
  );
  const effects = logged && /\(([^()]*)\)\s*$/.exec(logged.text)?.[1];
  return (
    <section className={`card crisis-card${mine ? ' needs-you' : ''}`} aria-labelledby="crisis-title">
      <p className="eyebrow">Crisis of round {G.round}</p>
      <h2 id="crisis-title">{card.title}</h2>
      <p>{card.text}</p>
      {effects && (
        <p className="crisis-effects">
          <strong>Effects:</strong> {effects}
        </p>
      )}
      {card.choice && chooser && (
        <div className="crisis-choice">
          <p>
            <RoleIcon look={lookOf(s, chooser)} /> <strong>The {nameOf(s, chooser)} must decide:</strong>{' '}
            {card.choice.prompt}
          </p>
          {mine ? (
            <fieldset className="choice-buttons">
              <legend>Your decision</legend>
              {card.choice.options.map((o) => (
                <button
                  key={o.id}
                  type="button"
                  className="primary"
                  onClick={() => conn.act('chooseCrisis', [o.id])}
                >
                  {o.label}
                </button>
              ))}
            </fieldset>
          ) : chosen ? (
            <p className="chosen">
              Decision: <strong>{chosen.label}</strong>
            </p>
          ) : (
            <p className="muted">Waiting for the {nameOf(s, chooser)} to decide…</p>
          )}
        </div>
      )}
    </section>
  );
}
