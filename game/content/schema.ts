// Zod schemas for scenario content (map, roles, agendas, actions, crisis cards), checked at load time.
import { z } from 'zod';
import { DEFAULT_MONITOR_TEAMS } from '../variables.ts';

/** The seed texts in ../shared/seeds/, by the number their file name starts with (000_….txt). */
export const seedIds = ['000', '003'] as const;
export type SeedId = (typeof seedIds)[number];

/** A rule resting on a seed: the passage copied verbatim (tests/game/sources.test.ts checks it). */
export const SeedSourceSchema = z.strictObject({
  seed: z
    .enum(seedIds, { error: `seed must be one of ${seedIds.map((s) => `"${s}"`).join(', ')}` })
    .describe('The seed text the passage is copied from (the number its file name starts with).'),
  quote: z
    .string()
    .min(15, 'quote must copy at least 15 characters of the seed verbatim')
    .max(600, 'quote must be a passage (at most 600 characters), not the whole text')
    .describe('The passage, copied verbatim from the seed (whitespace and curly quotes aside).'),
  /** A few words: what the rule takes from the passage. */
  idea: z
    .string()
    .min(3, 'idea must say in a few words what the rule takes from the quote')
    .max(160)
    .optional()
    .describe('A few words: what the rule takes from the passage.'),
});
/** A rule the seeds do not state: an honest game-design choice, saying so. */
export const DesignSourceSchema = z.strictObject({
  design: z
    .string()
    .min(15, 'design must say what the game-design choice is and why')
    .describe('The game-design choice the sources do not state, and why it was made.'),
});
/** Every rule and card says where it comes from: a verbatim passage of a seed, or a design note. */
export const SourceSchema = z
  .union([SeedSourceSchema, DesignSourceSchema], {
    error:
      'source must be { seed: "000" | "003", quote, idea? } (a verbatim passage) or { design } (a game-design choice)',
  })
  .describe(
    'Where the rule comes from: `{ seed, quote, idea? }` (a verbatim passage of a seed text) or `{ design }` (a game-design choice).',
  );
export type SeedSource = z.infer<typeof SeedSourceSchema>;
export type DesignSource = z.infer<typeof DesignSourceSchema>;
export type Source = z.infer<typeof SourceSchema>;
export const isSeedSource = (s: Source): s is SeedSource => 'seed' in s;

const source = SourceSchema;
const id = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9-]*$/, 'ids are lowerCamel or kebab words')
  .describe('An id: lowerCamel or kebab words, starting with a lower-case letter.');

export const trackIds = ['tension', 'ddr', 'reform', 'election', 'reconstruction', 'expectations'] as const;
export const TrackIdSchema = z
  .enum(trackIds)
  .describe('A track: tension, ddr, reform, election, reconstruction or expectations.');

/** Who an effect applies to: a role id, or every role of a kind. */
export const RoleSelectorSchema = z
  .union([z.enum(['all', 'factions', 'guarantors', 'spoilers']), id])
  .describe('A role id, or every role of a kind: all, factions, guarantors, spoilers.');
/** Where an effect applies: a region id, every region, the spoils regions, or one at random (seeded). */
export const RegionSelectorSchema = z
  .union([z.enum(['all', 'spoils', 'random', 'unmonitored']), id])
  .describe('A region id, or all, spoils (the regions with spoils), random (one, seeded) or unmonitored.');

const delta = z.number().int().describe('The change (negative lowers it).');

