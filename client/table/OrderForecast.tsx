// The known effects and risks of an order, from the rules' forecastOrder (never computed here), in the
// player's language (the rules write them in English; client/i18n/lines.es.ts has their Spanish shapes).
import { forecastOrder, type Order } from '../../game/index.ts';
import { useT } from '../i18n/i18n.ts';
import { causeText } from './causeText.ts';
import { useTable } from './tableContext.ts';

const MARK = { good: '+', risk: '!', info: 'i' } as const;

export function OrderForecast({ order }: { readonly order: Order }) {
  const t = useT();
  const { G, s, me } = useTable();
  if (!me) return null;
  const lines = forecastOrder(G, me, order);
  if (lines.length === 0) return null;
  return (
    <ul className="forecast" aria-label={t('forecast.label')} data-testid="order-forecast">
      {lines.map((l) => (
        <li key={l.code + l.text} className={`forecast-${l.tone}`} data-code={l.code}>
          <span aria-hidden="true" className="forecast-mark">
            {MARK[l.tone]}
          </span>{' '}
          <span className="visually-hidden">
            {l.tone === 'risk' ? t('forecast.risk') : l.tone === 'good' ? t('forecast.effect') : ''}
          </span>
          {causeText(s, l.text)}
        </li>
      ))}
    </ul>
  );
}
