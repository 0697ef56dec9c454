// The class code in big letters with a QR code of the class join link, for the board or the projector;
// and the token, to open this console on another device.

import { lazy, Suspense, useId, useState } from 'react';
import { useT } from '../i18n/i18n.ts';
import { Rich } from '../i18n/Rich.tsx';
import { absolute, paths } from '../lib/router.ts';

const QrCode = lazy(() => import('../ui/QrCode.tsx'));

export function SharePanel({ code, token }: { code: string; token: string }) {
  const t = useT();
  const id = useId();
  const link = absolute(paths.classJoin(code));
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async (what: string, text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(what);
    } catch {
      setCopied(null);
    }
  };
  return (
    <section className="card share-panel" aria-labelledby={`${id}-t`}>
      <div className="share-main">
        <div>
          <h2 id={`${id}-t`}>{t('share.title')}</h2>
          <p>
            <Rich k="share.open" params={{ host: window.location.host }} />
          </p>
          <p className="join-code class-code">
            <span className="visually-hidden">{t('share.codeLabel')}</span>
            <span data-testid="class-code">{code}</span>
          </p>
          <p className="join-link">
            {t('share.orGo')}
            <a href={link}>{link}</a>{' '}
            <button type="button" className="small" onClick={() => copy('link', link)}>
              {copied === 'link' ? t('common.copied') : t('common.copyLink')}
            </button>
          </p>
        </div>
        <div className="qr-wrap">
          <Suspense fallback={<div className="qr-placeholder">{t('common.qrLoading')}</div>}>
            <QrCode text={link} label={t('share.qr', { link })} size={220} />
          </Suspense>
        </div>
      </div>
      <details className="fold">
        <summary>{t('share.otherDevice')}</summary>
        <p className="hint">{t('share.tokenHint')}</p>
        <p>
          <code className="token" data-testid="fac-token">
            {token}
          </code>{' '}
          <button type="button" className="small" onClick={() => copy('token', token)}>
            {copied === 'token' ? t('common.copied') : t('share.copyToken')}
          </button>
        </p>
      </details>
    </section>
  );
}
