// /handout: the student handout for the debrief, one printed page per student with room to write
// (the questions of docs/lesson-plan.md), in the teacher's language; print.css lays it out on paper.
import { useT } from '../i18n/i18n.ts';
import { paths } from '../lib/router.ts';
import { Link } from '../ui/Link.tsx';
import { SiteHeader } from '../ui/SiteHeader.tsx';
import './print.css';

const QUESTIONS = [
  'handout.q1',
  'handout.q2',
  'handout.q3',
  'handout.q4',
  'handout.q5',
  'handout.q6',
] as const;

export default function HandoutPage() {
  const t = useT();
  return (
    <div className="print-page">
      <SiteHeader className="no-print">
        <nav className="print-tools">
          <Link to={paths.lessonPlan()}>{t('print.lessonPlan')}</Link>
          <button type="button" className="primary" onClick={() => window.print()}>
            {t('print.button')}
          </button>
        </nav>
      </SiteHeader>
      <main className="page print-sheet handout" id="main">
        <h1>{t('handout.title')}</h1>
        <p className="lead">{t('handout.lead')}</p>
        <dl className="handout-who">
          {(['handout.name', 'handout.table', 'handout.role'] as const).map((k) => (
            <div key={k}>
              <dt>{t(k)}</dt>
              <dd className="write-line" />
            </div>
          ))}
        </dl>
        <ol className="handout-questions">
          {QUESTIONS.map((k) => (
            <li key={k}>
              <p>{t(k)}</p>
              <div className="write-space" aria-hidden="true" />
            </li>
          ))}
        </ol>
      </main>
    </div>
  );
}
