// Secret orders: only the legal ones (from the rules' legalOrders), with costs and effects explained.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ActionDef } from '../../game/content/schema.ts';
import { checkOrder, legalOrders, type Order, type OrderType } from '../../game/index.ts';
import { theRole } from '../i18n/content.ts';
import { useT } from '../i18n/i18n.ts';
import { moveErrorText } from '../i18n/moveError.ts';
import { Rich } from '../i18n/Rich.tsx';
import { keyed } from '../lib/keyed.ts';
import { Field } from '../ui/Field.tsx';
import { OrderForecast } from './OrderForecast.tsx';
import { nameOf, useTable } from './tableContext.ts';
import { useRescueFocus } from './useRescueFocus.ts';
import { orderText } from './words.ts';

function sampleOrder(type: OrderType, region: string, target: string): Order {
  switch (type) {
    case 'canton':
    case 'disarm':
    case 'reintegrate':
    case 'rearm':
      return { type, region, count: 1 };
    case 'attack':
      return { type, region, target };
    case 'consent':
      return { type, region, grant: false };
    case 'campaign':
    case 'reform':
    case 'mandate':
    case 'induce':
    case 'socialize':
    case 'coerce':
    case 'sanction':
    case 'hold':
      return { type };
    default:
      return { type, region } as Order;
  }
}

