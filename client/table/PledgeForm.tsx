// A guarantor's public pledge: whom it protects, where, against what, and how it would respond.
import { type FormEvent, useState } from 'react';
import type { PledgeResponse, PledgeTrigger } from '../../game/index.ts';
import { credibility, pledgeWeight } from '../../game/index.ts';
import { theRole } from '../i18n/content.ts';
import { useT } from '../i18n/i18n.ts';
import { Rich } from '../i18n/Rich.tsx';
import { Field } from '../ui/Field.tsx';
import { useTable } from './tableContext.ts';

export function PledgeForm() {
  const t = useT();
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
      <p className="hint">{t('pledgeForm.hint', { cred: credibility(mine) })}</p>
      <Field label={t('pledgeForm.protects')} className="inline">
        <select value={protects} onChange={(e) => setProtects(e.target.value)}>
          <option value="all">{t('pledgeForm.both')}</option>
          {factions.map((f) => (
            <option key={f.id} value={f.id}>
              {t('pledgeForm.only', { who: theRole(s, f.id) })}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('pledgeForm.where')} className="inline">
        <select value={region} onChange={(e) => setRegion(e.target.value)}>
          <option value="any">{t('pledgeForm.anywhere')}</option>
          {s.regions.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('pledgeForm.ifAnyone')} className="inline">
        <select value={trigger} onChange={(e) => setTrigger(e.target.value as PledgeTrigger)}>
          <option value="attack">{t('pledgeForm.attack')}</option>
          <option value="violation">{t('pledgeForm.violation')}</option>
        </select>
      </Field>
      <Field label={t('pledgeForm.respond')} className="inline">
        <select value={response} onChange={(e) => setResponse(e.target.value as PledgeResponse)}>
          <option value="force">{t('pledgeForm.force')}</option>
          <option value="sanctions">{t('pledgeForm.sanctions')}</option>
        </select>
      </Field>
      {!isUn && (
        <label className="check">
          <input type="checkbox" checked={un} onChange={(e) => setUn(e.target.checked)} />
          {t('pledgeForm.un')}
        </label>
      )}
      {G.options.securityEnvy && protects !== 'all' && !un && !isUn && (
        <p className="hint warn-text">{t('pledgeForm.envy')}</p>
      )}
      <p>
        <Rich k="pledgeForm.weight" params={{ weight }} />
      </p>
      <button type="submit">{t('pledgeForm.submit')}</button>
    </form>
  );
}
