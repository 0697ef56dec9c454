// Crisis-card effects (scenario data) in plain words: "Tension +2", "Fear of the Movement +1" (player's language).
import type { Effect, Scenario } from '../../game/content/schema.ts';
import { theRegion, theRole } from '../i18n/content.ts';
import { signed, t } from '../i18n/i18n.ts';
import { trackLabel } from './words.ts';

function whoText(s: Scenario, role: string): string {
  if (role === 'all' || role === 'factions' || role === 'guarantors' || role === 'spoilers')
    return t(`effect.who.${role}`);
  return theRole(s, role);
}

function whereText(s: Scenario, region: string): string {
  if (region === 'all' || region === 'spoils' || region === 'random' || region === 'unmonitored')
    return t(`effect.where.${region}`);
  return theRegion(s, region);
}

export function effectText(s: Scenario, f: Effect): string {
  switch (f.kind) {
    case 'track':
      return t('effect.track', { track: trackLabel(f.track), delta: signed(f.delta) });
    case 'fear':
    case 'funds':
    case 'approval':
    case 'will':
    case 'capability':
      return t(`effect.${f.kind}`, { who: whoText(s, f.role), delta: signed(f.delta) });
    case 'militancy':
      return t('effect.militancy', { delta: signed(f.delta) });
    case 'stability':
    case 'refugees':
      return t(`effect.${f.kind}`, { where: whereText(s, f.region), delta: signed(f.delta) });
    case 'units':
      return t('effect.units', {
        who: whoText(s, f.role),
        where: whereText(s, f.region),
        delta: signed(f.delta),
      });
    case 'consent':
      return t(f.grant ? 'effect.grant' : 'effect.withdraw', {
        who: whoText(s, f.role),
        where: whereText(s, f.region),
      });
    case 'sanctionNeighbour':
      return t('effect.sanction', { count: f.rounds });
    case 'modifier':
      return t(`effect.modifier.${f.modifier}`);
    default:
      return (f as { kind: string }).kind;
  }
}

/** The net change of Tension these effects make (what a chooser at the brink needs to know). */
export function tensionDelta(effects: readonly Effect[]): number {
  return effects.reduce((n, f) => n + (f.kind === 'track' && f.track === 'tension' ? f.delta : 0), 0);
}
