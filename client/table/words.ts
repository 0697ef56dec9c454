// Plain-language wording of orders, offer terms and phases, for students to read aloud (in the player's language).

import type { Scenario } from '../../game/content/schema.ts';
import type { GameState, OfferTerm, Order, Pledge } from '../../game/index.ts';
import { theRegion, theRole } from '../i18n/content.ts';
import { type MessageKey, t } from '../i18n/i18n.ts';

const PHASES = ['crisis', 'negotiation', 'orders', 'review'] as const;
type Phase = (typeof PHASES)[number];
const isPhase = (p: string): p is Phase => (PHASES as readonly string[]).includes(p);

/** A phase's name ("Secret orders"), or the id of an unknown one. */
export function phaseLabel(phase: string): string {
  return isPhase(phase) ? t(`phase.${phase}`) : phase;
}

export function phaseHint(phase: string): string | undefined {
  return isPhase(phase) ? t(`phase.${phase}.hint`) : undefined;
}

const TRACKS = ['tension', 'ddr', 'reform', 'election', 'reconstruction', 'expectations'] as const;
type Track = (typeof TRACKS)[number];
const isTrack = (x: string): x is Track => (TRACKS as readonly string[]).includes(x);

export function trackLabel(track: string): string {
  return isTrack(track) ? t(`track.${track}`) : track;
}

export function trackHint(track: string): string | undefined {
  return isTrack(track) ? t(`track.${track}.hint`) : undefined;
}

/** " in the North" / " en el Norte" (empty for no region; "anywhere" for any). */
function inRegion(s: Scenario, region: string | undefined): string {
  if (!region) return '';
  if (region === 'any') return ` ${t('where.anywhere')}`;
  return t('where.in', { region: theRegion(s, region) });
}

export function orderText(s: Scenario, o: Order): string {
  const label = s.actions.find((a) => a.type === o.type)?.label ?? o.type;
  const where = 'region' in o ? inRegion(s, o.region) : '';
  switch (o.type) {
    case 'canton':
    case 'disarm':
    case 'reintegrate':
    case 'rearm':
      return t('order.count', { label, count: o.count, where });
    case 'attack':
      return t('order.attack', { target: theRole(s, o.target), where });
    case 'consent':
      return t(o.grant ? 'order.grant' : 'order.withdraw', { where });
    case 'induce':
    case 'socialize':
    case 'coerce':
      return o.target
        ? t('order.on', { label, target: theRole(s, o.target) })
        : t('order.plain', { label, where });
    default:
      return t('order.plain', { label, where });
  }
}

export function termText(s: Scenario, term: OfferTerm): string {
  const where = term.region && term.region !== 'any' ? inRegion(s, term.region) : '';
  switch (term.kind) {
    case 'funds':
      return t('term.funds', { amount: term.amount ?? 0 });
    case 'inducement':
      return t('term.inducement', { amount: term.amount ?? 0 });
    case 'canton':
      return t('term.canton', { count: term.amount ?? 1, where });
    case 'consent':
      return t('term.consent', { where });
    case 'noAttack':
      return where ? t('term.noAttack', { where }) : t('term.noAttackAnywhere');
    case 'text':
      return t('term.text', { text: term.text ?? '' });
  }
}

export function termsText(s: Scenario, terms: readonly OfferTerm[]): string {
  return terms.length === 0 ? t('terms.nothing') : terms.map((x) => termText(s, x)).join(', ');
}

export function pledgeText(s: Scenario, p: Pledge): string {
  const whom = p.protects === 'all' ? t('pledge.whomEither') : theRole(s, p.protects);
  const where =
    p.region === 'any' ? t('pledge.whereAnywhere') : t('pledge.whereIn', { region: theRegion(s, p.region) });
  const key: MessageKey = `pledge.${p.trigger}${p.unEndorsed ? '.un' : ''}` as const;
  const text = t(key, {
    whom,
    where,
    guarantor: theRole(s, p.guarantor),
    response: t(`pledge.response.${p.response}`),
  });
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function pledgeStatus(status: Pledge['status']): string {
  return t(`pledge.status.${status}`);
}

export function agendaText(s: Scenario, role: string, agendaId: string): string {
  const r = s.roles.find((x) => x.id === role);
  return r?.agendas.find((a) => a.id === agendaId)?.text ?? agendaId;
}

export function roundsLeft(G: GameState): number {
  return Math.max(0, G.options.rounds - G.round);
}
