// A seat's badge: shape + colour + short label, so a role is never told apart by colour alone.
import { type RoleLook, shapePath } from '../lib/roleStyle.ts';

export function RoleIcon({ look, size = 14 }: { look: RoleLook; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="-12 -12 24 24" aria-hidden="true" className="role-icon">
      <path d={shapePath(look.shape, 10)} fill={look.color} stroke="#1d2430" strokeWidth="1.5" />
    </svg>
  );
}

export function RoleBadge({ look, name }: { look: RoleLook; name: string }) {
  return (
    <span className="role-badge" style={{ borderColor: look.color }}>
      <RoleIcon look={look} />
      <span>{name}</span>
    </span>
  );
}
