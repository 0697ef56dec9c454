// Zod schemas for scenario content (map, roles, agendas, actions, crisis cards), checked at load time.
import { z } from 'zod';

/** The seed texts in ../shared/seeds/, by the number their file name starts with (000_….txt). */
export const seedIds = ['000', '003'] as const;
export type SeedId = (typeof seedIds)[number];

/** A rule resting on a seed: the passage copied verbatim (tests/game/sources.test.ts checks it). */
export const SeedSourceSchema = z.strictObject({
  seed: z.enum(seedIds, { error: `seed must be one of ${seedIds.map((s) => `"${s}"`).join(', ')}` }),
  quote: z
    .string()
    .min(15, 'quote must copy at least 15 characters of the seed verbatim')
    .max(600, 'quote must be a passage (at most 600 characters), not the whole text'),
  /** A few words: what the rule takes from the passage. */
  idea: z
    .string()
    .min(3, 'idea must say in a few words what the rule takes from the quote')
    .max(160)
    .optional(),
});
/** A rule the seeds do not state: an honest game-design choice, saying so. */
export const DesignSourceSchema = z.strictObject({
  design: z.string().min(15, 'design must say what the game-design choice is and why'),
});
/** Every rule and card says where it comes from: a verbatim passage of a seed, or a design note. */
export const SourceSchema = z.union([SeedSourceSchema, DesignSourceSchema], {
  error:
    'source must be { seed: "000" | "003", quote, idea? } (a verbatim passage) or { design } (a game-design choice)',
});
export type SeedSource = z.infer<typeof SeedSourceSchema>;
export type DesignSource = z.infer<typeof DesignSourceSchema>;
export type Source = z.infer<typeof SourceSchema>;
export const isSeedSource = (s: Source): s is SeedSource => 'seed' in s;

const source = SourceSchema;
const id = z.string().regex(/^[a-z][a-zA-Z0-9-]*$/, 'ids are lowerCamel or kebab words');

export const trackIds = ['tension', 'ddr', 'reform', 'election', 'reconstruction', 'expectations'] as const;
export const TrackIdSchema = z.enum(trackIds);

/** Who an effect applies to: a role id, or every role of a kind. */
export const RoleSelectorSchema = z.union([z.enum(['all', 'factions', 'guarantors', 'spoilers']), id]);
/** Where an effect applies: a region id, every region, the spoils regions, or one at random (seeded). */
export const RegionSelectorSchema = z.union([z.enum(['all', 'spoils', 'random', 'unmonitored']), id]);

export const EffectSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('track'), track: TrackIdSchema, delta: z.number().int() }),
  z.object({ kind: z.literal('fear'), role: RoleSelectorSchema, delta: z.number().int() }),
  z.object({ kind: z.literal('funds'), role: RoleSelectorSchema, delta: z.number().int() }),
  z.object({ kind: z.literal('approval'), role: RoleSelectorSchema, delta: z.number().int() }),
  z.object({ kind: z.literal('will'), role: RoleSelectorSchema, delta: z.number().int() }),
  z.object({ kind: z.literal('capability'), role: RoleSelectorSchema, delta: z.number().int() }),
  z.object({ kind: z.literal('militancy'), delta: z.number().int() }),
  z.object({ kind: z.literal('stability'), region: RegionSelectorSchema, delta: z.number().int() }),
  z.object({ kind: z.literal('refugees'), region: RegionSelectorSchema, delta: z.number().int() }),
  z.object({
    kind: z.literal('units'),
    region: RegionSelectorSchema,
    role: RoleSelectorSchema,
    delta: z.number().int(),
  }),
  z.object({
    kind: z.literal('consent'),
    region: RegionSelectorSchema,
    role: RoleSelectorSchema,
    grant: z.boolean(),
  }),
  z.object({ kind: z.literal('sanctionNeighbour'), rounds: z.number().int().min(1) }),
  z.object({
    kind: z.literal('modifier'),
    modifier: z.enum(['donorFatigue', 'councilDeadlock', 'electionDelay']),
  }),
]);
export type Effect = z.infer<typeof EffectSchema>;

export const CrisisOptionSchema = z.object({
  id,
  label: z.string().min(3),
  effects: z.array(EffectSchema),
});

