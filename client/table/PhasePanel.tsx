// What I can do now, by phase: decide the crisis, negotiate, give orders, read the review; and, where
// allowed, ask the advisor what it would do.
import { AdvisorPanel } from './AdvisorPanel.tsx';
import { ChatBox } from './ChatBox.tsx';
import { NegotiationPanel } from './NegotiationPanel.tsx';
import { OrdersPanel } from './OrdersPanel.tsx';
import { ReviewPanel } from './ReviewPanel.tsx';
import { nameOf, useTable } from './tableContext.ts';
import { PHASE_HINT, PHASE_LABEL } from './words.ts';

export function PhasePanel({ advisor = false }: { advisor?: boolean }) {
  const { ctx, G, s, me } = useTable();
  const phase = String(ctx.phase ?? '');
  let body: React.ReactNode = null;
  if (!me) body = <p>You are watching. Only seated players act.</p>;
  else if (phase === 'crisis') {
    const chooser = G.crisis?.chooser;
    body =
      chooser === me ? (
        <p className="needs-you-text">The crisis asks you to decide — see the crisis screen above.</p>
      ) : (
        <p className="muted">
          Waiting for the {chooser ? nameOf(s, chooser) : 'table'} to decide the crisis…
        </p>
      );
  } else if (phase === 'negotiation') body = <NegotiationPanel />;
  else if (phase === 'orders') body = <OrdersPanel />;
  else if (phase === 'review') body = <ReviewPanel />;
  return (
    <>
      <section className="card phase-panel" aria-labelledby="phase-title">
        <h2 id="phase-title">
          {PHASE_LABEL[phase] ?? phase}
          <span className="phase-round"> · round {G.round}</span>
        </h2>
        <p className="hint">{PHASE_HINT[phase]}</p>
        {advisor && me && <AdvisorPanel />}
        {body}
      </section>
      {me && <ChatBox />}
    </>
  );
}
