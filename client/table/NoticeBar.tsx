// Why a move was refused (by our own check or by the server), read out by screen readers.
import type { Notice } from './matchConnection.ts';

export function NoticeBar({ notice, onDismiss }: { notice: Notice | null; onDismiss: () => void }) {
  return (
    <div className="notice-slot" role="alert" aria-live="assertive">
      {notice && (
        <div className="banner error" key={notice.id} data-testid="move-refused">
          <strong>{notice.source === 'connection' ? 'Not sent: ' : 'Not possible: '}</strong>
          <span>{notice.text}</span>
          <button type="button" className="small" onClick={onDismiss}>
            OK
          </button>
        </div>
      )}
    </div>
  );
}
