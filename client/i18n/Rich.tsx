// A catalogue message with inline markup: `<b>…</b>` in the message becomes the element its tag maps to.
import { Fragment, type ReactNode } from 'react';
import { splitTags } from './format.ts';
import { type MessageKey, type TArgs, t, useLang } from './i18n.ts';

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
  const text = (t as (key: K, p?: unknown) => string)(k, params);
  const all = { ...defaultTags, ...tags };
  return (
    <>
      {splitTags(text).map((part, i) => {
        // Parts of one fixed message keep their order, so the index is a stable key here.
        const key = `${i}`;
        if (typeof part === 'string') return <Fragment key={key}>{part}</Fragment>;
        const render = all[part.tag];
        return <Fragment key={key}>{render ? render(part.text) : part.text}</Fragment>;
      })}
    </>
  );
}