export const CrisisCardSchema = z.object({
  id,
  title: z.string().min(3),
  text: z.string().min(10),
  source,
  effects: z.array(EffectSchema),
  /** A role (or a kind; the first seat of that kind) that must choose one option. */
  choice: z
    .object({
      role: RoleSelectorSchema,
      prompt: z.string().min(5),
      options: z.array(CrisisOptionSchema).min(2),
    })
    .optional(),
});
export type CrisisCard = z.infer<typeof CrisisCardSchema>;

export const UnitCountsSchema = z.object({
  active: z.number().int().min(0),
  cantoned: z.number().int().min(0).default(0),
  disarmed: z.number().int().min(0).default(0),
});

export const RegionSchema = z.object({
  id,
  name: z.string().min(2),
  /** Position on the SVG map (0..100). */
  x: z.number().min(0).max(100),
  y: z.number().min(0).max(100),
  neighbours: z.array(id),
  spoils: z.number().int().min(0).max(5),
  stability: z.number().int().min(0).max(5),
  refugees: z.number().int().min(0).max(5),
  units: z.record(z.string(), UnitCountsSchema),
  /** The hostile neighbour borders this region. */
  border: z.boolean().default(false),
  source,
});

export const AgendaSchema = z.object({
  id,
  text: z.string().min(10),
  /** Machine-checkable condition at the end of the game. */
  condition: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('trackAtLeast'), track: TrackIdSchema, value: z.number().int() }),
    z.object({ kind: z.literal('trackAtMost'), track: TrackIdSchema, value: z.number().int() }),
    z.object({ kind: z.literal('fundsAtLeast'), value: z.number().int() }),
    z.object({ kind: z.literal('unitsAtLeast'), value: z.number().int() }),
    z.object({ kind: z.literal('cachesAtLeast'), value: z.number().int() }),
    z.object({ kind: z.literal('pledgesHonoured'), value: z.number().int() }),
    z.object({ kind: z.literal('noPledgeBroken') }),
    z.object({ kind: z.literal('approvalAtLeast'), value: z.number().int() }),
    z.object({ kind: z.literal('regionStable'), region: id, value: z.number().int() }),
    z.object({ kind: z.literal('inducedAtLeast'), value: z.number().int() }),
    z.object({ kind: z.literal('politicalLead') }),
    /** Made at least `value` pledges and broke none. */
    z.object({ kind: z.literal('pledgesKept'), value: z.number().int().min(1) }),
    z.object({ kind: z.literal('smuggledAtLeast'), value: z.number().int().min(1) }),
    z.object({ kind: z.literal('credibilityAtLeast'), value: z.number().int().min(1).max(10) }),
  ]),
  points: z.number().int().min(1).max(10),
  source,
});
export type Agenda = z.infer<typeof AgendaSchema>;

export const RoleSchema = z.object({
  id,
  name: z.string().min(2),
  kind: z.enum(['faction', 'spoiler', 'guarantor']),
  objective: z.string().min(10),
  powers: z.string().min(10),
  fears: z.string().min(10),
  /** Resources at the start and income per round. */
  funds: z.number().int().min(0),
  income: z.number().int().min(0),
  /** Faction start Fear; guarantor capability, will and domestic approval (0..10). */
  fear: z.number().int().min(0).max(10).default(0),
  capability: z.number().int().min(0).max(10).default(0),
  will: z.number().int().min(0).max(10).default(0),
  approval: z.number().int().min(0).max(10).default(0),
  militancy: z.number().int().min(0).max(10).default(0),
  /** Guarantor: UN legitimacy lets it endorse pledges and vote enforcement. */
  un: z.boolean().default(false),
  /**
   * Spoiler: the hidden types it may be dealt (default all three). Several spoilers in one scenario are
   * dealt different types while the lists allow it.
   */
  types: z
    .array(z.enum(['limited', 'greedy', 'total']))
    .min(1)
    .optional(),
  agendas: z.array(AgendaSchema).min(1),
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
  type: z.enum(orderTypes),
  label: z.string().min(3),
  kinds: z.array(z.enum(['faction', 'spoiler', 'guarantor'])).min(1),
  /** Only these role ids may use it (e.g. reform is the Government's); empty = every role of the kinds. */
  roles: z.array(id).default([]),
  cost: z.number().int().min(0),
  /** Guarantor forces it needs this round, out of its free capability (seed 003: capability). */
  capability: z.number().int().min(0).default(0),
  explain: z.string().min(10),
  source,
});
export type ActionDef = z.infer<typeof ActionSchema>;

