// Every track over the rounds (roundsOf: the snapshots and the state the game ended in), plus Fear,
// guarantor credibility and approval.

import type { Scenario } from '../../game/content/schema.ts';
import { trackIds } from '../../game/content/schema.ts';
import { roundsOf } from '../../game/debrief.ts';
import type { GameState, TrackId } from '../../game/index.ts';
import { useT } from '../i18n/i18n.ts';
import { lookOf, nameOf } from '../table/tableContext.ts';
import { trackLabel } from '../table/words.ts';
import { LineChart, type Series, type Threshold } from './LineChart.tsx';

const TRACKS = trackIds;
const DASHES = [undefined, '6 4', '2 3', '8 3 2 3'];

export function Charts({ G, s }: { G: GameState; s: Scenario }) {
  const t = useT();
  const snaps = roundsOf(G);
  if (snaps.length === 0) return <p className="muted">{t('charts.none')}</p>;
  const rounds = snaps.map((x) => x.round);
  const d = s.tuning.durable;
  const thresholds: Partial<Record<TrackId, Threshold[]>> = {
    tension: [
      {
        value: s.tuning.tensionMax,
        label: t('charts.collapseAt', { n: s.tuning.tensionMax }),
        tone: 'danger',
      },
      { value: d.tensionAtMost, label: t('charts.durableMax', { n: d.tensionAtMost }), tone: 'goal' },
    ],
    ddr: [{ value: d.ddrAtLeast, label: t('charts.durableMin', { n: d.ddrAtLeast }), tone: 'goal' }],
    election: [
      { value: d.electionAtLeast, label: t('charts.durableMin', { n: d.electionAtLeast }), tone: 'goal' },
    ],
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
      {TRACKS.map((tr) => (
        <LineChart
          key={tr}
          title={trackLabel(tr) ?? tr}
          rounds={rounds}
          max={tr === 'tension' ? s.tuning.tensionMax : s.tuning.trackMax}
          thresholds={thresholds[tr] ?? []}
          series={[
            {
              label: trackLabel(tr) ?? tr,
              values: snaps.map((x) => x.tracks[tr]),
              color: '#245b73',
              marker: 'circle',
            },
          ]}
        />
      ))}
      {factions.length > 0 && (
        <LineChart
          title={t('charts.fear')}
          rounds={rounds}
          max={10}
          thresholds={[
            {
              value: s.tuning.fearBlocksDdr,
              label: t('charts.fearBlocks', { n: s.tuning.fearBlocksDdr }),
              tone: 'danger',
            },
          ]}
          series={roleSeries((i) => snaps[i]!.fear, factions)}
        />
      )}
      {guarantors.length > 0 && (
        <LineChart
          title={t('charts.credibility')}
          rounds={rounds}
          max={10}
          series={roleSeries((i) => snaps[i]!.credibility, guarantors)}
        />
      )}
      {guarantors.length > 0 && (
        <LineChart
          title={t('charts.approval')}
          rounds={rounds}
          max={10}
          series={roleSeries((i) => snaps[i]!.approval, guarantors)}
        />
      )}
    </div>
  );
}