export function OrdersPanel() {
  const t = useT();
  const { G, s, me, conn } = useTable();
  const id = useId();
  const [picked, setPicked] = useState<OrderType | null>(null);
  const [region, setRegion] = useState<string>('');
  const [variant, setVariant] = useState<number>(0);
  const legal = useMemo(() => (me ? legalOrders(G, me) : []), [G, me]);
  const queued = (me ? G.secret[me]?.orders : undefined) ?? [];
  // Where the keyboard focus goes once the queue changes: the order just added, or after a removal
  // the order now in its place (else the first order button), so it never drops to the page body.
  const list = useRef<HTMLOListElement>(null);
  const actions = useRef<HTMLUListElement>(null);
  const focusAfter = useRef<{ length: number; index: number } | null>(null);
  const sent = useRef<HTMLDivElement>(null);
  useRescueFocus(sent, Boolean(me && G.roles[me]?.ordersIn));
  useEffect(() => {
    const want = focusAfter.current;
    if (!want || queued.length !== want.length) return;
    focusAfter.current = null;
    const items = list.current?.querySelectorAll<HTMLElement>(':scope > li');
    const target =
      items?.[Math.min(want.index, items.length - 1)] ?? actions.current?.querySelector('button');
    target?.focus();
  }, [queued.length]);
  if (!me) return null;
  const mine = G.roles[me]!;
  const cost = (t: OrderType) => s.actions.find((a) => a.type === t)?.cost ?? 0;
  const spent = queued.reduce((n, o) => n + cost(o.type), 0);
  const slots = s.tuning.actionsPerRound;

  if (mine.ordersIn) {
    const waiting = G.seats.filter((r) => !G.roles[r]!.ordersIn).map((r) => nameOf(s, r));
    return (
      <div className="orders-sent" role="status" ref={sent} tabIndex={-1}>
        <p>
          <span aria-hidden="true">✓ </span>
          <Rich k="orders.in" />
        </p>
        <ul className="queued">
          {keyed(queued).map(({ item: o, key }) => (
            <li key={key}>{orderText(s, o)}</li>
          ))}
        </ul>
        {waiting.length > 0 && (
          <p className="muted">{t('orders.waitingFor', { list: waiting.join(', ') })}</p>
        )}
      </div>
    );
  }

  const mineActions: ActionDef[] = s.actions.filter(
    (a) => a.kinds.includes(mine.kind) && (a.roles.length === 0 || a.roles.includes(me)),
  );
  const byType = new Map<OrderType, Order[]>();
  for (const o of legal) byType.set(o.type, [...(byType.get(o.type) ?? []), o]);
  const available = mineActions.filter((a) => byType.has(a.type) && a.type !== 'hold');
  const unavailable = mineActions.filter((a) => !byType.has(a.type) && a.type !== 'hold');
  const armed = Object.keys(G.regions[0]?.units ?? {}).find((r) => r !== me) ?? me;
  const reason = (a: ActionDef) => {
    const e = checkOrder(G, me, sampleOrder(a.type, G.regions[0]?.id ?? '', armed));
    return e ? moveErrorText(e) : t('orders.notPossible');
  };

  const options = picked ? (byType.get(picked) ?? []) : [];
  const regions = [...new Set(options.flatMap((o) => ('region' in o ? [o.region] : [])))];
  const activeRegion = regions.includes(region) ? region : (regions[0] ?? '');
  const inRegion = options.filter((o) => !('region' in o) || o.region === activeRegion);
  const chosen = inRegion[Math.min(variant, inRegion.length - 1)] ?? null;
  const pickedDef = picked ? s.actions.find((a) => a.type === picked) : null;

  const add = () => {
    if (!chosen) return;
    if (conn.act('addOrder', [chosen])) {
      focusAfter.current = { length: queued.length + 1, index: queued.length };
      setPicked(null);
      setVariant(0);
    }
  };

  const variantLabel = (o: Order) => {
    if ('count' in o) return t('orders.fighters', { count: o.count });
    if ('target' in o && o.target) return theRole(s, o.target);
    return orderText(s, o);
  };

  const builder =
    pickedDef && chosen ? (
      <section
        className="order-builder card inset"
        aria-label={t('orders.details', { label: pickedDef.label })}
      >
        <p>
          <strong>{pickedDef.label}</strong>
        </p>
        {regions.length > 0 && (
          <Field label={t('orders.where')} className="inline">
            <select
              value={activeRegion}
              onChange={(e) => {
                setRegion(e.target.value);
                setVariant(0);
              }}
            >
              {regions.map((r) => (
                <option key={r} value={r}>
                  {s.regions.find((x) => x.id === r)?.name ?? r}
                </option>
              ))}
            </select>
          </Field>
        )}
        {inRegion.length > 1 && (
          <Field label={'count' in inRegion[0]! ? t('orders.howMany') : t('orders.whom')} className="inline">
            <select value={variant} onChange={(e) => setVariant(Number(e.target.value))}>
              {keyed(inRegion).map(({ item: o, key }, i) => (
                <option key={key} value={i}>
                  {variantLabel(o)}
                </option>
              ))}
            </select>
          </Field>
        )}
        <p className="muted">{t('orders.order', { text: orderText(s, chosen) })}</p>
        <OrderForecast order={chosen} />
        <button type="button" className="primary" onClick={add}>
          {t('orders.add')}
        </button>
      </section>
    ) : null;

  return (
    <div className="orders">
      <p className="budget" data-testid="order-budget">
        <Rich
          k="orders.budget"
          params={{ used: queued.length, slots, left: mine.funds - spent, funds: mine.funds }}
        />
      </p>
      {queued.length > 0 && (
        <section aria-labelledby={`${id}-q`}>
          <h3 id={`${id}-q`}>{t('orders.yours')}</h3>
          <ol className="queued" ref={list}>
            {keyed(queued).map(({ item: o, key }, i) => (
              <li key={key} tabIndex={-1} data-testid="queued-order">
                {orderText(s, o)} <span className="cost">{t('orders.cost', { cost: cost(o.type) })}</span>{' '}
                <button
                  type="button"
                  className="small"
                  onClick={() => {
                    if (conn.act('removeOrder', [i]))
                      focusAfter.current = { length: queued.length - 1, index: i };
                  }}
                  aria-label={t('orders.removeLabel', { text: orderText(s, o) })}
                >
                  {t('orders.remove')}
                </button>
                <OrderForecast order={o} />
              </li>
            ))}
          </ol>
        </section>
      )}

      {queued.length < slots && (
        <section aria-labelledby={`${id}-a`}>
          <h3 id={`${id}-a`}>{t('orders.choose')}</h3>
          {available.length === 0 && <p className="muted">{t('orders.none')}</p>}
          <ul className="action-list" ref={actions}>
            {available.map((a) => (
              <li key={a.type}>
                <button
                  type="button"
                  className={`action${picked === a.type ? ' picked' : ''}`}
                  aria-pressed={picked === a.type}
                  aria-describedby={`${id}-x-${a.type}`}
                  onClick={() => {
                    setPicked(picked === a.type ? null : a.type);
                    setVariant(0);
                  }}
                >
                  <span className="action-label">{a.label}</span>
                  <span className="cost">
                    {a.cost === 0 ? t('orders.free') : t('orders.cost', { cost: a.cost })}
                  </span>
                </button>
                <p className="action-explain" id={`${id}-x-${a.type}`}>
                  {a.explain}
                </p>
                {picked === a.type && builder}
              </li>
            ))}
          </ul>
        </section>
      )}

      {unavailable.length > 0 && (
        <details className="fold">
          <summary>{t('orders.unavailable', { count: unavailable.length })}</summary>
          <ul className="unavailable">
            {unavailable.map((a) => (
              <li key={a.type}>
                <strong>{a.label}</strong>: {reason(a)}
              </li>
            ))}
          </ul>
        </details>
      )}

      <div className="send-bar">
        <button type="button" className="primary" onClick={() => conn.act('submitOrders')}>
          {queued.length === 0 ? t('orders.sendHold') : t('orders.send', { count: queued.length })}
        </button>
        <p className="hint">{t('orders.final')}</p>
      </div>
    </div>
  );
}
