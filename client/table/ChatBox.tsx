// Table chat and private messages (kept by the server, replayed after a reconnect).
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useT } from '../i18n/i18n.ts';
import { Field } from '../ui/Field.tsx';
import { RoleIcon } from '../ui/RoleBadge.tsx';
import { lookOf, nameOf, roleOfPid, useTable } from './tableContext.ts';

export function ChatBox() {
  const t = useT();
  const { G, s, chat, conn, myPid, seats } = useTable();
  const id = useId();
  const [text, setText] = useState('');
  const [to, setTo] = useState<string>('');
  const list = useRef<HTMLOListElement>(null);
  const count = chat.length;
  useEffect(() => {
    const el = list.current;
    if (el && count > 0) el.scrollTop = el.scrollHeight;
  }, [count]);

  const send = (e: FormEvent) => {
    e.preventDefault();
    const line = text.trim();
    if (!line) return;
    conn.say(line, to === '' ? null : to);
    setText('');
  };
  const label = (pid: string) => {
    if (pid === 'facilitator') return t('chat.facilitator');
    const role = roleOfPid(G, pid);
    const meta = seats.find((m) => String(m.id) === pid);
    const who = meta?.data?.bot ? t('chat.bot') : meta?.name;
    if (!role) return t('chat.seat', { n: pid });
    return who ? t('chat.who', { role: nameOf(s, role), who }) : nameOf(s, role);
  };

  return (
    <section className="card chat" aria-labelledby={`${id}-t`}>
      <h2 id={`${id}-t`}>{t('chat.title')}</h2>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable list must be reachable by keyboard */}
      <ol className="chat-list" ref={list} aria-live="polite" aria-label={t('chat.messages')} tabIndex={0}>
        {chat.length === 0 && <li className="muted">{t('chat.empty')}</li>}
        {chat.map((m) => {
          const role = roleOfPid(G, m.sender);
          const priv = m.to !== null;
          return (
            <li
              key={m.id}
              className={`chat-line${priv ? ' private' : ''}${m.sender === myPid ? ' mine' : ''}`}
            >
              <span className="chat-who">
                {role && <RoleIcon look={lookOf(s, role)} />} {label(m.sender)}
                {priv && (
                  <span className="secret-tag">
                    {t('chat.privateTo', { who: m.to === myPid ? t('chat.you') : label(m.to ?? '') })}
                  </span>
                )}
              </span>
              <span className="chat-text">{m.text}</span>
            </li>
          );
        })}
      </ol>
      <form className="chat-form" onSubmit={send}>
        <Field label={t('chat.to')} className="inline">
          <select value={to} onChange={(e) => setTo(e.target.value)}>
            <option value="">{t('chat.everyone')}</option>
            {G.seats.map((role, i) =>
              String(i) === myPid ? null : (
                <option key={role} value={String(i)}>
                  {t('chat.only', { who: label(String(i)) })}
                </option>
              ),
            )}
          </select>
        </Field>
        <Field label={t('chat.message')} className="grow" hideLabel>
          <input
            value={text}
            maxLength={1000}
            placeholder={to ? t('chat.privatePlaceholder') : t('chat.tablePlaceholder')}
            onChange={(e) => setText(e.target.value)}
          />
        </Field>
        <button type="submit" disabled={!text.trim()}>
          {t('chat.send')}
        </button>
      </form>
    </section>
  );
}
