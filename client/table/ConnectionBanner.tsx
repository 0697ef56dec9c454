// Online / reconnecting, shown to everyone; reconnection itself is automatic (socket.io).
import type { Connection } from './matchConnection.ts';

export function ConnectionPill({ connection }: { connection: Connection }) {
  const text =
    connection === 'online' ? 'Online' : connection === 'connecting' ? 'Connecting…' : 'Reconnecting…';
  return (
    <span className={`pill conn-${connection}`} role="status" aria-live="polite">
      <span className="dot" aria-hidden="true" />
      {text}
    </span>
  );
}

export function ConnectionBanner({ connection }: { connection: Connection }) {
  if (connection === 'online') return null;
  return (
    <div className="banner warn" role="status">
      {connection === 'connecting'
        ? 'Connecting to the server…'
        : 'Connection lost. Reconnecting automatically — your seat is kept.'}
    </div>
  );
}
