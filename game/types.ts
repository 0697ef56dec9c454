// The readonly state of a Ceasefire match: what G holds, what a seat may see, and the order vocabulary.

export type RoleId = string;
export type RoleKind = 'faction' | 'spoiler' | 'guarantor';
export type SpoilerType = 'limited' | 'greedy' | 'total';
export type Grade = 'durable' | 'fragile' | 'collapsed';
export type PhaseName = 'crisis' | 'negotiation' | 'orders' | 'review';

/** Units of one armed side in one region, by DDR step. */
export interface UnitCounts {
  readonly active: number;
  readonly cantoned: number;
  readonly disarmed: number;
}

export interface RegionState {
  readonly id: string;
  /** Armed units per armed role (factions and spoiler). */
  readonly units: Readonly<Record<RoleId, UnitCounts>>;
  readonly spoils: number;
  readonly stability: number;
  readonly refugees: number;
  /** Monitors and peacekeepers present, by the guarantor that sent them. */
  readonly monitors: Readonly<Record<RoleId, number>>;
  readonly peacekeepers: Readonly<Record<RoleId, number>>;
  /** Which factions consent to a consent-based mission here (Chapter VI). */
  readonly consent: Readonly<Record<RoleId, boolean>>;
  /** Caches that monitors have found: public. Hidden caches live in each role's private state. */
  readonly revealedCaches: Readonly<Record<RoleId, number>>;
  /**
   * In a seat's view of an unmonitored region: the armed roles whose units are shown only as a total
   * (as `active`), because nobody can verify how many are really cantoned or disarmed there.
   */
  readonly unverified?: readonly RoleId[];
  /** Patrolled this round (halves smuggling income). */
  readonly patrolled: boolean;
}

export interface Tracks {
  readonly tension: number;
  readonly ddr: number;
  readonly reform: number;
  readonly election: number;
  readonly reconstruction: number;
  readonly expectations: number;
}
export type TrackId = keyof Tracks;

/** Public state of a seat (everybody sees it). */
export interface PublicRoleState {
  readonly role: RoleId;
  readonly kind: RoleKind;
  /** Political capital / funds / cash, by kind. */
  readonly funds: number;
  /** Faction only: fear of the other faction, 0..10. */
  readonly fear: number;
  /** Faction only: reintegrated fighters now in politics (count towards the elections). */
  readonly reintegrated: number;
  /** Faction only: political strength at the elections. */
  readonly political: number;
  /** Faction only: political strength won by campaigning (at most its reintegrated fighters). */
  readonly campaigned: number;
  /** Guarantor only. */
  readonly capability: number;
  readonly will: number;
  readonly approval: number;
  readonly honoured: number;
  readonly broken: number;
  /** Guarantor only: the round it announced it will leave, if any. */
  readonly exitRound: number | null;
  /** Spoiler only: how committed to violence it is now, 0..10; -1 in the views of other seats. */
  readonly militancy: number;
  readonly recruits: number;
  /** Whether the seat has sent its orders this round (not what they are). */
  readonly ordersIn: boolean;
  readonly ready: boolean;
}

/** Private state of a seat: only that seat and the facilitator see it. */
export interface PrivateRoleState {
  readonly agenda: string;
  /** Hidden weapons caches per region id. */
  readonly caches: Readonly<Record<string, number>>;
  /** Spoiler only. */
  readonly spoilerType: SpoilerType | null;
  /** Orders queued for this round, not yet revealed. */
  readonly orders: readonly Order[];
  /** The orders this seat gave last round (its own record; revealed to all at the end). */
  readonly lastOrders: readonly Order[];
  /** Inducements this spoiler received (limited spoilers score on it). */
  readonly induced: number;
  /** Spoils this spoiler has taken by smuggling over the game (greedy spoilers score on it). */
  readonly smuggled: number;
}

