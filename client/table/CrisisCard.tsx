// This round's crisis: as the crisis screen that opens at the top of the table each round (the card, its
// effects, the decision it asks and of whom), and once closed as a compact card beside the map.
import { useEffect, useRef } from 'react';
import { trackMax } from '../../game/state.ts';
import { theRole } from '../i18n/content.ts';
import { t as tr, useT } from '../i18n/i18n.ts';
import { Rich } from '../i18n/Rich.tsx';
import { RoleIcon } from '../ui/RoleBadge.tsx';
import { SourceDetails } from '../ui/SourceNote.tsx';
import { effectText, tensionDelta } from './effectWords.ts';
import { lookOf, useTable } from './tableContext.ts';
import { useRescueFocus } from './useRescueFocus.ts';

/**
 * Whether this seat has to decide the crisis now: the round's card in the crisis phase, or a card the
 * facilitator injected mid-round, in any phase.
 */
export function myCrisisDecision(t: ReturnType<typeof useTable>): boolean {
  const { G, ctx, me } = t;
  return (
    G.crisis !== null &&
    G.crisis.chooser !== null &&
    G.crisis.chooser === me &&
    G.crisis.choice === null &&
    ctx.gameover === undefined
  );
}

export function CrisisCard({ open = false, onClose }: { open?: boolean; onClose?: () => void }) {
  const t = useT();
  const table = useTable();
  const { G, ctx, s, conn } = table;
  const heading = useRef<HTMLHeadingElement>(null);
  const round = G.round;
  const deciding = myCrisisDecision(table);
  // The screen opens when a round begins, and the decision buttons go once I have decided: take the
  // focus only if nobody holds it (the button just used is gone), so typing in the chat is never interrupted.
  useEffect(() => {
    if (!open || round < 1) return;
    const active = document.activeElement;
    if (!active || active === document.body) heading.current?.focus();
  }, [open, round]);
  useRescueFocus(heading, open && !deciding);
  if (!G.crisis) return null;
  const card = s.events.find((c) => c.id === G.crisis!.card);
  if (!card) return null;
  const { chooser, choice } = G.crisis;
  const mine = deciding;
  const pending = chooser !== null && choice === null && ctx.phase === 'crisis';
  const chosen = card.choice?.options.find((o) => o.id === choice);
  const max = trackMax(s, 'tension');
  const atBrink = pending && G.tracks.tension >= max;
  const id = open ? 'crisis-screen-title' : 'crisis-title';
  return (
    <section
      className={`card crisis-card${open ? ' crisis-screen' : ''}${mine ? ' needs-you' : ''}`}
      aria-labelledby={id}
      data-testid={open ? 'crisis-screen' : 'crisis-card'}
    >
      <p className="eyebrow">{t('crisis.eyebrow', { round: G.round })}</p>
      <h2 id={id} ref={heading} tabIndex={-1}>
        {card.title}
      </h2>
      <p>{card.text}</p>
      {card.effects.length > 0 && (
        <p className="crisis-effects">
          <strong>{t('crisis.effects')}</strong> {card.effects.map((f) => effectText(s, f)).join('; ')}
        </p>
      )}
      {open && (
        <p className="crisis-tension" data-testid="crisis-tension">
          <Rich
            k={G.tracks.tension >= max ? 'crisis.tensionBrink' : 'crisis.tension'}
            params={{ value: G.tracks.tension, max }}
          />
        </p>
      )}
      <SourceDetails source={card.source} />
      {card.choice && chooser && (
        <div className="crisis-choice">
          <p>
            <RoleIcon look={lookOf(s, chooser)} />{' '}
            <strong>
              {mine
                ? t('crisis.youDecide')
                : capitalize(t('crisis.whoDecides', { who: theRole(s, chooser) }))}
            </strong>{' '}
            {card.choice.prompt}
          </p>
          {atBrink && (
            <p className="warn-text" role="alert" data-testid="crisis-brink">
              {t('crisis.brink')}
            </p>
          )}
          {mine ? (
            <fieldset className="choice-buttons">
              <legend>{t('crisis.yourDecision')}</legend>
              {card.choice.options.map((o) => (
                <div key={o.id} className="choice-option">
                  <button
                    type="button"
                    className="primary"
                    aria-describedby={`crisis-opt-${o.id}`}
                    onClick={() => conn.act('chooseCrisis', [o.id])}
                  >
                    {o.label}
                  </button>
                  <span className="choice-effects" id={`crisis-opt-${o.id}`}>
                    {optionEffects(
                      o.effects.map((f) => effectText(s, f)),
                      tensionDelta(o.effects),
                      atBrink,
                    )}
                  </span>
                </div>
              ))}
            </fieldset>
          ) : chosen ? (
            <p className="chosen">
              <Rich k="crisis.decision" params={{ label: chosen.label }} />
            </p>
          ) : (
            <>
              <p className="muted" role="status">
                {t('crisis.waiting', { who: theRole(s, chooser) })}
              </p>
              {open && (
                <ul className="choice-list">
                  {card.choice.options.map((o) => (
                    <li key={o.id}>
                      <strong>{o.label}</strong>:{' '}
                      {o.effects.map((f) => effectText(s, f)).join('; ') || t('crisis.noEffect')}
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </div>
      )}
      {open && onClose && !mine && (
        <p className="actions">
          <button type="button" className={pending ? '' : 'primary'} onClick={onClose}>
            {ctx.phase === 'negotiation' ? t('crisis.toNegotiation') : t('crisis.close')}
          </button>
        </p>
      )}
    </section>
  );
}

function optionEffects(notes: string[], tension: number, atBrink: boolean): string {
  const text = notes.length ? notes.join('; ') : tr('crisis.noEffect');
  if (!atBrink) return text;
  return `${text}${tension < 0 ? tr('crisis.lowers') : tr('crisis.collapse')}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
