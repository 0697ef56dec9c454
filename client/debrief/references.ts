// The reference list of the debrief: the two seed texts the game is built on (../shared/seeds) and the
// works they cite, as the seed's notes give them. Each prompt's `cite` ("Walter (1999)") names one entry.
import { t } from '../i18n/i18n.ts';

export interface Reference {
  /** The short citation the prompts use, e.g. "Walter (1999)". */
  readonly cite: string;
  /** The work as published (titles are not translated). */
  readonly text: string;
  /** The seed text this is (shown as "(Seed text 000.)" in the reader's language). */
  readonly seed?: '000' | '003';
  /** Our own words about the entry, from the catalogue (`refs.<note>`). */
  readonly note?: 'overview' | 'callStanley';
  /** Seed text, or a work a seed text cites. */
  readonly kind: 'seed' | 'cited';
}

export const REFERENCES: readonly Reference[] = [
  {
    cite: 'Freeman (2003)',
    kind: 'seed',
    text: 'Freeman, Jill. “Security Guarantees.” Beyond Intractability, eds. Guy Burgess and Heidi Burgess. Conflict Information Consortium, University of Colorado, Boulder, November 2003.',
    seed: '000',
  },
  {
    cite: 'Security guarantees overview',
    kind: 'seed',
    text: '“Security Guarantees” —',
    note: 'overview',
    seed: '003',
  },
  {
    cite: 'Walter (1997)',
    kind: 'cited',
    text: 'Walter, Barbara F. “The Critical Barrier to Civil War Settlement.” International Organization 51:3 (Summer 1997), p. 345.',
  },
  {
    cite: 'Walter (1999)',
    kind: 'cited',
    text: 'Walter, Barbara F. “Designing Transitions from Civil War: Demobilization, Democratization and Commitments to Peace.” International Security 24:1 (Summer 1999).',
  },
  {
    cite: 'Doyle & Sambanis (2000)',
    kind: 'cited',
    text: 'Doyle, Michael W. and Nicholas Sambanis. “International Peacebuilding: A Theoretical and Quantitative Analysis.” American Political Science Review 94:4 (December 2000), 779–801.',
  },
  {
    cite: 'Stedman, Rothchild & Cousens (2002)',
    kind: 'cited',
    text: 'Stedman, Stephen John, Donald Rothchild and Elizabeth M. Cousens (eds.). Ending Civil Wars: The Implementation of Peace Agreements. Boulder: Lynne Rienner, 2002.',
  },
  {
    cite: 'Call & Stanley (2002)',
    kind: 'cited',
    text: 'Call, Charles T. and William Stanley. “Civilian Security.” In Stedman, Rothchild and Cousens (eds.), Ending Civil Wars (2002).',
    note: 'callStanley',
  },
  {
    cite: 'Pelcovits (1976)',
    kind: 'cited',
    text: 'Pelcovits, N. A. “Security Guarantees in a Middle East Settlement.” Foreign Policy Papers 2:5. Foreign Policy Research Institute, 1976.',
  },
  {
    cite: 'Dowty (1974)',
    kind: 'cited',
    text: 'Dowty, Alan. “The Role of Great Power Guarantees in International Peace Agreements.” Jerusalem Papers on Peace Problems. Jerusalem: The Leonard Davis Institute for International Relations, 1974.',
  },
  {
    cite: 'Zartman (2001)',
    kind: 'cited',
    text: 'Zartman, I. William (ed.). Preventive Negotiation: Avoiding Conflict Escalation. Lanham: Rowman and Littlefield, 2001.',
  },
  {
    cite: 'Rothchild (2001)',
    kind: 'cited',
    text: 'Rothchild, Donald. “Durable Peace After Civil War: The Structuring of Ethnic Interactions.” Paper, Annual Meeting of the American Political Science Association, San Francisco, 30 August – 2 September 2001.',
  },
  {
    cite: 'Agha & Malley (2002)',
    kind: 'cited',
    text: 'Agha, Hussein and Robert Malley. “The Last Negotiation.” Foreign Affairs 81:3 (May/June 2002).',
  },
  {
    cite: 'Ahmed (2000)',
    kind: 'cited',
    text: 'Ahmed, Samina. “Security Dilemmas of Nuclear-armed Pakistan.” Third World Quarterly 21:5 (October 2000), 781–794.',
  },
  {
    cite: 'Gardner (2003)',
    kind: 'cited',
    text: 'Gardner, Hall. “Aligning for the Future: Assertive Unilateralism or Concert of Powers?” Harvard International Review (Winter 2003), 56–61.',
  },
];

/** A reference as shown: the work as published, then our note and its seed number in the reader's language. */
export function referenceText(r: Reference): string {
  return [r.text, r.note ? t(`refs.${r.note}`) : '', r.seed ? t('refs.seed', { n: r.seed }) : '']
    .filter(Boolean)
    .join(' ');
}

/** The anchor id of a reference, for links from a prompt's citation. */
export const refId = (cite: string) => `ref-${cite.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
