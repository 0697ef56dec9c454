// /lesson-plan: the printable lesson plan for a class, with timings for a 45-minute and a 90-minute lesson
// (the same plan as docs/lesson-plan.md), in the teacher's language; print.css lays it out on paper.
import { type MessageKey, useT } from '../i18n/i18n.ts';
import { Rich } from '../i18n/Rich.tsx';
import { paths } from '../lib/router.ts';
import { Link } from '../ui/Link.tsx';
import { SiteHeader } from '../ui/SiteHeader.tsx';
import './print.css';

type Step = readonly [
  minutes: string,
  what: MessageKey & `plan.${string}.what`,
  console: MessageKey & `plan.${string}.console`,
];

/** Minutes of each step (the same in every language) and its words in the catalogue. */
const PLAN_45: readonly Step[] = [
  ['0–5', 'plan.45.1.what', 'plan.45.1.console'],
  ['5–8', 'plan.45.2.what', 'plan.45.2.console'],
  ['8–35', 'plan.45.3.what', 'plan.45.3.console'],
  ['35–36', 'plan.45.4.what', 'plan.45.4.console'],
  ['36–45', 'plan.45.5.what', 'plan.45.5.console'],
];
const PLAN_90: readonly Step[] = [
  ['0–10', 'plan.90.1.what', 'plan.90.1.console'],
  ['10–70', 'plan.90.2.what', 'plan.90.2.console'],
  ['70–90', 'plan.90.3.what', 'plan.90.3.console'],
];

function Timings({ k, steps }: { k: 'plan.45' | 'plan.90'; steps: readonly Step[] }) {
  const t = useT();
  return (
    <section className="print-section" aria-labelledby={`${k}-t`}>
      <h2 id={`${k}-t`}>{t(k)}</h2>
      <table className="print-table">
        <thead>
          <tr>
            <th scope="col">{t('plan.col.time')}</th>
            <th scope="col">{t('plan.col.what')}</th>
            <th scope="col">{t('plan.col.console')}</th>
          </tr>
        </thead>
        <tbody>
          {steps.map(([m, what, inConsole]) => (
            <tr key={m}>
              <th scope="row">{m}</th>
              <td>{t(what)}</td>
              <td>{t(inConsole)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export default function LessonPlanPage() {
  const t = useT();
  return (
    <div className="print-page">
      <SiteHeader className="no-print">
        <nav className="print-tools">
          <Link to={paths.handout()}>{t('print.handout')}</Link>
          <Link to={paths.briefs()}>{t('title.briefs')}</Link>
          <button type="button" className="primary" onClick={() => window.print()}>
            {t('print.button')}
          </button>
        </nav>
      </SiteHeader>
      <main className="page print-sheet" id="main">
        <h1>{t('plan.title')}</h1>
        <p className="lead">{t('plan.lead')}</p>
        <section className="print-section" aria-labelledby="plan-before">
          <h2 id="plan-before">{t('plan.before')}</h2>
          <ol>
            {(['plan.before.1', 'plan.before.2', 'plan.before.3', 'plan.before.4'] as const).map((k) => (
              <li key={k}>
                <Rich k={k} />
              </li>
            ))}
          </ol>
        </section>
        <Timings k="plan.45" steps={PLAN_45} />
        <Timings k="plan.90" steps={PLAN_90} />
        <p>{t('plan.bots')}</p>
        <section className="print-section" aria-labelledby="plan-debrief">
          <h2 id="plan-debrief">{t('plan.debrief')}</h2>
          <ol>
            {(['plan.debrief.1', 'plan.debrief.2', 'plan.debrief.3', 'plan.debrief.4'] as const).map((k) => (
              <li key={k}>
                <Rich k={k} />
              </li>
            ))}
          </ol>
        </section>
        <section className="print-section" aria-labelledby="plan-after">
          <h2 id="plan-after">{t('plan.after')}</h2>
          <p>
            <Rich k="plan.after.body" />
          </p>
        </section>
      </main>
    </div>
  );
}