export const EffectSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('track'), track: TrackIdSchema, delta }).describe('Moves a track.'),
    z
      .object({ kind: z.literal('fear'), role: RoleSelectorSchema, delta })
      .describe("Changes a faction's Fear."),
    z
      .object({ kind: z.literal('funds'), role: RoleSelectorSchema, delta })
      .describe("Changes a role's funds."),
    z
      .object({ kind: z.literal('approval'), role: RoleSelectorSchema, delta })
      .describe("Changes a guarantor's domestic approval."),
    z
      .object({ kind: z.literal('will'), role: RoleSelectorSchema, delta })
      .describe("Changes a guarantor's will."),
    z
      .object({ kind: z.literal('capability'), role: RoleSelectorSchema, delta })
      .describe("Changes a guarantor's capability."),
    z.object({ kind: z.literal('militancy'), delta }).describe("Changes the spoiler's militancy."),
    z
      .object({ kind: z.literal('stability'), region: RegionSelectorSchema, delta })
      .describe("Changes a region's stability."),
    z
      .object({ kind: z.literal('refugees'), region: RegionSelectorSchema, delta })
      .describe("Changes a region's refugees."),
    z
      .object({
        kind: z.literal('units'),
        region: RegionSelectorSchema,
        role: RoleSelectorSchema,
        delta,
      })
      .describe("Adds or removes a role's active fighters in a region."),
    z
      .object({
        kind: z.literal('consent'),
        region: RegionSelectorSchema,
        role: RoleSelectorSchema,
        grant: z.boolean().describe('true grants consent, false withdraws it.'),
      })
      .describe("Grants or withdraws a faction's consent to monitors and peacekeepers in a region."),
    z
      .object({
        kind: z.literal('sanctionNeighbour'),
        rounds: z.number().int().min(1).describe('For how many rounds.'),
      })
      .describe('Sanctions the hostile neighbour (it stops funding the spoiler).'),
    z
      .object({
        kind: z.literal('modifier'),
        modifier: z
          .enum(['donorFatigue', 'councilDeadlock', 'electionDelay'])
          .describe('donorFatigue, councilDeadlock or electionDelay.'),
      })
      .describe('Switches on a lasting modifier.'),
  ])
  .describe('One change an event makes; `kind` says which.');
export type Effect = z.infer<typeof EffectSchema>;

export const CrisisOptionSchema = z.object({
  id,
  label: z.string().min(3).describe('What the choosing role reads on the button.'),
  effects: z.array(EffectSchema).describe('What choosing it does.'),
});

export const CrisisCardSchema = z.object({
  id,
  title: z.string().min(3).describe('The card title.'),
  text: z.string().min(10).describe('What happens, as the table reads it.'),
  source,
  effects: z.array(EffectSchema).describe('What the card does when it is drawn.'),
  /** A role (or a kind; the first seat of that kind) that must choose one option. */
  choice: z
    .object({
      role: RoleSelectorSchema.describe('Who decides: a role id, or a kind (the first seat of that kind).'),
      prompt: z.string().min(5).describe('The question put to that role.'),
      options: z.array(CrisisOptionSchema).min(2).describe('The options (at least two).'),
    })
    .optional()
    .describe('A decision the card asks of one role.'),
});
export type CrisisCard = z.infer<typeof CrisisCardSchema>;

export const UnitCountsSchema = z.object({
  active: z.number().int().min(0).describe('Armed fighters in the field.'),
  cantoned: z.number().int().min(0).default(0).describe('Fighters in cantonment camps.'),
  disarmed: z.number().int().min(0).default(0).describe('Fighters who handed in their weapons.'),
});

export const RegionSchema = z.object({
  id,
  name: z.string().min(2).describe('The region name on the map.'),
  /** Position on the SVG map (0..100). */
  x: z.number().min(0).max(100).describe('Position on the map, left to right (0..100).'),
  y: z.number().min(0).max(100).describe('Position on the map, top to bottom (0..100).'),
  neighbours: z.array(id).describe('Ids of the regions it borders (fighters move between neighbours).'),
  spoils: z
    .number()
    .int()
    .min(0)
    .max(5)
    .describe('Lootable wealth (mines, smuggling routes) that funds a spoiler.'),
  stability: z.number().int().min(0).max(5).describe('Stability at the start.'),
  refugees: z.number().int().min(0).max(5).describe('Refugees at the start.'),
  units: z
    .record(z.string(), UnitCountsSchema)
    .describe('Fighters at the start, by role id (factions and spoilers).'),
  /** The hostile neighbour borders this region. */
  border: z.boolean().default(false).describe('The hostile neighbour borders this region.'),
  source,
});

