// The class code in big letters with a QR code of the class join link, for the board or the projector;
// and the token, to open this console on another device.
import { lazy, Suspense, useId, useState } from 'react';
import { absolute, paths } from '../lib/router.ts';

const QrCode = lazy(() => import('../ui/QrCode.tsx'));

export function SharePanel({ code, token }: { code: string; token: string }) {
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
          <h2 id={`${id}-t`}>Students join with this code</h2>
          <p>
            Open <strong>{window.location.host}</strong>, choose “Join with a code” and type:
          </p>
          <p className="join-code class-code">
            <span className="visually-hidden">Class code: </span>
            <span data-testid="class-code">{code}</span>
          </p>
          <p className="join-link">
            or go to <a href={link}>{link}</a>{' '}
            <button type="button" className="small" onClick={() => copy('link', link)}>
              {copied === 'link' ? 'Copied' : 'Copy link'}
            </button>
          </p>
        </div>
        <div className="qr-wrap">
          <Suspense fallback={<div className="qr-placeholder">QR code…</div>}>
            <QrCode text={link} label={`QR code for the class join link ${link}`} size={220} />
          </Suspense>
        </div>
      </div>
      <details className="fold">
        <summary>Open this console on another device</summary>
        <p className="hint">
          The console is protected by a token that only this browser holds. Keep it private: anyone with it
          can run the class.
        </p>
        <p>
          <code className="token" data-testid="fac-token">
            {token}
          </code>{' '}
          <button type="button" className="small" onClick={() => copy('token', token)}>
            {copied === 'token' ? 'Copied' : 'Copy token'}
          </button>
        </p>
      </details>
    </section>
  );
}
