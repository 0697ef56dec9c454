// The map, drawn from the scenario's region positions: units, stability, spoils, missions, caches.
import { memo } from 'react';
import type { Scenario } from '../../game/content/schema.ts';
import { type GameState, getScenario, type RegionState, type RoleId } from '../../game/index.ts';
import { useLocalScenario } from '../i18n/content.ts';
import { t, useT } from '../i18n/i18n.ts';
import { shapePath } from '../lib/roleStyle.ts';
import { RoleIcon } from '../ui/RoleBadge.tsx';
import { lookOf, nameOf } from './tableContext.ts';

const CARD_W = 268;
const LINE = 24;
const PAD_X = 70;
const PAD_Y = 60;
const SCALE_X = 10;
const SCALE_Y = 9;

interface Line {
  readonly key: string;
  readonly role?: RoleId;
  readonly text: string;
  readonly tone?: 'secret' | 'warn' | 'good';
}

function sum(rec: Readonly<Record<string, number>>): number {
  return Object.values(rec).reduce((a, b) => a + b, 0);
}

function regionLines(s: Scenario, r: RegionState, myCaches: number, border: boolean): Line[] {
  const lines: Line[] = [];
  if (border) lines.push({ key: 'border', text: t('map.border'), tone: 'warn' });
  const unverified = new Set(r.unverified ?? []);
  for (const [role, u] of Object.entries(r.units)) {
    const parts: string[] = [];
    // Without monitors the view gives only another side's total: nobody can check who really disarmed.
    if (unverified.has(role)) {
      if (u.active)
        lines.push({
          key: `u-${role}`,
          role,
          text: `${lookOf(s, role).abbr}  ${t('map.unverified', { n: u.active })}`,
        });
      continue;
    }
    if (u.active) parts.push(t('map.armed', { n: u.active }));
    if (u.cantoned) parts.push(t('map.camps', { n: u.cantoned }));
    if (u.disarmed) parts.push(t('map.disarmed', { n: u.disarmed }));
    if (parts.length)
      lines.push({ key: `u-${role}`, role, text: `${lookOf(s, role).abbr}  ${parts.join(' · ')}` });
  }
  const mon = sum(r.monitors);
  const pk = sum(r.peacekeepers);
  if (mon || pk) {
    const parts = [];
    if (mon) parts.push(t('map.monitors', { count: mon }));
    if (pk) parts.push(t('map.peacekeepers', { count: pk }));
    lines.push({ key: 'mission', text: `◉ ${parts.join(' · ')}`, tone: 'good' });
  }
  const refused = Object.entries(r.consent)
    .filter(([, ok]) => !ok)
    .map(([f]) => lookOf(s, f).abbr);
  if (refused.length)
    lines.push({ key: 'consent', text: t('map.noConsent', { list: refused.join(', ') }), tone: 'warn' });
  const found = Object.entries(r.revealedCaches).filter(([, n]) => n > 0);
  if (found.length)
    lines.push({
      key: 'found',
      text: t('map.found', { list: found.map(([f, n]) => `${lookOf(s, f).abbr} ${n}`).join(', ') }),
      tone: 'warn',
    });
  if (myCaches > 0) lines.push({ key: 'mine', text: t('map.mine', { n: myCaches }), tone: 'secret' });
  const extras = [];
  if (r.refugees) extras.push(t('map.refugees', { n: r.refugees }));
  if (r.patrolled) extras.push(t('map.patrolled'));
  if (extras.length) lines.push({ key: 'extra', text: extras.join(' · ') });
  return lines;
}

function summary(s: Scenario, name: string, r: RegionState, lines: Line[]): string {
  return [
    t('map.summary', { name, n: r.stability }),
    r.spoils ? t('map.spoils', { n: r.spoils }) : '',
    ...lines.map((l) =>
      l.role ? `${nameOf(s, l.role)} ${l.text.replace(/^\S+\s+/, '')}` : l.text.replace(/^[◉✕▲⚑]\s/, ''),
    ),
  ]
    .filter(Boolean)
    .join('; ');
}

function Pips({ value, x, y }: { value: number; x: number; y: number }) {
  return (
    <g transform={`translate(${x},${y})`}>
      {[0, 1, 2, 3, 4].map((i) => (
        <rect
          key={i}
          x={i * 17}
          y={0}
          width={13}
          height={13}
          rx={2}
          className={i < value ? 'pip on' : 'pip'}
        />
      ))}
    </g>
  );
}

