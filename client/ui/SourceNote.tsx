// Where a rule, card or prompt comes from: the seed passage with its short reference, or a design note.
import { isSeedSource, type Source } from '../../game/content/schema.ts';
import { seedRefs, seedTitles } from '../../game/content/sources.ts';
import { useT } from '../i18n/i18n.ts';

export function SourceNote({ source }: { source: Source }) {
  const t = useT();
  if (!isSeedSource(source))
    return (
      <p className="source-note source-design">
        <strong>{t('source.design')}</strong> {source.design}
      </p>
    );
  return (
    <figure className="source-note">
      <blockquote>“{source.quote}”</blockquote>
      <figcaption>
        — <cite title={seedTitles[source.seed]}>{seedRefs[source.seed]}</cite>
        {source.idea && <span className="source-idea">: {source.idea}</span>}
      </figcaption>
    </figure>
  );
}

/** A folded "Where this comes from" line that opens to the source. */
export function SourceDetails({ source, label }: { source: Source; label?: string }) {
  const t = useT();
  return (
    <details className="source-details">
      <summary>{label ?? t('source.where')}</summary>
      <SourceNote source={source} />
    </details>
  );
}
