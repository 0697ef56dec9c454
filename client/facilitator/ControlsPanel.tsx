// Controls sent to one table or to every table: phase timers, a crisis inject (a card of the deck or one
// written on the spot) and a broadcast message.

import { type FormEvent, useEffect, useId, useState } from 'react';
import type { Scenario } from '../../game/content/schema.ts';
import { useT } from '../i18n/i18n.ts';
import { Field } from '../ui/Field.tsx';
import type { Act } from './ConsolePage.tsx';
import { control, type SessionSnapshot, type TableTarget } from './sessionApi.ts';

export function ControlsPanel({
  code,
  token,
  snapshot,
  scenario,
  act,
  target,
  onTarget,
}: {
  code: string;
  token: string;
  snapshot: SessionSnapshot;
  scenario: Scenario;
  act: Act;
  target: TableTarget;
  onTarget: (t: TableTarget) => void;
}) {
  const t = useT();
  const id = useId();
  const where = target === 'all' ? t('controls.everyTable') : t('controls.tableN', { n: target + 1 });
  return (
    <section className="card fac-controls" aria-labelledby={`${id}-t`}>
      <h2 id={`${id}-t`}>{t('controls.title')}</h2>
      <Field label={t('controls.sendTo')}>
        <select
          value={String(target)}
          onChange={(e) => onTarget(e.target.value === 'all' ? 'all' : Number(e.target.value))}
          data-testid="control-target"
        >
          <option value="all">{t('controls.all')}</option>
          {snapshot.tables.map((x) => (
            <option key={x.index} value={x.index}>
              {t('controls.table', { n: x.index + 1 })}
            </option>
          ))}
        </select>
      </Field>
      <TimersForm code={code} token={token} snapshot={snapshot} target={target} where={where} act={act} />
      <InjectForm code={code} token={token} scenario={scenario} target={target} where={where} act={act} />
      <BroadcastForm code={code} token={token} target={target} where={where} act={act} />
    </section>
  );
}

interface FormProps {
  code: string;
  token: string;
  target: TableTarget;
  where: string;
  act: Act;
}

function TimersForm({
  code,
  token,
  snapshot,
  target,
  where,
  act,
}: FormProps & { snapshot: SessionSnapshot }) {
  const t = useT();
  const id = useId();
  const source = snapshot.tables[target === 'all' ? 0 : target]?.durations ?? {};
  const read = () => Object.fromEntries(PHASES.map((p) => [p, String(source[p] ?? 0)]));
  const [values, setValues] = useState<Record<string, string>>(read);
  const key = `${target}:${PHASES.map((p) => source[p] ?? 0).join(':')}`;
  // Show the chosen table's timers when the target changes (or another console changed them).
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key names everything that matters
  useEffect(() => setValues(read()), [key]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const durations = Object.fromEntries(
      PHASES.map((p) => [p, Math.max(0, Math.min(3600, Math.round(Number(values[p]) || 0)))]),
    ) as Record<(typeof PHASES)[number], number>;
    const said = PHASES.map((p) =>
      durations[p]
        ? t('controls.timerOn', { phase: t(`controls.word.${p}`), n: durations[p] })
        : t('controls.timerOff', { phase: t(`controls.word.${p}`) }),
    ).join(', ');
    void act(t('controls.timersSet', { where, said }), () =>
      control(code, token, target, { action: 'timers', durations }),
    );
  };
  return (
    <form onSubmit={submit} aria-labelledby={`${id}-t`}>
      <fieldset>
        <legend id={`${id}-t`}>{t('controls.timersLegend')}</legend>
        <div className="fac-inline fac-timers">
          {PHASES.map((p) => (
            <Field key={p} label={t(`controls.phase.${p}`)}>
              <input
                type="number"
                min={0}
                max={3600}
                step={1}
                value={values[p] ?? '0'}
                onChange={(e) => setValues({ ...values, [p]: e.target.value })}
                inputMode="numeric"
              />
            </Field>
          ))}
        </div>
        <p className="hint">{t('controls.timersHint')}</p>
        <button type="submit">{t('controls.setTimers', { where })}</button>
      </fieldset>
    </form>
  );
}

