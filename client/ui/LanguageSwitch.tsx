// The language switch in every page header: each player picks English or Spanish (remembered in this browser).
import { LANG_NAMES, LANGS, type Lang, setLang, useLang, useT } from '../i18n/i18n.ts';

export function LanguageSwitch({ className = '' }: { className?: string }) {
  const t = useT();
  const lang = useLang();
  return (
    <label className={`lang-switch ${className}`}>
      <span className="visually-hidden">{t('lang.label')}</span>
      <span aria-hidden="true" className="lang-icon">
        🌐
      </span>
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
