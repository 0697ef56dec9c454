// Every track over the rounds (roundsOf: the snapshots and the state the game ended in), plus Fear,
// guarantor credibility and approval.

import type { Scenario } from '../../game/content/schema.ts';
import { trackIds } from '../../game/content/schema.ts';
import { roundsOf } from '../../game/debrief.ts';
import type { GameState, TrackId } from '../../game/index.ts';
import { lookOf, nameOf } from '../table/tableContext.ts';
import { trackLabel } from '../table/words.ts';
import { LineChart, type Series, type Threshold } from './LineChart.tsx';

const TRACKS = trackIds;
const DASHES = [undefined, '6 4', '2 3', '8 3 2 3'];

export function Charts({ G, s }: { G: GameState; s: Scenario }) {
  const snaps = roundsOf(G);
  if (snaps.length === 0) return <p className="muted">The game ended before the first round was resolved.</p>;
  const rounds = snaps.map((x) => x.round);
  const d = s.tuning.durable;
  const thresholds: Partial<Record<TrackId, Threshold[]>> = {
    tension: [
      { value: s.tuning.tensionMax, label: `collapse at ${s.tuning.tensionMax}`, tone: 'danger' },
      { value: d.tensionAtMost, label: `durable ≤ ${d.tensionAtMost}`, tone: 'goal' },
    ],
    ddr: [{ value: d.ddrAtLeast, label: `durable ≥ ${d.ddrAtLeast}`, tone: 'goal' }],
    election: [{ value: d.electionAtLeast, label: `durable ≥ ${d.electionAtLeast}`, tone: 'goal' }],
  };
  const roleSeries = (rec: (i: number) => Readonly<Record<string, number>>, roles: string[]): Series[] =>
    roles.map((r, k) => {
      const look = lookOf(s, r);
      return {
        label: nameOf(s, r),
        values: snaps.map((_, i) => rec(i)[r] ?? 0),
        color: look.color,
        marker: look.shape,
        ...(DASHES[k % DASHES.length] ? { dash: DASHES[k % DASHES.length]! } : {}),
      };
    });
  const factions = Object.keys(snaps[0]!.fear);
  const guarantors = Object.keys(snaps[0]!.credibility);
  return (
    <div className="charts">
      {TRACKS.map((t) => (
        <LineChart
          key={t}
          title={trackLabel(t) ?? t}
          rounds={rounds}
          max={t === 'tension' ? s.tuning.tensionMax : s.tuning.trackMax}
          thresholds={thresholds[t] ?? []}
          series={[
            {
              label: trackLabel(t) ?? t,
              values: snaps.map((x) => x.tracks[t]),
              color: '#245b73',
              marker: 'circle',
            },
          ]}
        />
      ))}
      {factions.length > 0 && (
        <LineChart
          title="Fear of the other faction"
          rounds={rounds}
          max={10}
          thresholds={[
            {
              value: s.tuning.fearBlocksDdr,
              label: `too afraid to disarm at ${s.tuning.fearBlocksDdr}`,
              tone: 'danger',
            },
          ]}
          series={roleSeries((i) => snaps[i]!.fear, factions)}
        />
      )}
      {guarantors.length > 0 && (
        <LineChart
          title="Guarantor credibility (capability × will × approval, and its record)"
          rounds={rounds}
          max={10}
          series={roleSeries((i) => snaps[i]!.credibility, guarantors)}
        />
      )}
      {guarantors.length > 0 && (
        <LineChart
          title="Approval at home"
          rounds={rounds}
          max={10}
          series={roleSeries((i) => snaps[i]!.approval, guarantors)}
        />
      )}
    </div>
  );
}