export const SpoilerTypeEffectSchema = z.object({
  militancy: z.number().int(),
  cash: z.number().int(),
  units: z.number().int(),
});
export const SpoilerTypeSchema = z.object({
  name: z.enum(['limited', 'greedy', 'total']),
  text: z.string().min(10),
  induce: SpoilerTypeEffectSchema,
  socialize: SpoilerTypeEffectSchema,
  coerce: SpoilerTypeEffectSchema,
  source,
});

export const TuningSchema = z.object({
  rounds: z.number().int().min(1).max(20),
  tensionMax: z.number().int().min(5).max(40),
  trackMax: z.number().int().min(5).max(20),
  actionsPerRound: z.number().int().min(1).max(6),
  /** Fear at or above which a faction's commanders refuse to canton or disarm (Walter). */
  fearBlocksDdr: z.number().int().min(1).max(10),
  /** Chance (percent) that a rumour from an unmonitored region is false. */
  falseRumourPercent: z.number().int().min(0).max(100),
  /** Monitor teams each guarantor can field at once (verification is finite). */
  monitorTeams: z.number().int().min(1).max(20).default(3),
  /** Support the hostile neighbour gives the spoiler each round while not sanctioned. */
  neighbourSupport: z.number().int().min(0),
  /** What a pledge sets aside for its term, by response (the funds pay for honouring it). */
  pledges: z
    .object({
      term: z.number().int().min(1).max(10),
      force: z.object({ capability: z.number().int().min(0), funds: z.number().int().min(0) }),
      sanctions: z.object({ capability: z.number().int().min(0), funds: z.number().int().min(0) }),
    })
    .default({ term: 3, force: { capability: 2, funds: 2 }, sanctions: { capability: 0, funds: 1 } }),
  /** Durable grade thresholds. */
  durable: z.object({
    tensionAtMost: z.number().int(),
    ddrAtLeast: z.number().int(),
    electionAtLeast: z.number().int(),
    /** Security-sector reform done (seed 000: institution building, police and army reform). */
    reformAtLeast: z.number().int().default(0),
    /** Recovery kept pace: expectations at most this far ahead of reconstruction (seed 000). */
    recoveryGapAtMost: z.number().int().default(10),
  }),
});

/** The grades a game can end in (the real case's outcome is told in the same words). */
export const gradeIds = ['durable', 'fragile', 'collapsed'] as const;

/** What happened in the real peace process a scenario follows (or why it follows none). */
export const RealCaseSchema = z.strictObject({
  /** The case, e.g. "Mozambique, General Peace Agreement (Rome, 1992)". */
  name: z.string().min(5),
  /** How the real transition ended, in the game's grades (compared with the table's in the debrief). */
  outcome: z.enum(gradeIds),
  /** What happened, in a few plain paragraphs. */
  text: z.string().min(40),
  /** Public sources a teacher can look up. */
  sources: z.array(z.string().min(5)).min(1),
});

/** A model claim of `npm run simulate -- --check` that does not apply to this scenario, and why. */
export const ClaimExemptionSchema = z.strictObject({
  /** A claim id as check.ts prints it (e.g. `spoiler-type:total`), or a prefix ending in `*`. */
  claim: z.string().regex(/^[a-z][\w:*-]*$/, 'claim is a claim id such as "spoiler-type:*"'),
  reason: z.string().min(15, 'reason must say why the claim does not apply'),
});

export const ScenarioSchema = z
  .object({
    id,
    name: z.string().min(3),
    summary: z.string().min(10),
    /** What the players read before the first round: the situation, the stakes, what to watch. */
    briefing: z.string().min(40),
    /** About how long a game takes at a table, in minutes. */
    minutes: z.number().int().min(10).max(300).optional(),
    realCase: RealCaseSchema.optional(),
    /** Claims of the balance check that do not apply here, each with its reason. */
    claims: z.array(ClaimExemptionSchema).default([]),
    /**
     * The temperaments the factions' and spoilers' bots are drawn from (default: all three). A teaching
     * scenario may leave out the hawks, so a newcomer's first game is not ended by a bot's war.
     */
    botTemperaments: z
      .array(z.enum(['cautious', 'hawkish', 'opportunist']))
      .min(1)
      .optional(),
    tuning: TuningSchema,
    roles: z.array(RoleSchema).min(2).max(7),
    regions: z.array(RegionSchema).min(2).max(8),
    actions: z.array(ActionSchema).min(1),
    spoilerTypes: z.array(SpoilerTypeSchema).length(3),
    events: z.array(CrisisCardSchema).min(1),
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
