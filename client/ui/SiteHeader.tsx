// The page header of the non-table pages: the brand (a link home unless we are there) and the language switch.
import type { ReactNode } from 'react';
import { paths } from '../lib/router.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { Link } from './Link.tsx';

export function SiteHeader({
  home = false,
  className = '',
  children,
}: {
  home?: boolean;
  className?: string;
  children?: ReactNode;
}) {
  const brand = (
    <>
      <span className="brand-mark" aria-hidden="true" />
      <span>Ceasefire</span>
    </>
  );
  return (
    <header className={`site-header ${className}`}>
      {home ? (
        <div className="brand">{brand}</div>
      ) : (
        <Link to={paths.home()} className="brand">
          {brand}
        </Link>
      )}
      {children}
      <LanguageSwitch />
    </header>
  );
}
