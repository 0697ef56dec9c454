// Table chat and private messages (kept by the server, replayed after a reconnect).
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Field } from '../ui/Field.tsx';
import { RoleIcon } from '../ui/RoleBadge.tsx';
import { lookOf, nameOf, roleOfPid, useTable } from './tableContext.ts';

export function ChatBox() {
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
    const t = text.trim();
    if (!t) return;
    conn.say(t, to === '' ? null : to);
    setText('');
  };
  const label = (pid: string) => {
    if (pid === 'facilitator') return 'Facilitator';
    const role = roleOfPid(G, pid);
    const meta = seats.find((m) => String(m.id) === pid);
    const who = meta?.data?.bot ? 'bot' : meta?.name;
    return role ? `${nameOf(s, role)}${who ? ` (${who})` : ''}` : `Seat ${pid}`;
  };

  return (
    <section className="card chat" aria-labelledby={`${id}-t`}>
      <h2 id={`${id}-t`}>Talk</h2>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable list must be reachable by keyboard */}
      <ol className="chat-list" ref={list} aria-live="polite" aria-label="Messages" tabIndex={0}>
        {chat.length === 0 && <li className="muted">No messages yet. Say hello, make your case.</li>}
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
                  <span className="secret-tag">private to {m.to === myPid ? 'you' : label(m.to ?? '')}</span>
                )}
              </span>
              <span className="chat-text">{m.text}</span>
            </li>
          );
        })}
      </ol>
      <form className="chat-form" onSubmit={send}>
        <Field label="To" className="inline">
          <select value={to} onChange={(e) => setTo(e.target.value)}>
            <option value="">Everyone at the table</option>
            {G.seats.map((role, i) =>
              String(i) === myPid ? null : (
                <option key={role} value={String(i)}>
                  Only {label(String(i))}
                </option>
              ),
            )}
          </select>
        </Field>
        <Field label="Message" className="grow" hideLabel>
          <input
            value={text}
            maxLength={1000}
            placeholder={to ? 'Private message…' : 'Message to the table…'}
            onChange={(e) => setText(e.target.value)}
          />
        </Field>
        <button type="submit" disabled={!text.trim()}>
          Send
        </button>
      </form>
    </section>
  );
}
