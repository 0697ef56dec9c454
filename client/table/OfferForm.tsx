// Build an offer: to whom, public or private, what I give and what I ask. Checked by the rules before sending.
import { type FormEvent, useId, useState } from 'react';
import type { OfferTerm } from '../../game/index.ts';
import { useT } from '../i18n/i18n.ts';
import { Field } from '../ui/Field.tsx';
import { nameOf, useTable } from './tableContext.ts';

type TermKind = 'none' | OfferTerm['kind'];

interface TermDraft {
  kind: TermKind;
  amount: number;
  region: string;
  text: string;
}

const TERM_KINDS = ['funds', 'noAttack', 'canton', 'consent', 'inducement', 'text'] as const;

const BLANK: TermDraft = { kind: 'none', amount: 1, region: 'any', text: '' };

function toTerm(d: TermDraft): OfferTerm | null {
  switch (d.kind) {
    case 'none':
      return null;
    case 'funds':
    case 'inducement':
      return { kind: d.kind, amount: d.amount };
    case 'canton':
      return { kind: 'canton', amount: d.amount, region: d.region };
    case 'consent':
    case 'noAttack':
      return { kind: d.kind, region: d.region };
    case 'text':
      return d.text.trim() ? { kind: 'text', text: d.text.trim() } : null;
  }
}

function TermEditor({
  legend,
  value,
  onChange,
}: {
  legend: string;
  value: TermDraft;
  onChange: (d: TermDraft) => void;
}) {
  const t = useT();
  const { s } = useTable();
  const needsAmount = value.kind === 'funds' || value.kind === 'inducement' || value.kind === 'canton';
  const needsRegion = value.kind === 'canton' || value.kind === 'consent' || value.kind === 'noAttack';
  return (
    <fieldset className="term">
      <legend>{legend}</legend>
      <Field label={t('offer.what')} className="inline">
        <select value={value.kind} onChange={(e) => onChange({ ...value, kind: e.target.value as TermKind })}>
          <option value="none">{t('offer.nothing')}</option>
          {TERM_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`offer.kind.${k}`)}
            </option>
          ))}
        </select>
      </Field>
      {needsAmount && (
        <Field label={value.kind === 'canton' ? t('offer.howMany') : t('offer.amount')} className="inline">
          <input
            type="number"
            min={1}
            max={20}
            value={value.amount}
            onChange={(e) => onChange({ ...value, amount: Number(e.target.value) })}
          />
        </Field>
      )}
      {needsRegion && (
        <Field label={t('offer.where')} className="inline">
          <select value={value.region} onChange={(e) => onChange({ ...value, region: e.target.value })}>
            <option value="any">{t('offer.anywhere')}</option>
            {s.regions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </Field>
      )}
      {value.kind === 'text' && (
        <Field label={t('offer.words')}>
          <input
            value={value.text}
            maxLength={200}
            onChange={(e) => onChange({ ...value, text: e.target.value })}
          />
        </Field>
      )}
    </fieldset>
  );
}

export function OfferForm() {
  const t = useT();
  const { G, s, me, conn } = useTable();
  const id = useId();
  const others = G.seats.filter((r) => r !== me);
  const [to, setTo] = useState(others[0] ?? '');
  const [priv, setPriv] = useState(true);
  const [give, setGive] = useState<TermDraft>(BLANK);
  const [ask, setAsk] = useState<TermDraft>({ ...BLANK, kind: 'noAttack' });
  const [sent, setSent] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const g = toTerm(give);
    const a = toTerm(ask);
    const ok = conn.act('makeOffer', [{ to, private: priv, give: g ? [g] : [], ask: a ? [a] : [] }]);
    setSent(ok);
    if (ok) setGive(BLANK);
  };

  return (
    <form className="offer-form" onSubmit={submit} aria-labelledby={`${id}-t`}>
      <h3 id={`${id}-t`} className="visually-hidden">
        {t('offer.title')}
      </h3>
      <Field label={t('offer.to')} className="inline">
        <select value={to} onChange={(e) => setTo(e.target.value)}>
          {others.map((r) => (
            <option key={r} value={r}>
              {nameOf(s, r)}
            </option>
          ))}
        </select>
      </Field>
      <label className="check">
        <input type="checkbox" checked={priv} onChange={(e) => setPriv(e.target.checked)} />
        {t('offer.private')}
      </label>
      <TermEditor legend={t('offer.give')} value={give} onChange={setGive} />
      <TermEditor legend={t('offer.ask')} value={ask} onChange={setAsk} />
      <button type="submit">{t('offer.send')}</button>
      {sent && (
        <span className="muted" role="status">
          {' '}
          {t('offer.sent')}
        </span>
      )}
    </form>
  );
}
