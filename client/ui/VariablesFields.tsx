// "Scenario settings" in the class and table creation forms: one input per scenario variable, filled in with
// the scenario's own values; it reports only the changed ones, and lists the server's problems by path.
import { useEffect, useId, useState } from 'react';
import type { Scenario } from '../../game/content/schema.ts';
import {
  ruleDefaults,
  SPOILER_CHOICES,
  TIMED_PHASES,
  type TimedPhase,
  type Variables,
} from '../../game/variables.ts';
import { useLang, useT } from '../i18n/i18n.ts';
import { scenarioContent } from '../lib/catalogue.ts';
import { Field } from './Field.tsx';
import './variables.css';

/** A problem with one variable, its path as the server writes it (`timers.crisis`). */
export interface VariableProblem {
  readonly path: string;
  readonly message: string;
}

type NumberKey = 'rounds' | 'tensionMax' | 'monitorTeams' | 'falseRumourPercent';
const NUMBER_KEYS: readonly NumberKey[] = ['rounds', 'tensionMax', 'monitorTeams', 'falseRumourPercent'];
const LABEL = {
  rounds: 'vars.rounds',
  tensionMax: 'vars.tensionMax',
  monitorTeams: 'vars.monitorTeams',
  falseRumourPercent: 'vars.fog',
} as const;
const RANGE: Record<NumberKey, readonly [number, number]> = {
  rounds: [2, 12],
  tensionMax: [6, 20],
  monitorTeams: [1, 10],
  falseRumourPercent: [0, 90],
};
const PHASE = {
  crisis: 'phase.crisis',
  negotiation: 'phase.negotiation',
  orders: 'phase.orders',
  review: 'phase.review',
} as const;

interface Draft {
  readonly numbers: Readonly<Record<NumberKey, string>>;
  readonly enforcement: boolean;
  readonly spoilers: Readonly<Record<string, string>>;
  readonly timers: Readonly<Record<TimedPhase, string>>;
}

function draftOf(scenarioId: string): Draft | null {
  const s = scenarioContent(scenarioId);
  if (!s) return null;
  const d = ruleDefaults(s);
  return {
    numbers: {
      rounds: String(d.rounds),
      tensionMax: String(d.tensionMax),
      monitorTeams: String(d.monitorTeams),
      falseRumourPercent: String(d.falseRumourPercent),
    },
    enforcement: d.enforcement === true,
    spoilers: {},
    timers: { crisis: '0', negotiation: '0', orders: '0', review: '0' },
  };
}

/** The variables that differ from the scenario's own values (what the form sends). */
function changedOf(s: Scenario, draft: Draft): Variables {
  const d = ruleDefaults(s);
  const out: Record<string, unknown> = {};
  for (const k of NUMBER_KEYS) {
    const raw = draft.numbers[k].trim();
    if (raw !== '' && Number(raw) !== d[k]) out[k] = Number(raw);
  }
  if (draft.enforcement !== d.enforcement) out.enforcement = draft.enforcement;
  const spoilers = Object.entries(draft.spoilers).filter(([, v]) => v !== 'random');
  if (spoilers.length) out.spoilerTypes = Object.fromEntries(spoilers);
  const timers = TIMED_PHASES.filter((p) => draft.timers[p].trim() !== '' && Number(draft.timers[p]) !== 0);
  if (timers.length) out.timers = Object.fromEntries(timers.map((p) => [p, Number(draft.timers[p])]));
  return out as Variables;
}

export function VariablesFields({
  scenarioId,
  onChange,
  problems,
}: {
  /** A scenario the client knows (built in); for another the fields are not shown. */
  scenarioId: string;
  /** Called with the changed variables only ({} when all are the scenario's own). */
  onChange: (v: Variables) => void;
  /** The server's (or the form's) problems, each with its path. */
  problems?: readonly VariableProblem[] | null;
}) {
  const t = useT();
  const lang = useLang();
  const id = useId();
  const [draft, setDraft] = useState<Draft | null>(() => draftOf(scenarioId));
  const [forId, setForId] = useState(scenarioId);
  if (forId !== scenarioId) {
    setForId(scenarioId);
    setDraft(draftOf(scenarioId));
  }
  // Read in the current language (role names); useLang() re-renders on a switch.
  const scenario = lang ? scenarioContent(scenarioId) : null;
  const changed = draft && scenario && forId === scenarioId ? changedOf(scenario, draft) : {};
  const key = JSON.stringify(changed);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `changed`
  useEffect(() => onChange(changed), [key, onChange]);
  if (!draft || !scenario) return null;
  const count = Object.keys(changed).length;
  const set = (next: Partial<Draft>) => setDraft({ ...draft, ...next });

  return (
    <>
      <details className="fold vars-fields" data-testid="variables-fields">
        <summary>
          {t('vars.legend')}
          {count > 0 && <span className="hint"> · {t('vars.changedCount', { count })}</span>}
        </summary>
        <p className="hint">{t('vars.lead')}</p>
        {NUMBER_KEYS.map((k) => (
          <Field key={k} label={t(LABEL[k])}>
            <input
              type="number"
              min={RANGE[k][0]}
              max={RANGE[k][1]}
              step={1}
              inputMode="numeric"
              value={draft.numbers[k]}
              data-var={k}
              onChange={(e) => set({ numbers: { ...draft.numbers, [k]: e.target.value } })}
            />
          </Field>
        ))}
        <label className="check">
          <input
            type="checkbox"
            checked={draft.enforcement}
            disabled={!scenario.actions.some((a) => a.type === 'enforce')}
            onChange={(e) => set({ enforcement: e.target.checked })}
          />{' '}
          {t('vars.enforcement')}
        </label>
        {scenario.roles
          .filter((r) => r.kind === 'spoiler')
          .map((r) => (
            <Field key={r.id} label={t('vars.spoiler', { role: r.name })}>
              <select
                value={draft.spoilers[r.id] ?? 'random'}
                data-var={`spoilerTypes.${r.id}`}
                onChange={(e) => set({ spoilers: { ...draft.spoilers, [r.id]: e.target.value } })}
              >
                {SPOILER_CHOICES.filter((c) => c === 'random' || !r.types || r.types.includes(c)).map((c) => (
                  <option key={c} value={c}>
                    {t(`vars.spoiler.${c}`)}
                  </option>
                ))}
              </select>
            </Field>
          ))}
        {scenario.roles.some((r) => r.kind === 'spoiler') && <p className="hint">{t('vars.spoilerHint')}</p>}
        <fieldset>
          <legend>{t('vars.timers')}</legend>
          <div className="vars-timers">
            {TIMED_PHASES.map((p) => (
              <Field key={p} label={t(PHASE[p])}>
                <input
                  type="number"
                  min={0}
                  max={3600}
                  step={1}
                  inputMode="numeric"
                  value={draft.timers[p]}
                  data-var={`timers.${p}`}
                  onChange={(e) => set({ timers: { ...draft.timers, [p]: e.target.value } })}
                />
              </Field>
            ))}
          </div>
          <p className="hint">{t('vars.timersHint')}</p>
        </fieldset>
        {count > 0 && (
          <button type="button" onClick={() => setDraft(draftOf(scenarioId))}>
            {t('vars.reset')}
          </button>
        )}
      </details>
      {problems && problems.length > 0 && (
        <div className="error" role="alert" id={`${id}-problems`} data-testid="variables-problems">
          <p>{t('vars.invalid', { count: problems.length })}</p>
          <ul>
            {problems.map((p) => (
              <li key={`${p.path}:${p.message}`}>
                <code>{p.path}</code>: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
