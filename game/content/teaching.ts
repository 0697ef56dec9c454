// "First Steps": a three-seat teaching scenario (two factions and one guarantor, five rounds, about 30
// minutes) for a first lesson on the commitment problem: no spoiler, a small map, the default rules.
import {
  actionsWithout,
  baseAgenda,
  baseRegion,
  baseRole,
  cards,
  type ScenarioInput,
  SPOILER_ORDERS,
  spoilerTypes,
} from './parts.ts';

const government = baseRole('government');
const movement = baseRole('movement');
const un = baseRole('un');

export const firstSteps: ScenarioInput = {
  id: 'firstSteps',
  name: 'First Steps',
  summary:
    'Five rounds after a ceasefire between the Government and the Movement, with one UN Mission to watch over it. No spoiler: only the two sides’ fear of each other stands between them and the elections.',
  briefing:
    'A short first game about the commitment problem. Both sides signed a ceasefire, and both want the elections. But a fighter who cantons or disarms cannot defend himself, and orders are secret: you never know whether the other side really gave up its guns. The UN Mission can send monitors (if both sides consent) and make public pledges; its promises are only worth its credibility. Five rounds, then the elections. Talk before you give orders, and watch the Fear tracks.',
  minutes: 30,
  realCase: {
    name: 'No single case: the commitment problem as Barbara Walter describes it',
    outcome: 'fragile',
    text: 'First Steps strips a settlement down to the problem Barbara Walter found at the heart of failed civil-war settlements in the twentieth century: the parties signed, but could not credibly promise not to exploit each other while they demobilized, and settlements held far more often where a third party was willing to guarantee that phase. There is no spoiler and no neighbour here, so the table can see that dilemma on its own. After playing, compare with the Mozambique scenario, where a large UN mission and patient timing helped both sides through it.',
    sources: [
      'Barbara F. Walter, “The Critical Barrier to Civil War Settlement”, International Organization 51 (1997)',
      'Barbara F. Walter, Committing to Peace: The Successful Settlement of Civil Wars (2002)',
    ],
  },
  claims: [
    {
      claim: 'peace',
      reason:
        'a first game is meant to reach the elections (following the advisor, at least 80% of games do); its bots are never hawks, so peace holds far more often than in the full scenarios.',
    },
    {
      claim: 'pledges:*',
      reason:
        'with no spoiler and no hawkish bots, almost nobody attacks, so pledges are rarely put to the test; the claims about honoured and broken pledges are measured in the scenarios with spoilers.',
    },
    {
      claim: 'war:*',
      reason: 'the bots of a first game are never hawks and rarely restart the war, by design.',
    },
    {
      claim: 'spoiler-type:*',
      reason: 'First Steps has no spoiler seat, so there is no hidden spoiler type to win with.',
    },
    {
      claim: 'fixed:un:sanction',
      reason: 'there is no spoiler and no hostile neighbour, so the sanctions order is not in the scenario.',
    },
  ],
  // A first game (issue 10): the bots are cautious or opportunist, never hawks, so a newcomer's game
  // is not ended by a bot's war before the commitment problem has been seen (a game-design choice).
  botTemperaments: ['cautious', 'opportunist'],
  tuning: {
    rounds: 5,
    tensionMax: 9,
    trackMax: 10,
    actionsPerRound: 3,
    fearBlocksDdr: 8,
    falseRumourPercent: 40,
    monitorTeams: 2,
    neighbourSupport: 0,
    durable: {
      tensionAtMost: 5,
      ddrAtLeast: 6,
      electionAtLeast: 5,
      reformAtLeast: 2,
      recoveryGapAtMost: 3,
    },
  },
  roles: [
    {
      ...government,
      agendas: [
        baseAgenda('government', 'govKeepCaches'),
        baseAgenda('government', 'govStableCapital'),
        {
          ...baseAgenda('government', 'govReform'),
          text: 'Push security-sector reform to 3 or more — on your terms.',
          condition: { kind: 'trackAtLeast', track: 'reform', value: 3 },
        },
      ],
    },
    {
      ...movement,
      agendas: [
        baseAgenda('movement', 'movLead'),
        baseAgenda('movement', 'movHiddenCache'),
        baseAgenda('movement', 'movSouthStable'),
      ],
    },
    {
      ...un,
      powers:
        'Deploys monitors and peacekeepers with the parties’ consent (Chapter VI), runs a multidimensional mandate, asks the Council for enforcement (Chapter VII), and is the only guarantor: its pledges are the only ones.',
      // Without a spoiler few attacks test a pledge here, so the tutorial's UN agendas ask for what a
      // first game can reach but not take for granted: reform, full election readiness, approval at home.
      agendas: [
        {
          ...baseAgenda('un', 'unHonour'),
          text: 'Push security-sector reform to 4 or more: the police and army work of your mandate.',
          condition: { kind: 'trackAtLeast', track: 'reform', value: 4 },
          source: {
            seed: '000',
            quote: 'institutional transformation (i.e. police reformation, army readjustment, etc.)',
            idea: 'the multidimensional mandate: police and army reform',
          },
        },
        {
          ...baseAgenda('un', 'unElections'),
          text: 'Bring election readiness to 10, the top of the track.',
          condition: { kind: 'trackAtLeast', track: 'election', value: 10 },
        },
        {
          ...baseAgenda('un', 'unCredible'),
          text: 'End with domestic approval of 7 or more: credibility rests on support at home.',
          condition: { kind: 'approvalAtLeast', value: 7 },
          source: {
            seed: '003',
            quote:
              'the ultimate credibility of a security guarantee often rests on the willingness of domestic actors to back the commitment with resources and resolve',
            idea: 'credibility rests on support at home',
          },
        },
      ],
    },
  ],
  regions: [
    {
      ...baseRegion('capital'),
      x: 50,
      y: 45,
      neighbours: ['north', 'south', 'highlands'],
      units: { government: { active: 3 }, movement: { active: 1 } },
    },
    {
      ...baseRegion('north'),
      x: 52,
      y: 12,
      neighbours: ['capital', 'highlands'],
      units: { government: { active: 2 }, movement: { active: 2 } },
    },
    {
      ...baseRegion('south'),
      x: 55,
      y: 82,
      neighbours: ['capital', 'highlands'],
      units: { government: { active: 1 }, movement: { active: 3 } },
    },
    {
      ...baseRegion('highlands'),
      x: 18,
      y: 50,
      neighbours: ['capital', 'north', 'south'],
      units: { movement: { active: 2 } },
      source: {
        design:
          'the map: a remote region held by the Movement, where nothing is seen unless monitors go there. The seeds name no places.',
      },
    },
  ],
  actions: actionsWithout(...SPOILER_ORDERS),
  spoilerTypes: spoilerTypes(),
  events: cards(
    'assassinationAttempt',
    'cacheRumour',
    'cantonmentSuppliesLate',
    'monitorsWelcomed',
    'localPeaceCommittees',
    'armyIntegrationRow',
    'policeStrike',
    'truthCommissionHearing',
    'electionDateDispute',
    'voterRegistrationDrive',
    'reconstructionMilestone',
    'donorFatigue',
    'unEndorsement',
    'peaceRadio',
  ),
};
