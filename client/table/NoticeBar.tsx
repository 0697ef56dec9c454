// Why a move was refused (by our own check or by the server), read out by screen readers.

import { useT } from '../i18n/i18n.ts';
import type { Notice } from './matchConnection.ts';

export function NoticeBar({ notice, onDismiss }: { notice: Notice | null; onDismiss: () => void }) {
  const t = useT();
  return (
    <div className="notice-slot" role="alert" aria-live="assertive">
      {notice && (
        <div className="banner error" key={notice.id} data-testid="move-refused">
          <strong>{notice.source === 'connection' ? t('notice.notSent') : t('notice.notPossible')}</strong>
          <span>{notice.text}</span>
          <button type="button" className="small" onClick={onDismiss}>
            {t('notice.ok')}
          </button>
        </div>
      )}
    </div>
  );
}
