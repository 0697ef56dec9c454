// Negotiation: offers to accept or refuse, my own offers and pledges, and "done negotiating".
import { useRef } from 'react';
import { useT } from '../i18n/i18n.ts';
import { ExitForm } from './ExitForm.tsx';
import { OfferForm } from './OfferForm.tsx';
import { OffersList } from './OffersList.tsx';
import { PledgeForm } from './PledgeForm.tsx';
import { PledgesList } from './PledgesList.tsx';
import { ResumeWar } from './ResumeWar.tsx';
import { nameOf, useTable } from './tableContext.ts';
import { useRescueFocus } from './useRescueFocus.ts';

export function NegotiationPanel() {
  const t = useT();
  const { G, s, me, conn } = useTable();
  const status = useRef<HTMLParagraphElement>(null);
  const done = Boolean(me && G.roles[me]?.ready);
  useRescueFocus(status, done);
  if (!me) return null;
  const mine = G.roles[me]!;
  const waiting = G.seats.filter((r) => !G.roles[r]!.ready && r !== me).map((r) => nameOf(s, r));
  return (
    <div className="negotiation">
      <div className="ready-bar">
        {mine.ready ? (
          <p role="status" ref={status} tabIndex={-1}>
            <span aria-hidden="true">✓ </span>
            {t('neg.done')} {waiting.length > 0 ? t('orders.waitingFor', { list: waiting.join(', ') }) : ''}
          </p>
        ) : (
          <button type="button" className="primary" onClick={() => conn.act('ready')}>
            {t('neg.doneButton')}
          </button>
        )}
      </div>
      <OffersList />
      <details className="fold">
        <summary>{t('neg.makeOffer')}</summary>
        <OfferForm />
      </details>
      <PledgesList />
      {mine.kind === 'guarantor' && (
        <details className="fold">
          <summary>{t('neg.makePledge')}</summary>
          <PledgeForm />
        </details>
      )}
      {mine.kind === 'guarantor' && mine.exitRound === null && (
        <details className="fold">
          <summary>{t('neg.exit')}</summary>
          <ExitForm />
        </details>
      )}
      {mine.kind === 'faction' && <ResumeWar />}
    </div>
  );
}
