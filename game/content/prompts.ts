// Debrief discussion prompts: short paraphrases in our own words of the seed texts, each citing author and year
// and quoting the passage it rests on (checked verbatim in tests/game/sources.test.ts).
import { z } from 'zod';
import { SeedSourceSchema } from './schema.ts';

export const PromptSchema = z.object({
  id: z.string().min(2),
  topic: z.enum(['commitment', 'credibility', 'spoilers', 'sequencing', 'expectations', 'consent']),
  /** Shown first when the table's history shows this (see debrief triggers); 'always' for every table. */
  trigger: z.enum([
    'always',
    'collapsed',
    'pledgeBroken',
    'pledgeHonoured',
    'spoilerInduced',
    'ddrLow',
    'expectationsGap',
    'unmonitoredRumour',
  ]),
  paraphrase: z.string().min(30),
  question: z.string().min(15),
  cite: z.string().regex(/\(\d{4}\)/, 'cite names the author and year, e.g. "Walter (1999)"'),
  /** The seed passage the paraphrase rests on, copied verbatim. */
  source: SeedSourceSchema,
});
export type Prompt = z.infer<typeof PromptSchema>;

const raw: z.input<typeof PromptSchema>[] = [
  {
    id: 'commitmentProblem',
    topic: 'commitment',
    trigger: 'always',
    paraphrase:
      'Once fighters hand in their weapons they cannot protect themselves, so neither side can believe the other’s promise not to exploit that moment; an outside party has to cover the gap.',
    question:
      'When did your faction hold back from cantoning or disarming, and what would have made you go first?',
    cite: 'Walter (1999)',
    source: {
      seed: '000',
      quote:
        'the warring parties cannot credibly commit to the safe consolidation of their forces by themselves; no matter what they do they will be unable either to enforce this phase themselves or structure it in a way that makes it self-enforcing. Therefore, a third party is needed to help enforce this stage of the settlement.',
    },
  },
  {
    id: 'vulnerableWeaker',
    topic: 'commitment',
    trigger: 'ddrLow',
    paraphrase:
      'The weaker party fears the reintegrated order most, and tends to trade its cooperation for guarantees about its political future.',
    question: 'What did the Movement ask for in return for demobilizing, and did anyone offer it?',
    cite: 'Walter, quoted by Freeman (2003)',
    source: {
      seed: '000',
      quote:
        'Following a civil war, weaker parties, fearing their vulnerability in a reintegrated political order, often attempt to exchange cooperation for an agreement that provides an element of political certainty about the future.',
    },
  },
  {
    id: 'credibilityProduct',
    topic: 'credibility',
    trigger: 'always',
    paraphrase:
      'A guarantee works through two things together: how likely the guarantor is to act, and how much it has promised to do.',
    question:
      'Which pledge at your table was believed, and why — capability, will, or the guarantor’s record?',
    cite: 'Dowty (1974)',
    source: {
      seed: '000',
      quote:
        'the effectiveness of security guarantees stems from the probability that something will be done and the strength of the pledge of assistance',
    },
  },
  {
    id: 'emptyPromises',
    topic: 'credibility',
    trigger: 'pledgeBroken',
    paraphrase:
      'A promise that does not materialise can be worse than none: it lets each side justify breaking the deal, and slow support is often followed by renewed fighting.',
    question: 'A pledge was broken at your table. What happened to Fear and Tension afterwards?',
    cite: 'Freeman (2003)',
    source: {
      seed: '000',
      quote:
        'However, empty long-term promises can do more harm than good. If either signatory has reason to believe that the security guarantees are unlikely to materialize, this uncertainty will allow each side to justify a breach of the treaty. Slow implementation of promised support is also a cause for distress and is often accompanied by a return to fighting.',
    },
  },
  {
    id: 'selfInterest',
    topic: 'credibility',
    trigger: 'pledgeHonoured',
    paraphrase:
      'What counts most is the protector’s own sense of its interest; the endorsement matters less than the obligations all sides take on.',
    question: 'Why did the guarantor honour its pledge even though it cost approval at home?',
    cite: 'Pelcovits (1976)',
    source: {
      seed: '000',
      quote: "what counts the most is the protector's perception of protected self-interest",
    },
  },
  {
    id: 'spoilerTypes',
    topic: 'spoilers',
    trigger: 'spoilerInduced',
    paraphrase:
      'Spoilers are leaders or factions hostile to the deal and ready to use violence. Where spoilers, spoils and hostile neighbours come together, coercion tends to work better than confidence-building alone. (The game’s three hidden spoiler types are a design choice after Stedman’s typology, which the seeds do not contain.)',
    question:
      'What did the table guess the spoiler’s type was, from what it did? Did inducement help or feed it?',
    cite: 'Stedman, Rothchild & Cousens (2002)',
    source: {
      seed: '000',
      quote:
        'When these factors are present, international supporters will find coercive strategies more effective than the confidence building measures (CBMs), monitoring, and verification methods that are more commonly associated with peacekeeping.',
    },
  },
  {
    id: 'demobilizeFirst',
    topic: 'sequencing',
    trigger: 'always',
    paraphrase:
      'A common mistake is to make everything a priority at once; demobilizing soldiers comes first, then the demilitarization of politics, as armies become parties.',
    question: 'In what order did your table try to do DDR, reform and elections? What would you change?',
    cite: 'Stedman, Rothchild & Cousens (2002)',
    source: {
      seed: '000',
      quote:
        'a common misstep is to put everything at an impossibly high prioritization level, whereas the first order of business should be the demobilization of soldiers, followed by the demilitarization of politics',
    },
  },
  {
    id: 'expectedUtility',
    topic: 'sequencing',
    trigger: 'collapsed',
    paraphrase:
      'War comes back when fighting looks more rewarding than peace; outside help keeps the value of peace high while the parties cannot cooperate on their own.',
    question: 'At the moment of collapse, what made war look better than peace to someone at the table?',
    cite: 'Doyle & Sambanis (2000); Freeman (2003)',
    source: {
      seed: '000',
      quote:
        'war will reoccur if the expected utility of such war is greater than the expected utility of peace',
    },
  },
  {
    id: 'normalcy',
    topic: 'expectations',
    trigger: 'expectationsGap',
    paraphrase:
      'Civilians expect life to return to normal, and the speed of recovery matters; services for former combatants and rebuilt institutions decide long-run success.',
    question: 'When expectations outran reconstruction, who paid the price, and who could have prevented it?',
    cite: 'Freeman (2003); Call & Stanley (2002)',
    source: {
      seed: '000',
      quote:
        'Civilian expectations for a return to normalcy and the speed of post-conflict recovery should be an important consideration as negotiations are being drafted.',
    },
  },
  {
    id: 'monitoring',
    topic: 'consent',
    trigger: 'unmonitoredRumour',
    paraphrase:
      'Impartial supervision lets outsiders check compliance, which reduces uncertainty and adds to confidence where the parties cannot see each other’s moves.',
    question: 'Which rumour at your table turned out to be false, and how did it change what people did?',
    cite: 'Pelcovits (1976)',
    source: {
      seed: '000',
      quote:
        'International supervisory arrangements are practical since they can complement defense needs and allow outsiders to provide a needed impartial and reliable mechanism for monitoring compliance issues, reducing uncertainty and adding to confidence.',
    },
  },
];

export const prompts: readonly Prompt[] = z.array(PromptSchema).parse(raw);
