// How each seat looks everywhere: a colour from the Okabe–Ito palette (safe for colour-blind players)
// always paired with a shape and a short label, so colour is never the only cue.

export type Shape = 'square' | 'triangle' | 'diamond' | 'circle' | 'hexagon' | 'star' | 'cross';

export interface RoleLook {
  readonly color: string;
  readonly shape: Shape;
  readonly abbr: string;
}

const COLORS = ['#0072B2', '#D55E00', '#AA3377', '#3C8DBC', '#009E73', '#8C6D00', '#555555'];
const SHAPES: readonly Shape[] = ['square', 'triangle', 'diamond', 'circle', 'hexagon', 'star', 'cross'];
const KNOWN: Readonly<Record<string, string>> = {
  government: 'GOV',
  movement: 'MOV',
  spoiler: 'SPO',
  un: 'UN',
  regional: 'REG',
};

export function roleLook(roleIds: readonly string[], role: string): RoleLook {
  const i = Math.max(0, roleIds.indexOf(role));
  return {
    color: COLORS[i % COLORS.length]!,
    shape: SHAPES[i % SHAPES.length]!,
    abbr: KNOWN[role] ?? role.slice(0, 3).toUpperCase(),
  };
}

/** SVG path of a shape centred on 0,0 with radius r. */
export function shapePath(shape: Shape, r: number): string {
  const poly = (n: number, rot: number, rr = r) =>
    `${Array.from({ length: n }, (_, k) => {
      const a = rot + (k * 2 * Math.PI) / n;
      return `${k ? 'L' : 'M'}${(rr * Math.cos(a)).toFixed(2)},${(rr * Math.sin(a)).toFixed(2)}`;
    }).join('')}Z`;
  switch (shape) {
    case 'square':
      return `M${-r * 0.85},${-r * 0.85}H${r * 0.85}V${r * 0.85}H${-r * 0.85}Z`;
    case 'triangle':
      return poly(3, -Math.PI / 2, r * 1.1);
    case 'diamond':
      return poly(4, -Math.PI / 2, r * 1.1);
    case 'circle':
      return `M${-r},0A${r},${r} 0 1 0 ${r},0A${r},${r} 0 1 0 ${-r},0Z`;
    case 'hexagon':
      return poly(6, 0);
    case 'star':
      return `${Array.from({ length: 10 }, (_, k) => {
        const a = -Math.PI / 2 + (k * Math.PI) / 5;
        const rr = k % 2 ? r * 0.45 : r * 1.1;
        return `${k ? 'L' : 'M'}${(rr * Math.cos(a)).toFixed(2)},${(rr * Math.sin(a)).toFixed(2)}`;
      }).join('')}Z`;
    case 'cross':
      return `M${-r * 0.3},${-r}H${r * 0.3}V${-r * 0.3}H${r}V${r * 0.3}H${r * 0.3}V${r}H${-r * 0.3}V${r * 0.3}H${-r}V${-r * 0.3}H${-r * 0.3}Z`;
  }
}