export type Order =
  | { readonly type: 'canton'; readonly region: string; readonly count: number }
  | { readonly type: 'disarm'; readonly region: string; readonly count: number }
  | { readonly type: 'reintegrate'; readonly region: string; readonly count: number }
  | { readonly type: 'rearm'; readonly region: string; readonly count: number }
  | { readonly type: 'cache'; readonly region: string }
  | { readonly type: 'attack'; readonly region: string; readonly target: RoleId }
  | { readonly type: 'patrol'; readonly region: string }
  | { readonly type: 'reconstruct'; readonly region: string }
  | { readonly type: 'campaign' }
  | { readonly type: 'reform' }
  | { readonly type: 'consent'; readonly region: string; readonly grant: boolean }
  | { readonly type: 'recruit'; readonly region: string }
  | { readonly type: 'smuggle'; readonly region: string }
  | { readonly type: 'intimidate'; readonly region: string }
  | { readonly type: 'monitors'; readonly region: string }
  | { readonly type: 'peacekeepers'; readonly region: string }
  | { readonly type: 'withdraw'; readonly region: string }
  | { readonly type: 'enforce'; readonly region: string }
  | { readonly type: 'aid'; readonly region: string }
  | { readonly type: 'mandate' }
  // Custodian strategies (Stedman) work on one spoiler: `target` names it when the scenario has
  // several (with one, it may be left out).
  | { readonly type: 'induce'; readonly target?: RoleId }
  | { readonly type: 'socialize'; readonly target?: RoleId }
  | { readonly type: 'coerce'; readonly target?: RoleId }
  | { readonly type: 'sanction' }
  | { readonly type: 'move'; readonly region: string; readonly to: string; readonly count: number }
  | { readonly type: 'hold' };
export type OrderType = Order['type'];

export type PledgeResponse = 'force' | 'sanctions';
export type PledgeTrigger = 'attack' | 'violation';

export interface Pledge {
  readonly id: number;
  readonly round: number;
  readonly guarantor: RoleId;
  /** The faction protected, or 'all' for an impartial pledge. */
  readonly protects: RoleId | 'all';
  /** A region id or 'any'. */
  readonly region: string;
  readonly trigger: PledgeTrigger;
  readonly response: PledgeResponse;
  readonly unEndorsed: boolean;
  /** Weight at the time it was made (credibility x strength of what is reserved, Dowty). */
  readonly weight: number;
  /** What the guarantor set aside for its term: forces (capability) and the funds to honour it. */
  readonly reserved: { readonly capability: number; readonly funds: number };
  /** The last round it is in force (renewable). */
  readonly expires: number;
  /** Fear it has taken off the protected side so far (given back, and more, if it is broken). */
  readonly relief: number;
  /** How often it was triggered and honoured (a tested pledge reassures more). */
  readonly honouredTimes: number;
  /** active: in force; triggered: waiting for the guarantor's answer; the rest are over. */
  readonly status: 'active' | 'triggered' | 'broken' | 'withdrawn' | 'expired';
  /** When triggered: who violated it. */
  readonly violator: RoleId | null;
  readonly triggerRegion: string | null;
}

export interface OfferTerm {
  readonly kind: 'funds' | 'canton' | 'consent' | 'noAttack' | 'inducement' | 'text';
  readonly amount?: number;
  readonly region?: string;
  readonly text?: string;
}

export interface Offer {
  readonly id: number;
  readonly round: number;
  readonly from: RoleId;
  readonly to: RoleId;
  /** A private offer is seen only by the two seats (and the facilitator). */
  readonly private: boolean;
  readonly give: readonly OfferTerm[];
  readonly ask: readonly OfferTerm[];
  readonly status: 'open' | 'accepted' | 'refused' | 'withdrawn' | 'expired';
}

export interface HistoryEntry {
  readonly round: number;
  readonly phase: PhaseName | 'resolution' | 'end';
  /** Which step of the documented resolution order, if any. */
  readonly step?: string;
  readonly text: string;
  /** Roles that may read this entry; absent = everybody. */
  readonly visibleTo?: readonly RoleId[];
}

