// Online / reconnecting, shown to everyone; reconnection itself is automatic (socket.io).

import { useT } from '../i18n/i18n.ts';
import type { Connection } from './matchConnection.ts';

export function ConnectionPill({ connection }: { connection: Connection }) {
  const t = useT();
  const text =
    connection === 'online'
      ? t('conn.online')
      : connection === 'connecting'
        ? t('conn.connecting')
        : t('conn.reconnecting');
  return (
    <span className={`pill conn-${connection}`} role="status" aria-live="polite">
      <span className="dot" aria-hidden="true" />
      {text}
    </span>
  );
}

export function ConnectionBanner({ connection }: { connection: Connection }) {
  const t = useT();
  if (connection === 'online') return null;
  return (
    <div className="banner warn" role="status">
      {connection === 'connecting' ? t('conn.connectingBanner') : t('conn.lost')}
    </div>
  );
}