const value = z.number().int().describe('The threshold.');

export const AgendaSchema = z.object({
  id,
  text: z.string().min(10).describe('The secret agenda as its player reads it.'),
  /** Machine-checkable condition at the end of the game. */
  condition: z
    .discriminatedUnion('kind', [
      z
        .object({ kind: z.literal('trackAtLeast'), track: TrackIdSchema, value })
        .describe('A track ends at least at value.'),
      z
        .object({ kind: z.literal('trackAtMost'), track: TrackIdSchema, value })
        .describe('A track ends at most at value.'),
      z
        .object({ kind: z.literal('fundsAtLeast'), value })
        .describe('The role ends with at least value funds.'),
      z
        .object({ kind: z.literal('unitsAtLeast'), value })
        .describe('The role ends with at least value armed fighters.'),
      z
        .object({ kind: z.literal('cachesAtLeast'), value })
        .describe('The role ends with at least value hidden caches.'),
      z
        .object({ kind: z.literal('pledgesHonoured'), value })
        .describe('The role honoured at least value pledges.'),
      z.object({ kind: z.literal('noPledgeBroken') }).describe('The role broke no pledge.'),
      z
        .object({ kind: z.literal('approvalAtLeast'), value })
        .describe('The role ends with approval at least value.'),
      z
        .object({ kind: z.literal('regionStable'), region: id, value })
        .describe('The region ends with stability at least value.'),
      z
        .object({ kind: z.literal('inducedAtLeast'), value })
        .describe('The spoiler was induced at least value times.'),
      z
        .object({ kind: z.literal('politicalLead') })
        .describe('The role leads in political strength at the end.'),
      /** Made at least `value` pledges and broke none. */
      z
        .object({ kind: z.literal('pledgesKept'), value: z.number().int().min(1).describe('The threshold.') })
        .describe('Made at least value pledges and broke none.'),
      z
        .object({
          kind: z.literal('smuggledAtLeast'),
          value: z.number().int().min(1).describe('The threshold.'),
        })
        .describe('Smuggled at least value times.'),
      z
        .object({
          kind: z.literal('credibilityAtLeast'),
          value: z.number().int().min(1).max(10).describe('The threshold (1..10).'),
        })
        .describe('The role ends with credibility at least value.'),
    ])
    .describe('The machine-checked condition at the end of the game; `kind` says which.'),
  points: z.number().int().min(1).max(10).describe('Points the agenda is worth.'),
  source,
});
export type Agenda = z.infer<typeof AgendaSchema>;

const level = (what: string) => z.number().int().min(0).max(10).default(0).describe(what);

export const RoleSchema = z.object({
  id,
  name: z.string().min(2).describe('The role name players see.'),
  kind: z.enum(['faction', 'spoiler', 'guarantor']).describe('faction, spoiler or guarantor.'),
  objective: z.string().min(10).describe('The public objective.'),
  powers: z.string().min(10).describe('What the role can do, in a sentence or two.'),
  fears: z.string().min(10).describe('What the role fears.'),
  /** Resources at the start and income per round. */
  funds: z.number().int().min(0).describe('Funds at the start.'),
  income: z.number().int().min(0).describe('Income per round.'),
  /** Faction start Fear; guarantor capability, will and domestic approval (0..10). */
  fear: level('A faction: Fear of the other faction at the start (0..10).'),
  capability: level('A guarantor: forces it can field (0..10).'),
  will: level('A guarantor: its will to act (0..10).'),
  approval: level('A guarantor: domestic approval at the start (0..10).'),
  militancy: level('A spoiler: militancy at the start (0..10).'),
  /** Guarantor: UN legitimacy lets it endorse pledges and vote enforcement. */
  un: z
    .boolean()
    .default(false)
    .describe('A guarantor with UN legitimacy: it endorses pledges and votes enforcement.'),
  /**
   * Spoiler: the hidden types it may be dealt (default all three). Several spoilers in one scenario are
   * dealt different types while the lists allow it.
   */
  types: z
    .array(z.enum(['limited', 'greedy', 'total']))
    .min(1)
    .optional()
    .describe(
      'A spoiler: the hidden types it may be dealt (default all three); several spoilers are dealt different types while the lists allow it.',
    ),
  agendas: z.array(AgendaSchema).min(1).describe('Secret agendas; one is dealt to the role each game.'),
  source,
});
export type RoleDef = z.infer<typeof RoleSchema>;