/**
 * One change of a number a player can see (a track, Fear, funds, credibility...) and its cause, in
 * plain words. `key` is a track id, or `fear:ROLE`, `funds:ROLE`, `approval:ROLE`, `will:ROLE`,
 * `capability:ROLE`, `credibility:ROLE`, `militancy:ROLE`, `stability:REGION`. Secret causes carry
 * the seats that may read them.
 */
export interface LedgerEntry {
  readonly round: number;
  readonly phase: PhaseName | 'resolution' | 'end';
  readonly key: string;
  readonly delta: number;
  readonly cause: string;
  readonly visibleTo?: readonly RoleId[];
}

/** How a resumed war ended: decided by the forces each side could field (Doyle & Sambanis). */
export interface WarResult {
  readonly resumer: RoleId;
  readonly opponent: RoleId;
  readonly strength: number;
  readonly opposing: number;
  /** Guarantor force pledged to the opponent that joined the fight. */
  readonly intervention: number;
  readonly resumerWon: boolean;
}

export interface RoundSnapshot {
  readonly round: number;
  readonly tracks: Tracks;
  readonly fear: Readonly<Record<RoleId, number>>;
  readonly approval: Readonly<Record<RoleId, number>>;
  readonly credibility: Readonly<Record<RoleId, number>>;
}

export interface CrisisState {
  readonly card: string;
  /** Role that must choose, and the option chosen. */
  readonly chooser: RoleId | null;
  readonly choice: string | null;
}

export interface Score {
  readonly role: RoleId;
  readonly objective: boolean;
  readonly agenda: boolean;
  readonly points: number;
  readonly won: boolean;
  readonly reasons: readonly string[];
}

export interface Result {
  readonly grade: Grade;
  readonly cause: string;
  /** Elections held: the faction that won them (null: not held). */
  readonly electionWinner: RoleId | null;
  /** A resumed war and how it ended. */
  readonly war: WarResult | null;
  readonly scores: readonly Score[];
  /** Every secret, revealed at the end for the debrief. */
  readonly revealed: Readonly<Record<RoleId, PrivateRoleState>>;
  /** Elections called before the last round: by the facilitator, or by the lesson clock (game/clock.ts). */
  readonly calledEarly?: EarlyElections;
}

/** Who called the elections early: the facilitator, the lesson clock (no time for a full round), or its deadline. */
export type EarlyElections = 'facilitator' | 'clock' | 'deadline';

export interface Options {
  /** One-sided pledges raise the other faction's Fear (security envy). */
  readonly securityEnvy: boolean;
  readonly rounds: number;
}

export interface GameState {
  readonly scenario: string;
  readonly options: Options;
  /** playerID -> role id, in seat order. */
  readonly seats: readonly RoleId[];
  readonly round: number;
  readonly tracks: Tracks;
  readonly regions: readonly RegionState[];
  readonly roles: Readonly<Record<RoleId, PublicRoleState>>;
  /** Every seat's secrets; playerView removes the ones a viewer may not see. */
  readonly secret: Readonly<Record<RoleId, PrivateRoleState>>;
  readonly deck: readonly string[];
  readonly discard: readonly string[];
  readonly crisis: CrisisState | null;
  readonly pledges: readonly Pledge[];
  readonly offers: readonly Offer[];
  readonly nextId: number;
  readonly history: readonly HistoryEntry[];
  /** Every change of a visible number with its cause (the review and the debrief explain from it). */
  readonly ledger: readonly LedgerEntry[];
  /** DDR points from crisis cards (the DDR track is otherwise computed from the fighters). */
  readonly ddrAdjust: number;
  readonly snapshots: readonly RoundSnapshot[];
  /** Effects of the current crisis card that last this round (e.g. donor fatigue). */
  readonly modifiers: readonly string[];
  /** The neighbour is sanctioned (cuts its support to the spoiler) for this many more rounds. */
  readonly neighbourSanctioned: number;
  readonly result: Result | null;
}
