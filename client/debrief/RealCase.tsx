// "What happened in the real case": the scenario's real peace process, its outcome set against the
// table's (one table in the player's debrief, every table in the class debrief; game/debrief.ts).
import type { Scenario } from '../../game/content/schema.ts';
import { realCaseOf } from '../../game/debrief.ts';
import type { Grade } from '../../game/types.ts';
import { useT } from '../i18n/i18n.ts';

/** The real case of a (localized) scenario next to one table's grade, or to the grades of a class. */
export function RealCase({ s, grades }: { s: Scenario; grades: readonly (Grade | null)[] }) {
  const t = useT();
  const rc = realCaseOf(s, grades.length === 1 ? (grades[0] ?? null) : null);
  if (!rc) return null;
  const real = t(`grade.${rc.outcome}`);
  const ended = grades.filter((g): g is Grade => g !== null);
  let compare: string;
  if (grades.length === 1)
    compare = rc.table
      ? t('realCase.compare', { real, table: t(`grade.${rc.table}`) })
      : t('realCase.running', { real });
  else
    compare = t('realCase.compareClass', {
      real,
      same: ended.filter((g) => g === rc.outcome).length,
      ended: ended.length,
    });
  return (
    <section className="card real-case" aria-labelledby="real-case-title" data-testid="real-case">
      <h2 id="real-case-title">{t('realCase.title')}</h2>
      <h3>{rc.name}</h3>
      <p data-testid="real-case-compare">
        <strong>{compare}</strong>
      </p>
      {rc.same !== null && <p>{rc.same ? t('realCase.same') : t('realCase.different')}</p>}
      <p>{rc.text}</p>
      <details>
        <summary>{t('realCase.sources')}</summary>
        <ul>
          {rc.sources.map((x) => (
            <li key={x}>{x}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
