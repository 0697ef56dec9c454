// <Rich>: the message's own markup becomes elements; markup inside a parameter (a scenario's text from an
// upload, a player's name) is shown as written, never turned into an element.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { setLang } from '../../client/i18n/i18n.ts';
import { Rich } from '../../client/i18n/Rich.tsx';

describe('Rich', () => {
  it('renders the message markup and keeps markup in a parameter as text', () => {
    setLang('en');
    const html = renderToStaticMarkup(
      createElement(Rich<'tcard.crisis'>, {
        k: 'tcard.crisis',
        params: { title: 'Riots <b>now</b> <img src=x>' },
      }),
    );
    expect(html).toBe('Crisis: <strong>Riots &lt;b&gt;now&lt;/b&gt; &lt;img src=x&gt;</strong>');
  });

  it('a plain parameter still fills the Spanish message', () => {
    setLang('es');
    const html = renderToStaticMarkup(createElement(Rich<'cdeb.made'>, { k: 'cdeb.made', params: { n: 3 } }));
    expect(html).toBe('Dadas <strong>3</strong>');
    setLang('en');
  });
});
