// The language switch in every page header: each player picks English or Spanish (remembered in this browser).
import { LANG_NAMES, LANGS, type Lang, setLang, useLang, useT } from '../i18n/i18n.ts';

export function LanguageSwitch({ className = '' }: { className?: string }) {
  const t = useT();
  const lang = useLang();
  return (
    <label className={`lang-switch ${className}`}>
      <span className="visually-hidden">{t('lang.label')}</span>
      {/* A drawn globe: the emoji showed as an empty box where no emoji font is installed (Linux). */}
      <svg aria-hidden="true" className="lang-icon" viewBox="0 0 16 16" width="16" height="16">
        <g fill="none" stroke="currentColor" strokeWidth="1.2">
          <circle cx="8" cy="8" r="6.4" />
          <ellipse cx="8" cy="8" rx="2.8" ry="6.4" />
          <path d="M1.6 8h12.8M2.6 4.8h10.8M2.6 11.2h10.8" />
        </g>
      </svg>
      <select value={lang} onChange={(e) => setLang(e.target.value as Lang)} data-testid="lang-switch">
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANG_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