/** Every kind of order the engine resolves (game/types.ts `Order`). */
export const orderTypes = [
  'canton',
  'disarm',
  'reintegrate',
  'rearm',
  'cache',
  'attack',
  'patrol',
  'reconstruct',
  'campaign',
  'reform',
  'consent',
  'recruit',
  'smuggle',
  'intimidate',
  'monitors',
  'peacekeepers',
  'withdraw',
  'enforce',
  'aid',
  'mandate',
  'induce',
  'socialize',
  'coerce',
  'sanction',
  'move',
  'hold',
] as const;

export const ActionSchema = z.object({
  type: z.enum(orderTypes).describe('The order it defines; the engine knows how to resolve each of these.'),
  label: z.string().min(3).describe('The order name players see.'),
  kinds: z
    .array(z.enum(['faction', 'spoiler', 'guarantor']))
    .min(1)
    .describe('The kinds of role that may give it.'),
  /** Only these role ids may use it (e.g. reform is the Government's); empty = every role of the kinds. */
  roles: z
    .array(id)
    .default([])
    .describe(
      "Only these role ids may give it (e.g. reform is the Government's); empty: every role of the kinds.",
    ),
  cost: z.number().int().min(0).describe('Funds it costs.'),
  /** Guarantor forces it needs this round, out of its free capability (seed 003: capability). */
  capability: z
    .number()
    .int()
    .min(0)
    .default(0)
    .describe('Guarantor forces it needs this round, out of its free capability.'),
  explain: z.string().min(10).describe('What it does, in a sentence players read before choosing it.'),
  source,
});
export type ActionDef = z.infer<typeof ActionSchema>;

export const SpoilerTypeEffectSchema = z.object({
  militancy: z.number().int().describe("Change to the spoiler's militancy."),
  cash: z.number().int().describe("Change to the spoiler's funds."),
  units: z.number().int().describe("Change to the spoiler's fighters."),
});
export const SpoilerTypeSchema = z.object({
  name: z.enum(['limited', 'greedy', 'total']).describe('limited, greedy or total (Stedman).'),
  text: z.string().min(10).describe('What this type wants, shown to the spoiler and in the debrief.'),
  induce: SpoilerTypeEffectSchema.describe('What an inducement does to a spoiler of this type.'),
  socialize: SpoilerTypeEffectSchema.describe('What socialization does to it.'),
  coerce: SpoilerTypeEffectSchema.describe('What coercion does to it.'),
  source,
});

const forces = z.object({
  capability: z.number().int().min(0).describe('Capability set aside.'),
  funds: z.number().int().min(0).describe('Funds set aside to honour it.'),
});