const PHASES = ['crisis', 'negotiation', 'orders', 'review'] as const;

function InjectForm({ code, token, scenario, target, where, act }: FormProps & { scenario: Scenario }) {
  const t = useT();
  const id = useId();
  const [mode, setMode] = useState<'deck' | 'custom'>('deck');
  const [card, setCard] = useState(scenario.events[0]?.id ?? '');
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [tension, setTension] = useState('0');
  const [error, setError] = useState<string | null>(null);
  const chosen = scenario.events.find((e) => e.id === card);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (mode === 'custom') {
      if (title.trim().length < 3) return setError(t('inject.shortTitle'));
      if (text.trim().length < 5) return setError(t('inject.shortText'));
    }
    const delta = Number(tension);
    const inject =
      mode === 'deck'
        ? { card }
        : {
            custom: {
              title: title.trim(),
              text: text.trim(),
              effects: delta ? [{ kind: 'track' as const, track: 'tension' as const, delta }] : [],
            },
          };
    const label = (mode === 'deck' ? chosen?.title : title.trim()) ?? '';
    const ok = await act(t('inject.done', { label, where }), () =>
      control(code, token, target, { action: 'inject', inject }),
    );
    if (ok && mode === 'custom') {
      setTitle('');
      setText('');
      setTension('0');
    }
  };
  return (
    <form onSubmit={submit}>
      <fieldset>
        <legend>{t('inject.legend')}</legend>
        <div className="segmented" role="radiogroup" aria-label={t('inject.kind')}>
          <label>
            <input
              type="radio"
              name={`${id}-mode`}
              checked={mode === 'deck'}
              onChange={() => setMode('deck')}
            />
            {t('inject.deck')}
          </label>
          <label>
            <input
              type="radio"
              name={`${id}-mode`}
              checked={mode === 'custom'}
              onChange={() => setMode('custom')}
            />
            {t('inject.custom')}
          </label>
        </div>
        {mode === 'deck' ? (
          <>
            <Field label={t('inject.card')}>
              <select value={card} onChange={(e) => setCard(e.target.value)}>
                {scenario.events.map((ev) => (
                  <option key={ev.id} value={ev.id}>
                    {ev.title}
                  </option>
                ))}
              </select>
            </Field>
            {chosen && (
              <p className="hint inject-preview">
                {chosen.text}
                {chosen.choice ? t('inject.asks', { prompt: chosen.choice.prompt }) : ''}
              </p>
            )}
          </>
        ) : (
          <>
            <Field label={t('inject.title')}>
              <input value={title} maxLength={80} onChange={(e) => setTitle(e.target.value)} />
            </Field>
            <Field label={t('inject.text')}>
              <textarea rows={3} value={text} maxLength={400} onChange={(e) => setText(e.target.value)} />
            </Field>
            <Field label={t('inject.tension')}>
              <select value={tension} onChange={(e) => setTension(e.target.value)}>
                <option value="0">{t('inject.none')}</option>
                {['+1', '+2', '+3', '−1', '−2'].map((d) => (
                  <option key={d} value={d.replace('−', '-').replace('+', '')}>
                    {t('inject.delta', { delta: d })}
                  </option>
                ))}
              </select>
            </Field>
          </>
        )}
        <button type="submit">{t('inject.submit', { where })}</button>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
      </fieldset>
    </form>
  );
}

function BroadcastForm({ code, token, target, where, act }: FormProps) {
  const t = useT();
  const [text, setText] = useState('');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    const ok = await act(t('broadcast.sent', { where }), () =>
      control(code, token, target, { action: 'broadcast', text: text.trim() }),
    );
    if (ok) setText('');
  };
  return (
    <form onSubmit={submit}>
      <fieldset>
        <legend>{t('broadcast.legend')}</legend>
        <Field label={t('broadcast.message')}>
          <textarea rows={2} value={text} maxLength={500} onChange={(e) => setText(e.target.value)} />
        </Field>
        <button type="submit" disabled={!text.trim()}>
          {t('broadcast.submit', { where })}
        </button>
      </fieldset>
    </form>
  );
}
