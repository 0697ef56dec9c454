// The scenario settings a table or class plays with, one line each (changed ones marked), in the reader's
// language: in the seat pickers, the console and the debriefs. A fixed spoiler type is shown only when
// `reveal` is set (the teacher's pages); players see that it was fixed, never which type.
import { useEffect, useState } from 'react';
import { getScenario } from '../../game/scenario.ts';
import { describeVariables, type ShownVariables, splitKey, type VariableLine } from '../../game/variables.ts';
import { localizeScenario } from '../i18n/content.ts';
import { num, useLang, useT } from '../i18n/i18n.ts';
import { useScenarioReady } from '../lib/scenarios.ts';
import './variables.css';

const PHASE = {
  crisis: 'phase.crisis',
  negotiation: 'phase.negotiation',
  orders: 'phase.orders',
  review: 'phase.review',
} as const;

function useWords() {
  const t = useT();
  const label = (l: VariableLine): string =>
    l.id === 'spoiler' ? t('vars.line.spoiler', { role: l.roleName }) : t(`vars.line.${l.id}`);
  const value = (l: VariableLine): string => {
    switch (l.id) {
      case 'enforcement':
        return t(l.on ? 'vars.value.on' : 'vars.value.off');
      case 'falseRumourPercent':
        return t('vars.value.percent', { n: l.n });
      case 'spoiler':
        return l.spoiler === 'random'
          ? t('vars.value.random')
          : l.spoiler === 'secret'
            ? t('vars.value.secret')
            : t('vars.value.fixed', { type: t(`vars.spoiler.${l.spoiler}`) });
      case 'timers':
        return l.timers.length
          ? l.timers.map(([p, s]) => t('vars.value.timer', { phase: t(PHASE[p]), seconds: s })).join(', ')
          : t('vars.value.untimed');
      default:
        return num(l.n);
    }
  };
  return { t, label, value };
}

export function VariablesNote({
  scenarioKey,
  variables,
  reveal = false,
  rulesOnly = false,
}: {
  /** The scenario id, or a match's scenario key (`base~rounds=4,...`: its rule variables count too). */
  scenarioKey: string | null | undefined;
  variables?: ShownVariables | null | undefined;
  /** Show a fixed spoiler type (the facilitator's pages only). */
  reveal?: boolean;
  /** Only the rule variables (a player's debrief, which knows only the scenario key). */
  rulesOnly?: boolean;
}) {
  const { t, label, value } = useWords();
  const lang = useLang();
  const ready = useScenarioReady(scenarioKey);
  if (!scenarioKey || !ready) return null;
  let base: string;
  let rules: ShownVariables;
  try {
    const split = splitKey(scenarioKey);
    base = split.base;
    rules = split.rules;
  } catch {
    return null;
  }
  const scenario = localizeScenario(getScenario(base), lang);
  const lines = describeVariables(
    scenario,
    { ...rules, ...(variables ?? {}) },
    { revealSpoilers: reveal },
  ).filter((l) => !rulesOnly || (l.id !== 'spoiler' && l.id !== 'timers'));
  return (
    <aside className="vars-note" aria-label={t('vars.note.title')} data-testid="variables-note">
      <p className="vars-note-title">
        <strong>{t('vars.note.title')}</strong>
        {!lines.some((l) => l.changed) && <span className="hint"> · {t('vars.note.allDefault')}</span>}
      </p>
      <ul>
        {lines.map((l) => (
          <li
            key={l.id === 'spoiler' ? `spoiler:${l.role}` : l.id}
            className={l.changed ? 'changed' : undefined}
          >
            {label(l)}: <strong>{value(l)}</strong>
            {l.changed && <span className="vars-changed"> ({t('vars.note.changed')})</span>}
          </li>
        ))}
      </ul>
    </aside>
  );
}

/** The note for a class's students: the class's scenario and (public) variables, fetched by class code. */
export function ClassVariablesNote({ code }: { code: string }) {
  const [info, setInfo] = useState<{ scenario?: string; variables?: ShownVariables } | null>(null);
  useEffect(() => {
    let live = true;
    fetch(`/api/sessions/${encodeURIComponent(code)}/public`)
      .then((r) => (r.ok ? r.json() : null))
      .then((d: { scenario?: string; variables?: ShownVariables } | null) => live && d && setInfo(d))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [code]);
  return info?.scenario ? <VariablesNote scenarioKey={info.scenario} variables={info.variables} /> : null;
}
