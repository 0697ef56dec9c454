// My role card: public objective, secret agenda, private resources. A spectator sees no card.
import { credibility } from '../../game/index.ts';
import { theRole } from '../i18n/content.ts';
import { useT } from '../i18n/i18n.ts';
import { Rich } from '../i18n/Rich.tsx';
import { RoleIcon } from '../ui/RoleBadge.tsx';
import { SourceNote } from '../ui/SourceNote.tsx';
import { lookOf, useTable } from './tableContext.ts';
import { agendaText } from './words.ts';

export function RoleCard() {
  const t = useT();
  const { G, s, me } = useTable();
  if (!me) return null;
  const def = s.roles.find((r) => r.id === me)!;
  const r = G.roles[me]!;
  const sec = G.secret[me];
  const caches = Object.entries(sec?.caches ?? {}).filter(([, n]) => n > 0);
  const look = lookOf(s, me);
  const agenda = sec?.agenda ? def.agendas.find((a) => a.id === sec.agenda) : undefined;
  const spoilerType = sec?.spoilerType ? s.spoilerTypes.find((x) => x.name === sec.spoilerType) : null;
  return (
    <section className="card role-card" aria-labelledby="role-title" style={{ borderTopColor: look.color }}>
      <h2 id="role-title">
        <RoleIcon look={look} size={20} /> {t('role.youAre', { who: theRole(s, me) })}
      </h2>
      <dl className="role-facts">
        <dt>{t('role.objective')}</dt>
        <dd>{def.objective}</dd>
        <dt>
          {t('role.agenda')} <span className="secret-tag">{t('role.onlyYou')}</span>
        </dt>
        <dd data-testid="my-agenda">{sec?.agenda ? agendaText(s, me, sec.agenda) : '—'}</dd>
        {spoilerType && (
          <>
            <dt>
              {t('role.hiddenType')} <span className="secret-tag">{t('role.secret')}</span>
            </dt>
            <dd data-testid="my-spoiler-type">
              <strong>{t(`spoilerKind.${spoilerType.name}`)}</strong>: {spoilerType.text}
            </dd>
          </>
        )}
      </dl>
      <h3>{t('role.resources')}</h3>
      <ul className="resources">
        <li title={t('role.fundsTitle')}>
          <Rich
            k="role.funds"
            params={{ funds: r.funds, income: def.income }}
            tags={{ em: (x) => <span className="muted">{x}</span> }}
          />
        </li>
        {r.kind === 'faction' && (
          <>
            <li title={t('role.fearTitle', { n: s.tuning.fearBlocksDdr })}>
              <Rich k="role.fear" params={{ fear: r.fear }} />{' '}
              {r.fear >= s.tuning.fearBlocksDdr && <span className="warn-text">{t('role.tooAfraid')}</span>}
            </li>
            <li title={t('role.politicalTitle')}>
              <Rich k="role.political" params={{ n: r.political }} />
            </li>
            <li>
              <Rich k="role.reintegrated" params={{ n: r.reintegrated }} />
            </li>
          </>
        )}
        {r.kind === 'guarantor' && (
          <>
            <li title={t('role.credTitle')}>
              <Rich k="role.cred" params={{ n: credibility(r) }} />
            </li>
            <li>
              <Rich
                k="role.stats"
                params={{ capability: r.capability, will: r.will, approval: r.approval }}
              />
            </li>
            <li>
              <Rich k="role.record" params={{ honoured: r.honoured, broken: r.broken }} />
            </li>
            {r.exitRound !== null && <li>{t('role.exit', { round: r.exitRound })}</li>}
          </>
        )}
        {r.kind === 'spoiler' && (
          <>
            <li title={t('role.militancyTitle')}>
              <Rich k="role.militancy" params={{ n: r.militancy }} />
            </li>
            <li>
              <Rich k="role.recruits" params={{ n: r.recruits }} />
            </li>
          </>
        )}
        {caches.length > 0 && (
          <li className="secret-line">
            {t('role.caches', {
              list: caches
                .map(([reg, n]) => `${s.regions.find((x) => x.id === reg)?.name ?? reg} ${n}`)
                .join(', '),
            })}
          </li>
        )}
      </ul>
      <details>
        <summary>{t('role.powersFears')}</summary>
        <p>
          <Rich k="role.powers" params={{ text: def.powers }} />
        </p>
        <p>
          <Rich k="role.fears" params={{ text: def.fears }} />
        </p>
      </details>
      <details className="source-details">
        <summary>{t('role.source')}</summary>
        <SourceNote source={def.source} />
        {agenda && (
          <>
            <p className="small-text">{t('role.agendaSource')}</p>
            <SourceNote source={agenda.source} />
          </>
        )}
      </details>
    </section>
  );
}
