// A guarantor's public pledge: whom it protects, where, against what, and how it would respond.
import { type FormEvent, useState } from 'react';
import type { PledgeResponse, PledgeTrigger } from '../../game/index.ts';
import { credibility, pledgeWeight } from '../../game/index.ts';
import { Field } from '../ui/Field.tsx';
import { useTable } from './tableContext.ts';

export function PledgeForm() {
  const { G, s, me, conn } = useTable();
  const factions = s.roles.filter((r) => r.kind === 'faction');
  const [protects, setProtects] = useState<string>('all');
  const [region, setRegion] = useState('any');
  const [trigger, setTrigger] = useState<PledgeTrigger>('attack');
  const [response, setResponse] = useState<PledgeResponse>('force');
  const [un, setUn] = useState(false);
  if (!me) return null;
  const mine = G.roles[me]!;
  const isUn = Boolean(s.roles.find((r) => r.id === me)?.un);
  const weight = pledgeWeight(mine, response);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    conn.act('makePledge', [{ protects, region, trigger, response, unEndorsed: isUn || un }]);
  };

  return (
    <form className="pledge-form" onSubmit={submit}>
      <p className="hint">
        A pledge calms those it protects by its weight (your credibility {credibility(mine)} × the strength of
        the response). If it is triggered you must honour it (costly) or break it — and a broken promise does
        more harm than none.
      </p>
      <Field label="Protects" className="inline">
        <select value={protects} onChange={(e) => setProtects(e.target.value)}>
          <option value="all">Both factions (impartial)</option>
          {factions.map((f) => (
            <option key={f.id} value={f.id}>
              Only the {f.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Where" className="inline">
        <select value={region} onChange={(e) => setRegion(e.target.value)}>
          <option value="any">Anywhere</option>
          {s.regions.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label="If anyone" className="inline">
        <select value={trigger} onChange={(e) => setTrigger(e.target.value as PledgeTrigger)}>
          <option value="attack">attacks them</option>
          <option value="violation">violates the ceasefire against them</option>
        </select>
      </Field>
      <Field label="We respond with" className="inline">
        <select value={response} onChange={(e) => setResponse(e.target.value as PledgeResponse)}>
          <option value="force">force (strong, costs approval)</option>
          <option value="sanctions">sanctions (weaker, cheaper)</option>
        </select>
      </Field>
      {!isUn && (
        <label className="check">
          <input type="checkbox" checked={un} onChange={(e) => setUn(e.target.checked)} />
          Ask for UN endorsement (costs 1; counts as impartial)
        </label>
      )}
      {G.options.securityEnvy && protects !== 'all' && !un && !isUn && (
        <p className="hint warn-text">
          A one-sided pledge makes the other faction more afraid (security envy).
        </p>
      )}
      <p>
        Weight of this pledge now: <strong>{weight}</strong> of 3
      </p>
      <button type="submit">Make the pledge</button>
    </form>
  );
}
