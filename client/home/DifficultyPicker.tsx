// Bot difficulty as three labelled radio buttons.
import type { Difficulty } from '../lib/api.ts';

const LEVELS: readonly { id: Difficulty; label: string; hint: string }[] = [
  { id: 'easy', label: 'Easy', hint: 'bots make simple, readable choices' },
  { id: 'normal', label: 'Normal', hint: 'bots play sensibly' },
  { id: 'hard', label: 'Hard', hint: 'bots plan ahead and bargain hard' },
];

export function DifficultyPicker({
  name,
  value,
  onChange,
  legend = 'Bot difficulty',
}: {
  name: string;
  value: Difficulty;
  onChange: (d: Difficulty) => void;
  legend?: string;
}) {
  return (
    <fieldset className="difficulty">
      <legend>{legend}</legend>
      <div className="segmented">
        {LEVELS.map((l) => (
          <label key={l.id} title={l.hint}>
            <input
              type="radio"
              name={name}
              value={l.id}
              checked={value === l.id}
              onChange={() => onChange(l.id)}
            />
            <span>{l.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
