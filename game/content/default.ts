// The default scenario "Fragile Accord": five seats, seven regions, the action catalogue and tuning.
import type { z } from 'zod';
import { events } from './events.ts';
import type { ScenarioSchema } from './schema.ts';

type ScenarioInput = z.input<typeof ScenarioSchema>;

const W97 = 'Walter (1997, 1999), seed 000: the commitment problem during demobilization';
const SRC = 'Stedman, Rothchild & Cousens (2002), seed 000: spoilers, hostile neighbours and spoils';

export const defaultScenario: ScenarioInput = {
  id: 'fragileAccord',
  name: 'Fragile Accord',
  summary:
    'Eight rounds after a ceasefire between the Government and the Movement. The fighters must be cantoned, disarmed and reintegrated before the elections, while a splinter militia feeds on the mines and the border.',
  // Tuned with the balance benchmark (npm run simulate; docs/balance.md): all-normal bots keep the peace in
  // about half the games, and passive guarantors in far fewer, as the sources argue.
  tuning: {
    rounds: 8,
    tensionMax: 11,
    trackMax: 10,
    actionsPerRound: 3,
    fearBlocksDdr: 8,
    falseRumourPercent: 45,
    neighbourSupport: 2,
    durable: {
      tensionAtMost: 5,
      ddrAtLeast: 7,
      electionAtLeast: 6,
      reformAtLeast: 3,
      recoveryGapAtMost: 3,
    },
  },
  roles: [
    {
      id: 'government',
      name: 'Government',
      kind: 'faction',
      objective:
        'Keep power: the elections are held and you win them (at least as much political strength as the Movement). If the Movement restarts the war, win it.',
      powers:
        'Commands the army, funds the state budget, runs police and army reform, grants or refuses consent to missions.',
      fears:
        'That the Movement keeps fighters in the hinterland and takes the capital once the army is cantoned.',
      funds: 4,
      income: 2,
      fear: 6,
      agendas: [
        {
          id: 'govKeepCaches',
          text: 'Keep at least 2 hidden weapons caches until the end, just in case.',
          condition: { kind: 'cachesAtLeast', value: 2 },
          points: 3,
          source:
            'Seed 000 (security dilemma, Hobbes quote): deterrence strategies kept despite the dilemma they create.',
        },
        {
          id: 'govStableCapital',
          text: 'End with the capital at stability 4 or more.',
          condition: { kind: 'regionStable', region: 'capital', value: 4 },
          points: 3,
          source: 'Call & Stanley (seed 000): rebuilding security institutions that protect the public.',
        },
        {
          id: 'govReform',
          text: 'Push security-sector reform to 5 or more — on your terms.',
          condition: { kind: 'trackAtLeast', track: 'reform', value: 5 },
          points: 3,
          source: 'Seed 000: multidimensional missions include police reformation and army readjustment.',
        },
      ],
      source: `${W97}; Zartman (seed 000): re-concentrating central power after civil war.`,
    },
    {
      id: 'movement',
      name: 'Movement',
      kind: 'faction',
      objective:
        'Become a political party: the elections are held with your political strength at 5 or more and your Fear of the Government at 6 or less. If you restart the war, you must win it.',
      powers:
        'Commands the rebel fighters in the hinterland; chooses when and where they canton, disarm and reintegrate.',
      fears:
        'Being disarmed first and then hunted down by the army — the weaker party is most exposed during DDR.',
      funds: 3,
      income: 2,
      fear: 7,
      agendas: [
        {
          id: 'movLead',
          text: 'Win the elections outright: finish with more political strength than the Government.',
          condition: { kind: 'politicalLead' },
          points: 4,
          source: 'Stedman, Rothchild & Cousens (seed 000): warring armies evolving into political parties.',
        },
        {
          id: 'movHiddenCache',
          text: 'Keep at least 1 hidden cache to the end as insurance.',
          condition: { kind: 'cachesAtLeast', value: 1 },
          points: 3,
          source: `${W97}: the weaker party seeks insurance against a reintegrated order.`,
        },
        {
          id: 'movSouthStable',
          text: 'End with your home region, the South, at stability 4 or more.',
          condition: { kind: 'regionStable', region: 'south', value: 4 },
          points: 3,
          source: 'Call & Stanley (seed 000): security of disarmed former combatants and returning refugees.',
        },
      ],
      source: `${W97}; Doyle & Sambanis (2000), seed 000: war recurs when its expected utility beats peace.`,
    },
    {
      id: 'spoiler',
      name: 'Spoiler',
      kind: 'spoiler',
      objective:
        'Your hidden type decides: a limited spoiler wants a seat at the table (2 inducements and no collapse), a greedy one wants the spoils (take 8 by smuggling), a total one wants the deal to collapse.',
      powers:
        'Recruits unreintegrated fighters, smuggles from the mines and across the border, ambushes and intimidates.',
      fears:
        'Coercion by the guarantors, sanctions on its neighbour patron, and a peace that leaves it nothing.',
      funds: 0,
      income: 0,
      militancy: 6,
      agendas: [
        {
          id: 'spoRich',
          text: 'End with at least 10 cash.',
          condition: { kind: 'fundsAtLeast', value: 10 },
          points: 3,
          source: `${SRC}: spoils are valuable, easily tradable commodities.`,
        },
        {
          id: 'spoArmed',
          text: 'End with at least 4 active fighters.',
          condition: { kind: 'unitsAtLeast', value: 4 },
          points: 3,
          source: `${SRC}: spoilers use violence to undermine the agreement.`,
        },
        {
          id: 'spoTension',
          text: 'End with Tension at 8 or more, whatever else happens.',
          condition: { kind: 'trackAtLeast', track: 'tension', value: 8 },
          points: 3,
          source: 'Seed 000: elements within each side would rather not see peace prevail.',
        },
      ],
      source: SRC,
    },
    {
      id: 'un',
      name: 'UN Mission',
      kind: 'guarantor',
      objective:
        'See the transition through: the outcome is durable, or fragile with your credibility at 6 or more.',
      powers:
        'Deploys monitors and peacekeepers with the parties’ consent (Chapter VI), runs a multidimensional mandate, asks the Council for enforcement (Chapter VII), endorses impartial pledges.',
      fears: 'Consent withdrawn, a Council deadlock, donor fatigue, and promises it cannot keep.',
      funds: 4,
      income: 3,
      capability: 5,
      will: 6,
      approval: 6,
      un: true,
      agendas: [
        {
          id: 'unHonour',
          text: 'Honour at least 2 pledges.',
          condition: { kind: 'pledgesHonoured', value: 2 },
          points: 3,
          source:
            'Dowty (seed 000): credibility is the probability of action times the strength of the pledge.',
        },
        {
          id: 'unElections',
          text: 'Bring election readiness to 6 or more.',
          condition: { kind: 'trackAtLeast', track: 'election', value: 6 },
          points: 3,
          source: 'Seed 000: election monitoring as an assurance; demilitarization of politics.',
        },
        {
          id: 'unCredible',
          text: 'End with credibility of 7 or more: forces, will and approval intact, and a record of promises kept.',
          condition: { kind: 'credibilityAtLeast', value: 7 },
          points: 3,
          source: 'Seed 000: empty promises do more harm than none.',
        },
      ],
      source: 'Doyle (2000), seed 000: Chapter VI, multidimensional and Chapter VII missions; UN legitimacy.',
    },
    {
      id: 'regional',
      name: 'Regional Power',
      kind: 'guarantor',
      objective:
        'Keep the region quiet at a price your voters accept: no collapse, domestic approval of 4 or more, and the spoiler contained (5 or fewer active fighters) at the end.',
      powers:
        'Strong forces and money: pledges with force, patrols, enforcement, aid, sanctions on the hostile neighbour.',
      fears:
        'Casualties and costs that drain approval at home, entanglement, allies who free-ride on its guarantee.',
      funds: 5,
      income: 3,
      capability: 8,
      will: 5,
      approval: 6,
      agendas: [
        {
          id: 'regApproval',
          text: 'End with domestic approval of 6 or more.',
          condition: { kind: 'approvalAtLeast', value: 6 },
          points: 3,
          source: 'Overview (seed 003): domestic approval and budgets sustain a guarantee.',
        },
        {
          id: 'regMines',
          text: 'End with the mines at stability 4 or more (your firms want the concessions).',
          condition: { kind: 'regionStable', region: 'mines', value: 4 },
          points: 3,
          source: 'Pelcovits (seed 000): what counts most is the protector’s own self-interest.',
        },
        {
          id: 'regCheap',
          text: 'End with at least 6 funds unspent (burden-sharing: let others pay).',
          condition: { kind: 'fundsAtLeast', value: 6 },
          points: 3,
          source: 'Overview (seed 003): burden-sharing and free-riding.',
        },
      ],
      source:
        'Overview (seed 003): capability, political will and domestic processes; entanglement and exit.',
    },
  ],
  regions: [
    {
      id: 'capital',
      name: 'Capital',
      x: 50,
      y: 45,
      neighbours: ['north', 'south', 'delta', 'highlands'],
      spoils: 0,
      stability: 4,
      refugees: 0,
      units: { government: { active: 4 }, movement: { active: 1 } },
      source: 'Zartman (seed 000): the capital as the seat of re-concentrated central power.',
    },
    {
      id: 'north',
      name: 'North',
      x: 48,
      y: 12,
      neighbours: ['capital', 'mines', 'border'],
      spoils: 0,
      stability: 3,
      refugees: 1,
      units: { government: { active: 2 }, movement: { active: 2 } },
      source: `${W97}: contested zones where both sides fear a surprise attack.`,
    },
    {
      id: 'south',
      name: 'South',
      x: 50,
      y: 82,
      neighbours: ['capital', 'delta', 'highlands'],
      spoils: 0,
      stability: 2,
      refugees: 2,
      units: { government: { active: 1 }, movement: { active: 4 } },
      source: 'Seed 000: the rebel hinterland, most exposed during demobilization.',
    },
    {
      id: 'mines',
      name: 'Mines',
      x: 20,
      y: 22,
      neighbours: ['north', 'highlands', 'border'],
      spoils: 3,
      stability: 2,
      refugees: 1,
      units: { government: { active: 1 }, movement: { active: 1 }, spoiler: { active: 2 } },
      source: `${SRC}: lootable spoils fund spoilers.`,
    },
    {
      id: 'border',
      name: 'Border',
      x: 82,
      y: 20,
      neighbours: ['north', 'mines', 'delta'],
      spoils: 2,
      stability: 2,
      refugees: 2,
      border: true,
      units: { government: { active: 1 }, spoiler: { active: 2 } },
      source: `${SRC}: a hostile neighbouring state and a smuggling route.`,
    },
    {
      id: 'delta',
      name: 'Delta',
      x: 82,
      y: 62,
      neighbours: ['capital', 'south', 'border'],
      spoils: 1,
      stability: 3,
      refugees: 1,
      units: { government: { active: 1 }, movement: { active: 1 } },
      source: 'Call & Stanley (seed 000): returning refugees and vulnerable groups.',
    },
    {
      id: 'highlands',
      name: 'Highlands',
      x: 18,
      y: 65,
      neighbours: ['capital', 'mines', 'south'],
      spoils: 0,
      stability: 3,
      refugees: 1,
      units: { movement: { active: 2 }, spoiler: { active: 1 } },
      source: 'Seed 000: remote areas where violations go unseen without monitors.',
    },
  ],
  actions: [
    {
      type: 'canton',
      label: 'Canton fighters',
      kinds: ['faction'],
      cost: 0,
      explain:
        'Move active fighters into cantonment sites. Raises DDR. Cantoned fighters cannot defend. If monitors are present, the other side sees it verified and its Fear falls.',
      source: `${W97}; Stedman, Rothchild & Cousens: first demobilize soldiers.`,
    },
    {
      type: 'disarm',
      label: 'Disarm cantoned fighters',
      kinds: ['faction'],
      cost: 1,
      explain:
        'Hand in the weapons of cantoned fighters. Verified by monitors, it lowers the other side’s Fear. Disarmed fighters left waiting may be recruited by the spoiler.',
      source: 'Seed 000: demobilization, disarmament and reintegration (DDR) programmes.',
    },
    {
      type: 'reintegrate',
      label: 'Reintegrate disarmed fighters',
      kinds: ['faction'],
      cost: 1,
      explain:
        'Give disarmed fighters jobs and a place in politics: each becomes political strength for the elections. Fails if reconstruction lags far behind expectations.',
      source:
        'Stedman, Rothchild & Cousens (seed 000): demilitarize politics, armies become parties; Call & Stanley: services for former combatants.',
    },
    {
      type: 'rearm',
      label: 'Rearm fighters',
      kinds: ['faction'],
      cost: 1,
      explain:
        'Take cantoned or disarmed fighters back to active duty. A violation: raises Tension and, if seen or rumoured, the other side’s Fear.',
      source: 'Seed 000 (Hobbes, security dilemma): defensive rearming looks offensive.',
    },
    {
      type: 'cache',
      label: 'Hide a weapons cache',
      kinds: ['faction'],
      cost: 1,
      explain:
        'Hide weapons in a region. A cache lets you rearm there later at no cost. Monitors find caches, which raises the other side’s Fear and Tension.',
      source: 'Seed 000: warring factions resort to deterrence strategies despite the dilemma they create.',
    },
    {
      type: 'attack',
      label: 'Attack',
      kinds: ['faction', 'spoiler'],
      cost: 0,
      explain:
        'Attack another armed side’s units in a region with your active units. A violation: raises Tension, the victim’s Fear and refugees; triggers pledges. Cantoned fighters cannot defend.',
      source: `${W97}: parties cannot credibly promise not to exploit the other’s demobilization.`,
    },
    {
      type: 'patrol',
      label: 'Patrol',
      kinds: ['faction', 'guarantor'],
      cost: 1,
      capability: 1,
      explain: 'Patrol a region: halves smuggling income there this round and raises stability by 1.',
      source: `${SRC}: coercive strategies such as patrols cut spoils income.`,
    },
    {
      type: 'reconstruct',
      label: 'Rebuild',
      kinds: ['faction'],
      cost: 2,
      explain:
        'Spend on roads, schools and markets in a region: stability +1 and reconstruction +1 (the peace dividend).',
      source: 'Seed 000: civilian expectations for a return to normalcy and the speed of recovery.',
    },
    {
      type: 'campaign',
      label: 'Campaign',
      kinds: ['faction'],
      cost: 2,
      explain: 'Organise as a party: political strength +1 and election readiness +1.',
      source: 'Stedman, Rothchild & Cousens (seed 000): the demilitarization of politics.',
    },
    {
      type: 'reform',
      label: 'Security-sector reform',
      kinds: ['faction'],
      roles: ['government'],
      cost: 2,
      explain:
        'Reform police and army: reform +1 (+2 with a multidimensional mission present), Movement Fear −1.',
      source: 'Seed 000: multidimensional peacekeeping with police reformation and army readjustment.',
    },
    {
      type: 'consent',
      label: 'Grant or withdraw consent',
      kinds: ['faction'],
      cost: 0,
      explain:
        'Chapter VI missions (monitors, peacekeepers) need both factions’ consent in a region. Withdrawing it sends them home at the next resolution.',
      source: 'Doyle (2000), seed 000: traditional peacekeeping with the consent of the parties.',
    },
    {
      type: 'recruit',
      label: 'Recruit fighters',
      kinds: ['spoiler'],
      cost: 3,
      explain:
        'Recruit 1 fighter in a region (2 where disarmed fighters wait without reintegration or stability is 1 or less).',
      source:
        'Seed 000: failed reintegration of former combatants; Stedman, Rothchild & Cousens on spoilers.',
    },
    {
      type: 'smuggle',
      label: 'Smuggle',
      kinds: ['spoiler'],
      cost: 2,
      explain:
        'Take cash from a spoils region where you have fighters: its spoils value, halved if patrolled.',
      source: `${SRC}: spoils — valuable, easily tradable commodities.`,
    },
    {
      type: 'intimidate',
      label: 'Intimidate',
      kinds: ['spoiler'],
      cost: 1,
      explain: 'Threaten voters and officials where you have fighters: stability −1, election readiness −1.',
      source: `${SRC}: spoilers willing to use violence to undermine the agreement.`,
    },
    {
      type: 'monitors',
      label: 'Deploy monitors',
      kinds: ['guarantor'],
      cost: 1,
      explain:
        'Needs both factions’ consent. Monitors verify cantonment and disarmament, find caches and turn rumours into facts in their region.',
      source: 'Seed 000: monitoring and verification reduce uncertainty; Pelcovits on impartial supervision.',
    },
    {
      type: 'peacekeepers',
      label: 'Deploy peacekeepers',
      kinds: ['guarantor'],
      cost: 2,
      capability: 1,
      explain:
        'Needs both factions’ consent. Peacekeepers defend cantoned fighters and civilians (each cancels one attacking unit) and also monitor. Costs domestic approval over time.',
      source:
        'Doyle (2000), seed 000: Chapter VI peacekeeping; Walter on third-party protection during demobilization.',
    },
    {
      type: 'withdraw',
      label: 'Withdraw a mission',
      kinds: ['guarantor'],
      cost: 0,
      explain:
        'Bring monitors and peacekeepers home from a region: saves approval, but protected factions feel exposed.',
      source:
        'Overview (seed 003): exit mechanisms; seed 000: external guarantees cannot remain indefinitely.',
    },
    {
      type: 'enforce',
      label: 'Enforcement (Chapter VII)',
      kinds: ['guarantor'],
      cost: 3,
      capability: 2,
      explain:
        'Strike armed violators and spoiler fighters in a region without consent: removes up to 2 active spoiler units (and units of a side that attacked this round). Costs approval and raises Tension a little. The UN needs a Council vote (blocked by a deadlock).',
      source:
        'Doyle (2000), seed 000: Chapter VII enforcement; Stedman et al.: coercion in difficult environments.',
    },
    {
      type: 'aid',
      label: 'Reconstruction aid',
      kinds: ['guarantor'],
      cost: 2,
      explain: 'Fund recovery in a region: reconstruction +1, stability +1. Halved by donor fatigue.',
      source:
        'Doyle & Sambanis (seed 000): international capacities substitute for limited local capacities.',
    },
    {
      type: 'mandate',
      label: 'Multidimensional mandate',
      kinds: ['guarantor'],
      roles: ['un'],
      cost: 2,
      explain:
        'Police and army reform and election support: reform +1, election readiness +1. Needs monitors or peacekeepers somewhere.',
      source:
        'Seed 000: multidimensional peacekeeping with capacity expansion and institutional transformation.',
    },
    {
      type: 'induce',
      label: 'Induce the spoiler',
      kinds: ['guarantor'],
      cost: 3,
      explain:
        'Offer the spoiler money and a place in the process. Pacifies a limited spoiler, only partly a greedy one, and feeds a total one.',
      source: 'Stedman (seed 000 via Stedman, Rothchild & Cousens): custodian strategies — inducement.',
    },
    {
      type: 'socialize',
      label: 'Socialize the spoiler',
      kinds: ['guarantor'],
      cost: 1,
      explain:
        'Engage its leaders with norms and legitimacy: slowly lowers the militancy of limited and greedy spoilers.',
      source: 'Stedman, Rothchild & Cousens (seed 000): custodian strategies — socialization.',
    },
    {
      type: 'coerce',
      label: 'Coerce the spoiler',
      kinds: ['guarantor'],
      cost: 2,
      capability: 1,
      explain:
        'Threats and force against the spoiler: removes a spoiler unit and cash whatever its type, but costs domestic approval.',
      source:
        'Stedman, Rothchild & Cousens (seed 000): where spoilers and spoils abound, coercion beats CBMs.',
    },
    {
      type: 'sanction',
      label: 'Sanction the neighbour',
      kinds: ['guarantor'],
      cost: 2,
      explain: 'Sanctions on the hostile neighbour stop its support to the spoiler for 2 rounds.',
      source: `${SRC}: neighbouring states hostile to the agreement.`,
    },
    {
      type: 'move',
      label: 'Move fighters',
      kinds: ['faction', 'spoiler'],
      cost: 0,
      explain:
        'Move active fighters to a neighbouring region (before any attack this round). Monitors at either end see it; elsewhere nobody does.',
      source:
        'Design brief: units move between neighbouring regions; exposure depends on who stands next to whom.',
    },
    {
      type: 'hold',
      label: 'Hold',
      kinds: ['faction', 'spoiler', 'guarantor'],
      cost: 0,
      explain: 'Do nothing this round with this order slot.',
      source: 'Design brief: a missing order becomes hold.',
    },
  ],
  spoilerTypes: [
    {
      name: 'limited',
      text: 'Wants a recognised place and limited goals; can be brought in.',
      induce: { militancy: -2, cash: 1, units: 0 },
      socialize: { militancy: -1, cash: 0, units: 0 },
      coerce: { militancy: 0, cash: -1, units: -1 },
      source: 'Stedman (via seed 000): limited spoilers can be accommodated by inducement.',
    },
    {
      name: 'greedy',
      text: 'Weighs costs and gains; takes what is offered and keeps its options open.',
      induce: { militancy: -1, cash: 2, units: 0 },
      socialize: { militancy: -1, cash: 0, units: 0 },
      coerce: { militancy: -1, cash: -2, units: -1 },
      source: 'Stedman (via seed 000): greedy spoilers respond to a mix of inducement and coercion.',
    },
    {
      name: 'total',
      text: 'Sees the peace itself as the enemy; inducements only feed it.',
      induce: { militancy: 1, cash: 2, units: 0 },
      socialize: { militancy: 0, cash: 0, units: 0 },
      coerce: { militancy: 0, cash: -2, units: -1 },
      source:
        'Seed 000: even superpower guarantees may not dissuade spoilers committed to continuing the conflict.',
    },
  ],
  events: events as ScenarioInput['events'],
};
