// Plain-language wording of orders, offer terms and phases, for students to read aloud.

import type { Scenario } from '../../game/content/schema.ts';
import type { GameState, OfferTerm, Order, Pledge } from '../../game/index.ts';
import { nameOf, regionNameOf } from './tableContext.ts';

export const PHASE_LABEL: Readonly<Record<string, string>> = {
  crisis: 'Crisis',
  negotiation: 'Negotiation',
  orders: 'Secret orders',
  review: 'Review',
};

export const PHASE_HINT: Readonly<Record<string, string>> = {
  crisis: 'A crisis card has been drawn. Some cards ask one player to decide.',
  negotiation: 'Talk, make offers and pledges. Click “Done negotiating” when you are ready.',
  orders: 'Everyone chooses orders in secret. Nobody sees them until all are in.',
  review: 'Read what happened this round, then click “Ready for the next round”.',
};

export const TRACK_LABEL: Readonly<Record<string, string>> = {
  tension: 'Tension',
  ddr: 'DDR progress',
  reform: 'Security reform',
  election: 'Election readiness',
  reconstruction: 'Reconstruction',
  expectations: 'Civilian expectations',
};

export const TRACK_HINT: Readonly<Record<string, string>> = {
  tension:
    'How close the country is to war again. If it reaches the maximum, the ceasefire collapses and everyone who needed peace loses.',
  ddr: 'Disarmament, demobilisation and reintegration: how many fighters have been cantoned, disarmed and reintegrated.',
  reform: 'Reform of the police and army so that they protect everyone.',
  election: 'How ready the country is to hold elections at the end.',
  reconstruction: 'Roads, schools and markets rebuilt: the peace dividend people can see.',
  expectations:
    'What civilians expect from peace. It rises every round; if reconstruction lags behind, unrest raises Tension.',
};

export function orderText(s: Scenario, o: Order): string {
  const label = s.actions.find((a) => a.type === o.type)?.label ?? o.type;
  const where = 'region' in o ? ` in the ${regionNameOf(s, o.region)}` : '';
  switch (o.type) {
    case 'canton':
    case 'disarm':
    case 'reintegrate':
    case 'rearm':
      return `${label}: ${o.count}${where}`;
    case 'attack':
      return `Attack the ${nameOf(s, o.target)}${where}`;
    case 'consent':
      return `${o.grant ? 'Grant' : 'Withdraw'} consent to missions${where}`;
    default:
      return `${label}${where}`;
  }
}

export function termText(s: Scenario, t: OfferTerm): string {
  const where = t.region && t.region !== 'any' ? ` in the ${regionNameOf(s, t.region)}` : '';
  switch (t.kind) {
    case 'funds':
      return `${t.amount ?? 0} funds`;
    case 'inducement':
      return `an inducement of ${t.amount ?? 0}`;
    case 'canton':
      return `cantoning ${t.amount ?? 1} fighter(s)${where}`;
    case 'consent':
      return `consent to a mission${where}`;
    case 'noAttack':
      return `no attacks${where || ' anywhere'}`;
    case 'text':
      return `“${t.text ?? ''}”`;
  }
}

export function termsText(s: Scenario, terms: readonly OfferTerm[]): string {
  return terms.length === 0 ? 'nothing' : terms.map((t) => termText(s, t)).join(', ');
}

export function pledgeText(s: Scenario, p: Pledge): string {
  const whom = p.protects === 'all' ? 'either faction' : `the ${nameOf(s, p.protects)}`;
  const where = p.region === 'any' ? 'anywhere' : `in the ${regionNameOf(s, p.region)}`;
  const trig = p.trigger === 'attack' ? 'attacks' : 'violates the ceasefire against';
  return `If anyone ${trig} ${whom} ${where}, the ${nameOf(s, p.guarantor)} responds with ${p.response}${p.unEndorsed ? ' (UN-endorsed)' : ''}.`;
}

export const PLEDGE_STATUS: Readonly<Record<Pledge['status'], string>> = {
  active: 'standing',
  triggered: 'triggered — waiting for an answer',
  broken: 'broken',
  withdrawn: 'withdrawn',
  expired: 'ran out',
};

export function agendaText(s: Scenario, role: string, agendaId: string): string {
  const r = s.roles.find((x) => x.id === role);
  return r?.agendas.find((a) => a.id === agendaId)?.text ?? agendaId;
}

export function roundsLeft(G: GameState): number {
  return Math.max(0, G.options.rounds - G.round);
}