export const TuningSchema = z.object({
  rounds: z.number().int().min(1).max(20).describe('Rounds before the elections.'),
  tensionMax: z.number().int().min(5).max(40).describe('Tension at which the ceasefire collapses.'),
  trackMax: z.number().int().min(5).max(20).describe('The top of every other track.'),
  actionsPerRound: z.number().int().min(1).max(6).describe('Orders each role may queue per round.'),
  /** Fear at or above which a faction's commanders refuse to canton or disarm (Walter). */
  fearBlocksDdr: z
    .number()
    .int()
    .min(1)
    .max(10)
    .describe("Fear at or above which a faction's commanders refuse to canton or disarm (Walter)."),
  /** Chance (percent) that a rumour from an unmonitored region is false. */
  falseRumourPercent: z
    .number()
    .int()
    .min(0)
    .max(100)
    .describe('Chance (percent) that a rumour from an unmonitored region blames the wrong side.'),
  /** Monitor teams each guarantor can field at once (verification is finite). */
  monitorTeams: z
    .number()
    .int()
    .min(1)
    .max(20)
    .default(DEFAULT_MONITOR_TEAMS)
    .describe('Monitor teams each guarantor can field at once.'),
  /** Support the hostile neighbour gives the spoiler each round while not sanctioned. */
  neighbourSupport: z
    .number()
    .int()
    .min(0)
    .describe('Funds the hostile neighbour gives the spoiler each round while not sanctioned.'),
  /** What a pledge sets aside for its term, by response (the funds pay for honouring it). */
  pledges: z
    .object({
      term: z.number().int().min(1).max(10).describe('Rounds a pledge stands before it must be renewed.'),
      force: forces.describe('What a pledge of force sets aside.'),
      sanctions: forces.describe('What a pledge of sanctions sets aside.'),
    })
    .default({ term: 3, force: { capability: 2, funds: 2 }, sanctions: { capability: 0, funds: 1 } })
    .describe('What a pledge sets aside for its term, by response.'),
  /** Durable grade thresholds. */
  durable: z
    .object({
      tensionAtMost: z.number().int().describe('Tension at most this (below tensionMax).'),
      ddrAtLeast: z.number().int().describe('DDR at least this.'),
      electionAtLeast: z.number().int().describe('Election preparation at least this.'),
      /** Security-sector reform done (seed 000: institution building, police and army reform). */
      reformAtLeast: z.number().int().default(0).describe('Security-sector reform at least this.'),
      /** Recovery kept pace: expectations at most this far ahead of reconstruction (seed 000). */
      recoveryGapAtMost: z
        .number()
        .int()
        .default(10)
        .describe('Expectations at most this far ahead of reconstruction.'),
    })
    .describe('What a game must end with to be graded durable.'),
});

/** The grades a game can end in (the real case's outcome is told in the same words). */
export const gradeIds = ['durable', 'fragile', 'collapsed'] as const;

/** What happened in the real peace process a scenario follows (or why it follows none). */
export const RealCaseSchema = z.strictObject({
  /** The case, e.g. "Mozambique, General Peace Agreement (Rome, 1992)". */
  name: z.string().min(5).describe('The case, e.g. "Mozambique, General Peace Agreement (Rome, 1992)".'),
  /** How the real transition ended, in the game's grades (compared with the table's in the debrief). */
  outcome: z
    .enum(gradeIds)
    .describe(
      "How the real transition ended, in the game's grades (compared with the table's in the debrief).",
    ),
  /** What happened, in a few plain paragraphs. */
  text: z.string().min(40).describe('What happened, in a few plain paragraphs.'),
  /** Public sources a teacher can look up. */
  sources: z.array(z.string().min(5)).min(1).describe('Public sources a teacher can look up.'),
});

/** A model claim of `npm run simulate -- --check` that does not apply to this scenario, and why. */
export const ClaimExemptionSchema = z.strictObject({
  /** A claim id as check.ts prints it (e.g. `spoiler-type:total`), or a prefix ending in `*`. */
  claim: z
    .string()
    .regex(/^[a-z][\w:*-]*$/, 'claim is a claim id such as "spoiler-type:*"')
    .describe('A claim id of the balance check (e.g. `spoiler-type:total`), or a prefix ending in `*`.'),
  reason: z
    .string()
    .min(15, 'reason must say why the claim does not apply')
    .describe('Why it does not apply.'),
  holds: z
    .literal(false)
    .optional()
    .describe(
      'false: the claim applies here but is known not to hold (the check still counts it as a FAIL and prints this reason); absent: the claim does not apply to this scenario (shown as N/A, not counted).',
    ),
});

