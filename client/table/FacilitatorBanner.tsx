// What the facilitator tells the table: a pause, and messages broadcast to every table.

import { useT } from '../i18n/i18n.ts';
import { Rich } from '../i18n/Rich.tsx';
import type { MatchSnapshot } from './matchConnection.ts';

export function FacilitatorBanner({ snap, onDismiss }: { snap: MatchSnapshot; onDismiss?: () => void }) {
  const t = useT();
  return (
    <>
      {snap.paused && (
        <div className="banner warn" role="status">
          <Rich k="fac.paused" />
        </div>
      )}
      {snap.broadcast && (
        <div className="banner info" role="status">
          <strong>{t('fac.from')}</strong> <span>{snap.broadcast.text}</span>
          {onDismiss && (
            <button type="button" className="small" onClick={onDismiss}>
              {t('fac.ok')}
            </button>
          )}
        </div>
      )}
    </>
  );
}
