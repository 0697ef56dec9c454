// zod schemas of every REST body the server accepts, and parseBody(): a body that does not fit is a
// 400 `bad_request` naming the first field that is wrong, before any handler looks at it.
import { z } from 'zod';

/** Deepest nesting accepted anywhere in a body (setupData, player data ...). */
export const MAX_JSON_DEPTH = 8;
/** Most keys or items in one object or array of such free-form data. */
export const MAX_JSON_WIDTH = 200;

export class BodyError extends Error {
  readonly status = 400;
  readonly code = 'bad_request';
}

/** A JSON value no deeper than MAX_JSON_DEPTH and no wider than MAX_JSON_WIDTH (checked without recursion). */
export function boundedJson(value: unknown, maxDepth = MAX_JSON_DEPTH): string | null {
  const stack: { v: unknown; depth: number }[] = [{ v: value, depth: 0 }];
  while (stack.length > 0) {
    const { v, depth } = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= maxDepth) return `is nested deeper than ${maxDepth} levels`;
    const children = Array.isArray(v) ? v : Object.values(v);
    if (children.length > MAX_JSON_WIDTH) return `has more than ${MAX_JSON_WIDTH} entries in one place`;
    for (const c of children) stack.push({ v: c, depth: depth + 1 });
  }
  return null;
}

const json = z.unknown().superRefine((v, ctx) => {
  const why = boundedJson(v);
  if (why) ctx.addIssue({ code: 'custom', message: why });
});

export const playerIDField = z.union([
  z.string().regex(/^\d{1,2}$/, 'must be a seat number'),
  z
    .number()
    .int()
    .min(0)
    .max(99)
    .transform((n) => String(n)),
]);
const nameField = z.string().trim().min(1, 'is required').max(40, 'is at most 40 characters');
const secretField = z.string().min(1).max(200);
const policyName = z.string().regex(/^[\w-]{1,40}$/, 'is a policy name (letters, digits, - and _)');
export const botConfigField = z.object({ policy: policyName.optional(), difficulty: policyName.optional() });

/** Whatever may name a host or facilitator credential in a body. */
const authFields = {
  hostToken: secretField.optional(),
  facilitatorToken: secretField.optional(),
  credentials: secretField.optional(),
};

export const createBody = z.object({
  numPlayers: z
    .union([
      z.number().int(),
      z
        .string()
        .regex(/^\d{1,2}$/)
        .transform(Number),
    ])
    .optional(),
  setupData: json.optional(),
  /** boardgame.io's flag; listing is off anyway unless `public` is true. */
  unlisted: z.boolean().optional(),
  /** List the table in `GET /games/<name>` (off by default). */
  public: z.boolean().optional(),
  bots: z.union([z.array(playerIDField).max(20), z.record(z.string(), botConfigField)]).optional(),
  /** A solo table: this person takes this seat now, bots play every other seat, no one else joins. */
  solo: z.object({ playerID: playerIDField, name: nameField }).optional(),
});

export const joinBody = z.object({
  playerName: nameField,
  playerID: playerIDField.optional(),
  data: json.optional(),
  ...authFields,
});

export const seatActionBody = z.object({ playerID: playerIDField, ...authFields });

export const playAgainBody = z.object({
  playerID: playerIDField,
  credentials: secretField.optional(),
  numPlayers: z
    .union([
      z.number().int(),
      z
        .string()
        .regex(/^\d{1,2}$/)
        .transform(Number),
    ])
    .optional(),
  setupData: json.optional(),
  unlisted: z.boolean().optional(),
});

export const updateBody = z
  .object({
    playerID: playerIDField,
    credentials: secretField.optional(),
    newName: nameField.optional(),
    data: json.optional(),
  })
  .refine((b) => b.newName !== undefined || b.data !== undefined, 'newName or data is required');

export const codeJoinBody = z
  .object({
    name: nameField.optional(),
    playerName: nameField.optional(),
    playerID: playerIDField.optional(),
    ...authFields,
  })
  .refine((b) => b.name !== undefined || b.playerName !== undefined, 'name is required');

export const claimBody = z
  .object({ name: nameField.optional(), playerName: nameField.optional(), ...authFields })
  .refine((b) => b.name !== undefined || b.playerName !== undefined, 'name is required');

export const botBody = z.object({ ...authFields, ...botConfigField.shape });

/** Any object body of bounded depth (routes that check their fields themselves). */
export const anyBody = z.record(z.string(), json);

/** POST /api/sessions: a class. */
export const sessionBody = z.object({
  tables: z.number().int().min(1, 'is at least 1').max(12, 'is at most 12'),
  scenario: z.string().max(60).optional(),
  bots: z.array(z.array(playerIDField).max(20)).max(12).optional(),
  difficulty: policyName.optional(),
  /** Scenario variables (game/variables.ts), checked against the scenario by the controller. */
  variables: json.optional(),
  /** The lesson clock: finish by this time (ms since the epoch, the teacher's local time converted). */
  finishAt: z.number().int('is a whole number of milliseconds').positive().nullable().optional(),
  /** An uploaded scenario: checked field by field by game/content/validate.ts (every problem listed). */
  scenarioData: z.record(z.string(), z.unknown()).optional(),
});

/** Class settings from the console: the role order and the lesson clock (null clears it). */
export const settingsBody = z.object({
  /** Checked against the scenario's roles by the controller (checkRoleOrder). */
  roleOrder: z.unknown().optional(),
  finishAt: z.number().int('is a whole number of milliseconds').positive().nullable().optional(),
});

/** POST /api/sessions/:code/whatif: re-run a table from a round, N times, with one change. */
const whatIfRole = z.string().min(1).max(40);
export const whatIfChange = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('none') }),
    z.strictObject({ kind: z.literal('pledges'), role: whatIfRole, answer: z.enum(['honour', 'break']) }),
    z.strictObject({ kind: z.literal('monitors'), role: whatIfRole, region: z.string().min(1).max(40) }),
    z.strictObject({
      kind: z.literal('spoilerType'),
      role: whatIfRole,
      type: z.enum(['limited', 'greedy', 'total']),
    }),
  ],
  { error: 'is not a known change (none, pledges, monitors, spoilerType) with its fields' },
);
export const whatIfBody = z.strictObject({
  table: z.number().int().min(0, 'is a table index from 0'),
  round: z.number().int(),
  runs: z.number().int().min(1, 'is at least 1'),
  seed: z.union([z.string().min(1).max(64), z.number().int()]).optional(),
  change: whatIfChange.optional(),
  /** A shorter wall-clock limit for this job (seconds; at most the server's). */
  seconds: z.number().positive('is more than 0').optional(),
});

/** Parses a request body (absent = {}); throws BodyError with the first wrong field. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  const value = body === undefined || body === null || body === '' ? {} : body;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new BodyError('The request body must be a JSON object.');
  }
  // The whole body first (unknown fields included, which the schemas would only drop).
  const tooDeep = boundedJson(value, MAX_JSON_DEPTH + 4);
  if (tooDeep) throw new BodyError(`The body ${tooDeep}.`);
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const where = issue.path.length > 0 ? issue.path.join('.') : 'The body';
  const what =
    issue.code === 'invalid_type'
      ? `must be ${issue.expected === 'object' || issue.expected === 'array' ? 'an' : 'a'} ${issue.expected}`
      : issue.message;
  throw new BodyError(`${where} ${what}.`);
}
