// A faction may go back to war at any moment; it ends the game in collapse, so we ask twice.
import { useState } from 'react';
import { useTable } from './tableContext.ts';

export function ResumeWar() {
  const { conn } = useTable();
  const [confirm, setConfirm] = useState(false);
  return (
    <details className="fold danger-zone">
      <summary>Resume the war</summary>
      <p>
        Going back to war ends the game at once in <strong>collapse</strong>: everyone who needed peace loses.
      </p>
      {confirm ? (
        <p className="actions">
          <button type="button" className="danger" onClick={() => conn.act('resumeWar')}>
            Yes, end the ceasefire
          </button>{' '}
          <button type="button" onClick={() => setConfirm(false)}>
            No, keep the peace
          </button>
        </p>
      ) : (
        <button type="button" onClick={() => setConfirm(true)}>
          Resume the war…
        </button>
      )}
    </details>
  );
}