export const MapView = memo(function MapView({ G, me }: { G: GameState; me: RoleId | null }) {
  useT();
  const s = useLocalScenario(getScenario(G.scenario));
  const myCaches = me ? (G.secret[me]?.caches ?? {}) : {};
  const placed = G.regions.map((r) => {
    const def = s.regions.find((d) => d.id === r.id)!;
    const lines = regionLines(s, r, myCaches[r.id] ?? 0, def.border);
    const h = 66 + lines.length * LINE;
    return { r, def, lines, h, cx: PAD_X + def.x * SCALE_X + CARD_W / 2, cy: PAD_Y + def.y * SCALE_Y };
  });
  const maxX = Math.max(...placed.map((p) => p.cx + CARD_W / 2)) + 20;
  const maxY = Math.max(...placed.map((p) => p.cy + p.h / 2)) + 20;
  const minX = Math.min(...placed.map((p) => p.cx - CARD_W / 2)) - 20;
  const minY = Math.min(...placed.map((p) => p.cy - p.h / 2)) - 20;
  const byId = new Map(placed.map((p) => [p.r.id, p]));
  const links: [string, string][] = [];
  for (const p of placed)
    for (const n of p.def.neighbours) if (p.r.id < n && byId.has(n)) links.push([p.r.id, n]);

  return (
    <section className="card map-card" aria-labelledby="map-title">
      <h2 id="map-title">{t('map.title')}</h2>
      <div className="map-scroll">
        <svg
          className="map"
          viewBox={`${minX} ${minY} ${maxX - minX} ${maxY - minY}`}
          aria-labelledby="map-svg-title"
        >
          <title id="map-svg-title">{t('map.svgTitle')}</title>
          <defs>
            <pattern
              id="hatch-spoils"
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="6" height="6" fill="#fbf3dc" />
              <line x1="0" y1="0" x2="0" y2="6" stroke="#e2c77a" strokeWidth="2" />
            </pattern>
          </defs>
          {links.map(([a, b]) => {
            const pa = byId.get(a)!;
            const pb = byId.get(b)!;
            return (
              <line key={`${a}-${b}`} x1={pa.cx} y1={pa.cy} x2={pb.cx} y2={pb.cy} className="map-link" />
            );
          })}
          {placed.map(({ r, def, lines, h, cx, cy }) => {
            const x = cx - CARD_W / 2;
            const y = cy - h / 2;
            const unstable = r.stability <= 1;
            return (
              <g
                key={r.id}
                className={`region${unstable ? ' unstable' : ''}`}
                tabIndex={0}
                aria-label={summary(s, def.name, r, lines)}
                data-region={r.id}
              >
                <rect
                  x={x}
                  y={y}
                  width={CARD_W}
                  height={h}
                  rx={10}
                  className="region-box"
                  fill={r.spoils > 0 ? 'url(#hatch-spoils)' : undefined}
                />
                <text x={x + 12} y={y + 27} className="region-name">
                  {def.name}
                </text>
                {r.spoils > 0 && (
                  <text x={x + CARD_W - 12} y={y + 26} className="region-spoils" textAnchor="end">
                    {t('map.spoilsTag', { n: r.spoils })}
                  </text>
                )}
                <text x={x + 12} y={y + 53} className="region-small">
                  {t('map.stability')}
                </text>
                <Pips value={r.stability} x={x + 90} y={y + 41} />
                {lines.map((l, i) => {
                  const ly = y + 82 + i * LINE;
                  const look = l.role ? lookOf(s, l.role) : null;
                  return (
                    <g key={l.key}>
                      {look && (
                        <path
                          d={shapePath(look.shape, 8)}
                          transform={`translate(${x + 20},${ly - 6})`}
                          fill={look.color}
                          stroke="#1d2430"
                          strokeWidth="1"
                        />
                      )}
                      <text x={x + (look ? 34 : 12)} y={ly} className={`region-line ${l.tone ?? ''}`}>
                        {l.text}
                      </text>
                    </g>
                  );
                })}
              </g>
            );
          })}
        </svg>
      </div>
      <ul className="legend" aria-label={t('map.legend')}>
        {G.seats
          .filter((role) => Object.keys(G.regions[0]?.units ?? {}).includes(role))
          .map((role) => (
            <li key={role}>
              <RoleIcon look={lookOf(s, role)} /> {lookOf(s, role).abbr} = {nameOf(s, role)}
            </li>
          ))}
        <li>{t('map.legendMissions')}</li>
        <li>{t('map.legendUnverified')}</li>
        <li>{t('map.legendCaches')}</li>
        <li>
          <span className="swatch-spoils" aria-hidden="true" /> {t('map.legendSpoils')}
        </li>
      </ul>
    </section>
  );
});