export const ScenarioSchema = z
  .object({
    id: id.describe(
      'The scenario id (unique: not a built-in one, nor one uploaded before with other content).',
    ),
    name: z.string().min(3).describe('The scenario name.'),
    summary: z.string().min(10).describe('One or two sentences for the scenario picker.'),
    /** What the players read before the first round: the situation, the stakes, what to watch. */
    briefing: z
      .string()
      .min(40)
      .describe('What the players read before the first round: the situation, the stakes, what to watch.'),
    /** About how long a game takes at a table, in minutes. */
    minutes: z
      .number()
      .int()
      .min(10)
      .max(300)
      .optional()
      .describe('About how long a game takes, in minutes.'),
    realCase: RealCaseSchema.optional().describe(
      'What happened in the real peace process the scenario follows.',
    ),
    /** Claims of the balance check that do not apply here, each with its reason. */
    claims: z
      .array(ClaimExemptionSchema)
      .default([])
      .describe(
        'Claims of the balance check that do not apply here (N/A), or that apply but are known not to hold (`holds: false`, still a FAIL), each with its reason.',
      ),
    botTemperaments: z
      .array(z.enum(['cautious', 'hawkish', 'opportunist']))
      .min(1)
      .optional()
      .describe(
        "The temperaments the factions' and spoilers' bots are drawn from (default: all three). A teaching scenario may leave out the hawks, so a newcomer's first game is not ended by a bot's war.",
      ),
    tuning: TuningSchema.describe('The numbers of the rules.'),
    roles: z
      .array(RoleSchema)
      .min(2)
      .max(7)
      .describe('The seats: exactly two factions, at least one guarantor.'),
    regions: z.array(RegionSchema).min(2).max(8).describe('The map.'),
    actions: z.array(ActionSchema).min(1).describe('The orders roles may give; "hold" is required.'),
    spoilerTypes: z.array(SpoilerTypeSchema).length(3).describe('The three hidden spoiler types, each once.'),
    events: z.array(CrisisCardSchema).min(1).describe('The crisis deck (one card a round).'),
  })
  .superRefine((s, ctx) => {
    const roleIds = new Set(s.roles.map((r) => r.id));
    const regionIds = new Set(s.regions.map((r) => r.id));
    const kinds = new Set(['all', 'factions', 'guarantors', 'spoilers']);
    const regionKinds = new Set(['all', 'spoils', 'random', 'unmonitored']);
    if (roleIds.size !== s.roles.length)
      ctx.addIssue({ code: 'custom', path: ['roles'], message: 'duplicate role id' });
    if (s.roles.filter((r) => r.kind === 'faction').length !== 2)
      ctx.addIssue({ code: 'custom', path: ['roles'], message: 'a scenario needs exactly two factions' });
    if (!s.roles.some((r) => r.kind === 'guarantor'))
      ctx.addIssue({ code: 'custom', path: ['roles'], message: 'a scenario needs at least one guarantor' });
    s.roles.forEach((r, i) => {
      if (r.types && r.kind !== 'spoiler')
        ctx.addIssue({
          code: 'custom',
          path: ['roles', i, 'types'],
          message: 'only a spoiler has hidden types',
        });
    });
    if (s.tuning.durable.tensionAtMost >= s.tuning.tensionMax)
      ctx.addIssue({
        code: 'custom',
        path: ['tuning', 'durable', 'tensionAtMost'],
        message: `a durable peace needs Tension below the collapse line (${s.tuning.tensionMax})`,
      });
    const eventIds = new Set<string>();
    const checkEffects = (effects: readonly Effect[], path: (string | number)[]) =>
      effects.forEach((f, j) => {
        if ('role' in f && !kinds.has(f.role) && !roleIds.has(f.role))
          ctx.addIssue({ code: 'custom', path: [...path, j, 'role'], message: `unknown role ${f.role}` });
        if ('region' in f && !regionKinds.has(f.region) && !regionIds.has(f.region))
          ctx.addIssue({
            code: 'custom',
            path: [...path, j, 'region'],
            message: `unknown region ${f.region}`,
          });
      });
    s.events.forEach((e, i) => {
      if (eventIds.has(e.id))
        ctx.addIssue({ code: 'custom', path: ['events', i, 'id'], message: `duplicate event id ${e.id}` });
      eventIds.add(e.id);
      checkEffects(e.effects, ['events', i, 'effects']);
      if (!e.choice) return;
      // A choice asked of nobody would silently be skipped in play.
      if (!kinds.has(e.choice.role) && !roleIds.has(e.choice.role))
        ctx.addIssue({
          code: 'custom',
          path: ['events', i, 'choice', 'role'],
          message: `unknown role ${e.choice.role}`,
        });
      e.choice.options.forEach((o, k) => {
        checkEffects(o.effects, ['events', i, 'choice', 'options', k, 'effects']);
      });
    });
    const seenRegions = new Set<string>();
    s.regions.forEach((r, i) => {
      if (seenRegions.has(r.id))
        ctx.addIssue({ code: 'custom', path: ['regions', i, 'id'], message: `duplicate region id ${r.id}` });
      seenRegions.add(r.id);
    });
    s.roles.forEach((r, i) => {
      r.agendas.forEach((a, k) => {
        // An agenda nobody can reach is a dead rule (a Tension above the collapse line, say).
        const c = a.condition;
        if (c.kind === 'trackAtLeast') {
          const max = c.track === 'tension' ? s.tuning.tensionMax : s.tuning.trackMax;
          if (c.value > max)
            ctx.addIssue({
              code: 'custom',
              path: ['roles', i, 'agendas', k, 'condition', 'value'],
              message: `${c.track} never goes above ${max}, so ${c.value} cannot be reached`,
            });
        }
        if (a.condition.kind === 'regionStable' && !regionIds.has(a.condition.region))
          ctx.addIssue({
            code: 'custom',
            path: ['roles', i, 'agendas', k, 'condition', 'region'],
            message: `unknown region ${a.condition.region}`,
          });
      });
    });
    s.actions.forEach((a, i) => {
      for (const r of a.roles)
        if (!roleIds.has(r))
          ctx.addIssue({ code: 'custom', path: ['actions', i, 'roles'], message: `unknown role ${r}` });
    });
    // Resolution looks up each order's definition; a missing order becomes "hold".
    if (!s.actions.some((a) => a.type === 'hold'))
      ctx.addIssue({ code: 'custom', path: ['actions'], message: 'the "hold" order is required' });
    const spoilerTypes = new Set<string>();
    s.spoilerTypes.forEach((t, i) => {
      if (spoilerTypes.has(t.name))
        ctx.addIssue({
          code: 'custom',
          path: ['spoilerTypes', i, 'name'],
          message: `duplicate spoiler type ${t.name}`,
        });
      spoilerTypes.add(t.name);
    });
    s.regions.forEach((r, i) => {
      for (const n of r.neighbours)
        if (!regionIds.has(n))
          ctx.addIssue({
            code: 'custom',
            path: ['regions', i, 'neighbours'],
            message: `unknown region ${n}`,
          });
      for (const u of Object.keys(r.units))
        if (!roleIds.has(u))
          ctx.addIssue({ code: 'custom', path: ['regions', i, 'units', u], message: `unknown role ${u}` });
    });
  });
export type Scenario = z.infer<typeof ScenarioSchema>;

/** Validate raw scenario data, throwing an error that names every bad field. */
export function parseScenario(raw: unknown): Scenario {
  const parsed = ScenarioSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
  throw new Error(`Invalid scenario data:\n${lines.join('\n')}`);
}
