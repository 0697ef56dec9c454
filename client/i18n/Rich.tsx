// A catalogue message with inline markup: `<b>…</b>` in the message becomes the element its tag maps to.
import { Fragment, type ReactNode } from 'react';
import { splitTags } from './format.ts';
import { type MessageKey, type TArgs, t, useLang } from './i18n.ts';

/** A private-use character that stands for `<` inside parameters while a message is split on its tags. */
const HELD = '\uE000';

const defaultTags: Readonly<Record<string, (s: string) => ReactNode>> = {
  b: (s) => <strong>{s}</strong>,
  em: (s) => <em>{s}</em>,
  code: (s) => <code>{s}</code>,
};

export function Rich<K extends MessageKey>({
  k,
  params,
  tags = {},
}: {
  k: K;
  params?: TArgs<K>[0];
  tags?: Readonly<Record<string, (s: string) => ReactNode>>;
}) {
  useLang();
  // Markup belongs to the message only: a parameter (a scenario's text, a player's name) that contains
  // `<b>…</b>` is shown as written, so its `<` is set aside while the message is split on its tags.
  const safe =
    params &&
    Object.fromEntries(
      Object.entries(params).map(([n, v]) => [n, typeof v === 'string' ? v.replaceAll('<', HELD) : v]),
    );
  const text = (t as (key: K, p?: unknown) => string)(k, safe);
  const back = (x: string) => x.replaceAll(HELD, '<');
  const all = { ...defaultTags, ...tags };
  return (
    <>
      {splitTags(text).map((part, i) => {
        // Parts of one fixed message keep their order, so the index is a stable key here.
        const key = `${i}`;
        if (typeof part === 'string') return <Fragment key={key}>{back(part)}</Fragment>;
        const render = all[part.tag];
        return <Fragment key={key}>{render ? render(back(part.text)) : back(part.text)}</Fragment>;
      })}
    </>
  );
}
