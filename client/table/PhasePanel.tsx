// What I can do now, by phase: decide the crisis, negotiate, give orders, read the review; and, where
// allowed, ask the advisor what it would do.

import { theRole } from '../i18n/content.ts';
import { useT } from '../i18n/i18n.ts';
import { AdvisorPanel } from './AdvisorPanel.tsx';
import { ChatBox } from './ChatBox.tsx';
import { NegotiationPanel } from './NegotiationPanel.tsx';
import { OrdersPanel } from './OrdersPanel.tsx';
import { ReviewPanel } from './ReviewPanel.tsx';
import { useTable } from './tableContext.ts';
import { phaseHint, phaseLabel } from './words.ts';

export function PhasePanel({ advisor = false }: { advisor?: boolean }) {
  const t = useT();
  const { ctx, G, s, me } = useTable();
  const phase = String(ctx.phase ?? '');
  let body: React.ReactNode = null;
  if (!me) body = <p>{t('panel.watching')}</p>;
  else if (phase === 'crisis') {
    const chooser = G.crisis?.chooser;
    body =
      chooser === me ? (
        <p className="needs-you-text">{t('panel.youDecide')}</p>
      ) : (
        <p className="muted">
          {chooser ? t('panel.waitingFor', { who: theRole(s, chooser) }) : t('panel.waitingTable')}
        </p>
      );
  } else if (phase === 'negotiation') body = <NegotiationPanel />;
  else if (phase === 'orders') body = <OrdersPanel />;
  else if (phase === 'review') body = <ReviewPanel />;
  return (
    <>
      <section className="card phase-panel" aria-labelledby="phase-title">
        <h2 id="phase-title">
          {phaseLabel(phase)}
          <span className="phase-round">{t('panel.round', { round: G.round })}</span>
        </h2>
        <p className="hint">{phaseHint(phase)}</p>
        {advisor && me && <AdvisorPanel />}
        {body}
      </section>
      {me && <ChatBox />}
    </>
  );
}
