// Where a rule, card or prompt comes from: the seed passage with its short reference, or a design note.
import { isSeedSource, type Source } from '../../game/content/schema.ts';
import { seedRefs, seedTitles } from '../../game/content/sources.ts';

export function SourceNote({ source }: { source: Source }) {
  if (!isSeedSource(source))
    return (
      <p className="source-note source-design">
        <strong>Game-design choice:</strong> {source.design}
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
export function SourceDetails({
  source,
  label = 'Where this comes from',
}: {
  source: Source;
  label?: string;
}) {
  return (
    <details className="source-details">
      <summary>{label}</summary>
      <SourceNote source={source} />
    </details>
  );
}
