// What the facilitator tells the table: a pause, and messages broadcast to every table.
import type { MatchSnapshot } from './matchConnection.ts';

export function FacilitatorBanner({ snap, onDismiss }: { snap: MatchSnapshot; onDismiss?: () => void }) {
  return (
    <>
      {snap.paused && (
        <div className="banner warn" role="status">
          <strong>Paused by the facilitator.</strong> Moves wait until the game resumes; you can still read
          and talk.
        </div>
      )}
      {snap.broadcast && (
        <div className="banner info" role="status">
          <strong>From the facilitator:</strong> <span>{snap.broadcast.text}</span>
          {onDismiss && (
            <button type="button" className="small" onClick={onDismiss}>
              OK
            </button>
          )}
        </div>
      )}
    </>
  );
}
