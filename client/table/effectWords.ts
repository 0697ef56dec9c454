// Crisis-card effects (scenario data) in plain words: "Tension +2", "Fear of the Movement +1".
import type { Effect, Scenario } from '../../game/content/schema.ts';
import { nameOf, regionNameOf } from './tableContext.ts';
import { TRACK_LABEL } from './words.ts';

const sign = (d: number) => (d > 0 ? `+${d}` : String(d));

function whoText(s: Scenario, role: string): string {
  if (role === 'all') return 'everyone';
  if (role === 'factions') return 'both factions';
  if (role === 'guarantors') return 'the guarantors';
  if (role === 'spoilers') return 'the spoiler';
  return `the ${nameOf(s, role)}`;
}

function whereText(s: Scenario, region: string): string {
  if (region === 'all') return 'every region';
  if (region === 'spoils') return 'the spoils regions';
  if (region === 'random') return 'a random region';
  if (region === 'unmonitored') return 'every unmonitored region';
  return `the ${regionNameOf(s, region)}`;
}

const MODIFIER: Readonly<Record<string, string>> = {
  donorFatigue: 'donor fatigue halves aid this round',
  councilDeadlock: 'the Security Council is deadlocked this round',
  electionDelay: 'the election date slips (Election readiness -1)',
};

export function effectText(s: Scenario, f: Effect): string {
  switch (f.kind) {
    case 'track':
      return `${TRACK_LABEL[f.track] ?? f.track} ${sign(f.delta)}`;
    case 'fear':
      return `Fear of ${whoText(s, f.role)} ${sign(f.delta)}`;
    case 'funds':
    case 'approval':
    case 'will':
      return `${f.kind === 'approval' ? 'Approval at home' : f.kind === 'will' ? 'Will' : 'Funds'} of ${whoText(s, f.role)} ${sign(f.delta)}`;
    case 'militancy':
      return `Spoiler militancy ${sign(f.delta)}`;
    case 'stability':
    case 'refugees':
      return `${f.kind === 'stability' ? 'Stability' : 'Refugees'} in ${whereText(s, f.region)} ${sign(f.delta)}`;
    case 'units':
      return `Fighters of ${whoText(s, f.role)} in ${whereText(s, f.region)} ${sign(f.delta)}`;
    case 'consent':
      return `${whoText(s, f.role)} ${f.grant ? 'grants' : 'withdraws'} consent to missions in ${whereText(s, f.region)}`;
    case 'sanctionNeighbour':
      return `the neighbour is sanctioned for ${f.rounds} round(s)`;
    case 'modifier':
      return MODIFIER[f.modifier] ?? f.modifier;
    default:
      return (f as { kind: string }).kind;
  }
}

/** The net change of Tension these effects make (what a chooser at the brink needs to know). */
export function tensionDelta(effects: readonly Effect[]): number {
  return effects.reduce((n, f) => n + (f.kind === 'track' && f.track === 'tension' ? f.delta : 0), 0);
}
