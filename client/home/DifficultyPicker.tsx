// Bot difficulty as three labelled radio buttons.
import { useT } from '../i18n/i18n.ts';
import type { Difficulty } from '../lib/api.ts';

const LEVELS: readonly Difficulty[] = ['easy', 'normal', 'hard'];

export function DifficultyPicker({
  name,
  value,
  onChange,
  legend,
}: {
  name: string;
  value: Difficulty;
  onChange: (d: Difficulty) => void;
  legend?: string;
}) {
  const t = useT();
  return (
    <fieldset className="difficulty">
      <legend>{legend ?? t('difficulty.legend')}</legend>
      <div className="segmented">
        {LEVELS.map((l) => (
          <label key={l} title={t(`difficulty.${l}.hint`)}>
            <input type="radio" name={name} value={l} checked={value === l} onChange={() => onChange(l)} />
            <span>{t(`difficulty.${l}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
