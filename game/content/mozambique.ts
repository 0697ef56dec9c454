// "Mozambique 1992–94": a case-inspired scenario after the General Peace Accord (Rome, 1992): the FRELIMO
// government and RENAMO, armed bands living off the roads and the mines, a large multidimensional UN
// mission (ONUMOZ) and Zimbabwe's troops on the Beira corridor. Facts from public sources (realCase).
import type { CrisisCardInput } from './events.ts';
import {
  actionsWithout,
  baseAgenda,
  baseRole,
  cards,
  type RegionInput,
  type ScenarioInput,
  spoilerTypes,
} from './parts.ts';

const region = (r: RegionInput): RegionInput => r;

/** Cards of this case (each a documented event of 1992–94; the seeds do not discuss Mozambique). */
const caseCards: CrisisCardInput[] = [
  {
    id: 'trustFund',
    title: 'A trust fund for RENAMO',
    text: 'Donors set up a trust fund, run by the UN, that pays RENAMO’s offices, cars and salaries so that the guerrilla army can turn into a political party.',
    source: {
      seed: '000',
      quote:
        'raise and allocate economic resources in support of peace during the transitional period, external, international assistance or authority is required',
      idea: 'outside money paid a rebel army to become a party',
    },
    effects: [
      { kind: 'funds', role: 'movement', delta: 3 },
      { kind: 'fear', role: 'movement', delta: -1 },
      { kind: 'track', track: 'election', delta: 1 },
    ],
    choice: {
      role: 'un',
      prompt: 'The fund needs more money than the donors gave. Do you top it up?',
      options: [
        {
          id: 'topUp',
          label: 'Top it up from the mission’s budget',
          effects: [
            { kind: 'funds', role: 'un', delta: -2 },
            { kind: 'fear', role: 'movement', delta: -1 },
            { kind: 'track', track: 'election', delta: 1 },
          ],
        },
        {
          id: 'asIs',
          label: 'Leave the fund as it is',
          effects: [{ kind: 'fear', role: 'movement', delta: 1 }],
        },
      ],
    },
  },
  {
    id: 'patronsWithdraw',
    title: 'The old patrons step back',
    text: 'South Africa, which armed RENAMO in the 1980s, has stopped its support and now backs the accord. The armed bands lose their last suppliers across the border.',
    source: {
      design:
        'a card from the Mozambique case: South Africa (and before it Rhodesia) had backed RENAMO and ended that support by the early 1990s. The seeds only name hostile neighbours as a difficulty; this card shows a neighbour turning.',
    },
    effects: [
      { kind: 'sanctionNeighbour', rounds: 3 },
      { kind: 'funds', role: 'spoiler', delta: -2 },
      { kind: 'militancy', delta: -1 },
      { kind: 'fear', role: 'government', delta: -1 },
    ],
  },
  {
    id: 'lateDeployment',
    title: 'The blue helmets are late',
    text: 'Months after the accord, most of the UN’s troops have still not arrived. The assembly areas cannot open and both sides keep their men under arms.',
    source: {
      seed: '000',
      quote:
        'Doyle stresses that transitional authority and necessary resources should be clearly identified in the peace agreement from the outset, rather than when the situation goes awry.',
      idea: 'resources identified late leave a gap',
    },
    effects: [
      { kind: 'track', track: 'tension', delta: 1 },
      { kind: 'fear', role: 'factions', delta: 1 },
    ],
    choice: {
      role: 'un',
      prompt: 'Do you press the Council and the contributors to hurry?',
      options: [
        {
          id: 'hurry',
          label: 'Press them, whatever it costs',
          effects: [
            { kind: 'funds', role: 'un', delta: -2 },
            { kind: 'fear', role: 'factions', delta: -1 },
          ],
        },
        {
          id: 'postponeTimetable',
          label: 'Postpone the timetable instead',
          effects: [
            { kind: 'track', track: 'election', delta: -1 },
            { kind: 'track', track: 'tension', delta: -1 },
          ],
        },
      ],
    },
  },
  {
    id: 'boycottEve',
    title: 'A boycott on the eve of the vote',
    text: 'The night before the polls open, RENAMO’s leader announces a boycott, alleging fraud. Envoys and ambassadors spend the night persuading him.',
    source: {
      design:
        'a card from the Mozambique case: RENAMO withdrew from the October 1994 elections on their eve and came back a day later under international pressure. The seeds do not discuss this episode.',
    },
    effects: [{ kind: 'track', track: 'tension', delta: 1 }],
    choice: {
      role: 'movement',
      prompt: 'Do you take part in the elections?',
      options: [
        {
          id: 'takePart',
          label: 'Take part, with guarantees of a fair count',
          effects: [
            { kind: 'track', track: 'election', delta: 1 },
            { kind: 'track', track: 'tension', delta: -1 },
          ],
        },
        {
          id: 'stayOut',
          label: 'Stay out and denounce the vote',
          effects: [
            { kind: 'track', track: 'election', delta: -2 },
            { kind: 'track', track: 'tension', delta: 2 },
            { kind: 'fear', role: 'government', delta: 1 },
          ],
        },
      ],
    },
  },
];

const government = baseRole('government');
const movement = baseRole('movement');
const spoiler = baseRole('spoiler');
const un = baseRole('un');
const regional = baseRole('regional');

export const mozambique: ScenarioInput = {
  id: 'mozambique',
  name: 'Mozambique 1992–94',
  summary:
    'After sixteen years of war, the General Peace Accord signed in Rome in October 1992: the FRELIMO government and RENAMO must demobilize and face each other at the polls, watched over by a large UN mission.',
  briefing:
    'October 1992. The FRELIMO government and the RENAMO rebels (the Movement of this game) have signed the General Peace Accord in Rome, after two years of talks hosted by the Community of Sant’Egidio. Both armies must gather in assembly areas, hand in their weapons and go home or join a new national army; then elections decide who governs. Drought and war have left the country among the poorest in the world, and armed bands live off the roads and the mines of Manica. The UN Mission (ONUMOZ) is large and runs a multidimensional mandate, but it arrives late; Zimbabwe’s troops guard the Beira corridor and want to go home. The old patrons across the border have stepped back. Eight rounds, about two years: can the table do as well as the real parties did, or better?',
  minutes: 90,
  realCase: {
    name: 'Mozambique, General Peace Accord (Rome, 1992) and ONUMOZ (1992–94)',
    outcome: 'durable',
    text: 'The General Peace Accord was signed in Rome on 4 October 1992 by President Joaquim Chissano (FRELIMO) and Afonso Dhlakama (RENAMO), after talks mediated by the Community of Sant’Egidio with Italy. The UN Security Council set up ONUMOZ (Resolution 797, December 1992): a multidimensional mission of some 6,500 troops at its height, with military observers, police and electoral monitors. Its deployment was slow, so the assembly and demobilization of the two armies began late and the elections were moved from 1993 to October 1994; demobilization, delayed by mutual distrust and by the parties holding men back, was completed in 1994, with close to 80,000 soldiers demobilized and a new joint army formed, smaller than planned. Donors paid a trust fund, administered by the UN, that helped RENAMO become a political party, and a reintegration scheme paid demobilized soldiers for up to two years. South Africa and earlier Rhodesia had backed RENAMO; by 1992 that support had ended, and Zimbabwe’s troops guarding the corridors withdrew in 1993. RENAMO threatened to boycott the elections on their eve but took part; Chissano and FRELIMO won, RENAMO accepted the result and entered parliament as the main opposition. Arms caches remained and banditry went on for years, but the war did not resume: a durable peace by this game’s grades.',
    sources: [
      'United Nations, The United Nations and Mozambique, 1992–1995 (UN Blue Books Series, vol. V, 1995)',
      'UN Security Council Resolution 797 (1992), establishing ONUMOZ',
      'Cameron Hume, Ending Mozambique’s War: The Role of Mediation and Good Offices (1994)',
      'Richard Synge, Mozambique: UN Peacekeeping in Action, 1992–94 (1997)',
      'Stephen J. Stedman, Donald Rothchild and Elizabeth M. Cousens (eds.), Ending Civil Wars (2002), chapter on Mozambique',
    ],
  },
  claims: [
    {
      claim: 'spoiler-type:total',
      reason:
        'in Mozambique no armed group set out to wreck the accord at any price: the armed bands are dealt only the limited or greedy type, so there is no total spoiler to win with.',
    },
    {
      claim: 'fixed:spoiler:smuggle',
      holds: false,
      reason:
        'does not hold here: with no patron paying them and spoils in Manica and Zambezia, armed bands that only smuggle (never attacking, never recruiting) win about 20 points more often than the normal bot, whose limited type still attacks to be heard and draws coercion. Living off the roads rather than fighting is what the bands did in the real case; the spoiler bot does not yet weigh a scenario without a hostile neighbour.',
    },
    {
      claim: 'pledges:break',
      holds: false,
      reason:
        'does not hold here: guarantors that always break keep the peace about 10 points more often than guarantors that never pledge, because a standing force pledge counts against a resumed war until it is tested, and with nothing pledged the government, the larger army, restarts the war more often. Where a pledge was tested and broken, the factions end more afraid, Tension higher and the peace shorter than on the same deals without pledges (the two claims that follow hold).',
    },
    {
      claim: 'war:won',
      holds: false,
      reason:
        'does not hold here: the side that restarts the war is nearly always the government (the FAM was the larger army), which the bots send to war only with the odds in its favour, so it wins about 7 resumed wars in 10 (a sample of some 25 wars in 200 games). In the real case nobody restarted the war.',
    },
  ],
  tuning: {
    rounds: 8,
    tensionMax: 9,
    trackMax: 10,
    actionsPerRound: 3,
    fearBlocksDdr: 8,
    falseRumourPercent: 45,
    monitorTeams: 3,
    neighbourSupport: 0,
    durable: {
      tensionAtMost: 5,
      ddrAtLeast: 7,
      electionAtLeast: 6,
      reformAtLeast: 4,
      recoveryGapAtMost: 3,
    },
  },
  roles: [
    {
      ...government,
      name: 'FRELIMO Government',
      fear: 7,
      objective:
        'Keep power: the elections are held and you win them (at least as much political strength as RENAMO). If RENAMO restarts the war, win it.',
      powers:
        'Commands the army (the FAM), the state budget and the police; runs the new army’s formation and police reform; grants or refuses consent to the UN.',
      fears:
        'That RENAMO keeps men and arms in the bush and refuses an election it loses; that donors and the UN take its side.',
      agendas: [
        baseAgenda('government', 'govKeepCaches'),
        baseAgenda('government', 'govStableCapital'),
        {
          ...baseAgenda('government', 'govReform'),
          text: 'Push security-sector reform to 4 or more — on your terms.',
          condition: { kind: 'trackAtLeast', track: 'reform', value: 4 },
        },
      ],
    },
    {
      ...movement,
      name: 'RENAMO Movement',
      objective:
        'Become a political party: the elections are held with your political strength at 5 or more and your Fear of the Government at 6 or less. If you restart the war, you must win it.',
      powers:
        'Commands the guerrilla army in the centre and the north; chooses when and where its men assemble, disarm and go home; can accept the donors’ money to become a party.',
      fears:
        'Being disarmed first and then outvoted and hunted down; having no money to run a party against a state that has it all.',
      funds: 2,
      agendas: [
        baseAgenda('movement', 'movLead'),
        baseAgenda('movement', 'movHiddenCache'),
        {
          ...baseAgenda('movement', 'movSouthStable'),
          id: 'movHeartland',
          text: 'End with your heartland, Gorongosa, at stability 4 or more.',
          condition: { kind: 'regionStable', region: 'highlands', value: 4 },
        },
      ],
    },
    {
      ...spoiler,
      name: 'Armed Bands',
      objective:
        'Your hidden type decides: a limited band wants a share (2 inducements and no collapse), a greedy one wants the spoils (take 8 by smuggling).',
      powers:
        'Unpaid ex-soldiers and bandits on the roads and in the gold fields of Manica: recruit the idle, smuggle, ambush and intimidate.',
      fears: 'Coercion by the guarantors, a peace that pays the soldiers and leaves the bands nothing.',
      types: ['limited', 'greedy'],
      militancy: 5,
      funds: 3,
      income: 1,
      agendas: [
        {
          ...baseAgenda('spoiler', 'spoRich'),
          id: 'bandsCash',
          text: 'End with at least 5 cash.',
          condition: { kind: 'fundsAtLeast', value: 5 },
        },
        {
          ...baseAgenda('spoiler', 'spoArmed'),
          id: 'bandsArmed',
          text: 'End with at least 3 active fighters.',
          condition: { kind: 'unitsAtLeast', value: 3 },
        },
        {
          id: 'bandsLoot',
          text: 'Take at least 4 in spoils by smuggling over the game.',
          condition: { kind: 'smuggledAtLeast', value: 4 },
          points: 3,
          source: {
            seed: '000',
            quote: 'spoils -- valuable, easily tradable commodities',
            idea: 'Stedman, Rothchild & Cousens: the spoils',
          },
        },
      ],
    },
    {
      ...un,
      name: 'UN Mission (ONUMOZ)',
      powers:
        'A large multidimensional mission: military observers and blue helmets with the parties’ consent (Chapter VI), police and electoral monitors, the trust funds, and a Special Representative who chairs the commissions.',
      funds: 5,
      income: 4,
      capability: 7,
      will: 6,
      approval: 6,
    },
    {
      ...regional,
      name: 'Zimbabwean Force',
      objective:
        'Keep the corridors quiet at a price your voters accept, with your word still counting: no collapse, domestic approval of 4 or more, credibility of 4 or more, and the armed bands contained (5 or fewer active fighters) at the end.',
      powers:
        'Troops guarding the Beira corridor and its railway, money and influence with the government: pledges with force, patrols, enforcement, aid.',
      fears:
        'Casualties and costs at home, being asked to stay for ever, and a UN mission that leaves it the dangerous work.',
      funds: 3,
      income: 2,
      capability: 6,
      approval: 5,
      agendas: [baseAgenda('regional', 'regApproval'), baseAgenda('regional', 'regCheap')],
    },
  ],
  regions: [
    region({
      id: 'capital',
      name: 'Maputo',
      x: 40,
      y: 90,
      neighbours: ['south'],
      spoils: 0,
      stability: 3,
      refugees: 0,
      units: { government: { active: 3 } },
      source: {
        design:
          'the map of the case, simplified: Maputo, the capital in the far south, held by the government.',
      },
    }),
    region({
      id: 'south',
      name: 'Gaza and Inhambane',
      x: 45,
      y: 72,
      neighbours: ['capital', 'highlands', 'mines'],
      spoils: 0,
      stability: 2,
      refugees: 2,
      units: { government: { active: 2 }, movement: { active: 1 }, spoiler: { active: 1 } },
      source: {
        design:
          'the map of the case, simplified: the southern provinces, hit by the 1992 drought and by raids on the roads.',
      },
    }),
    region({
      id: 'mines',
      name: 'Manica and the Beira corridor',
      x: 28,
      y: 50,
      neighbours: ['south', 'highlands', 'delta'],
      spoils: 3,
      stability: 2,
      refugees: 1,
      units: { government: { active: 1 }, movement: { active: 1 }, spoiler: { active: 2 } },
      source: {
        design:
          'the map of the case, simplified: Manica’s gold fields and the corridor from Zimbabwe to the port of Beira, guarded by Zimbabwe’s troops.',
      },
    }),
    region({
      id: 'highlands',
      name: 'Gorongosa',
      x: 50,
      y: 45,
      neighbours: ['south', 'mines', 'delta'],
      spoils: 0,
      stability: 3,
      refugees: 1,
      units: { movement: { active: 4 } },
      source: {
        design:
          'the map of the case, simplified: Sofala’s interior around Gorongosa, where RENAMO had its headquarters.',
      },
    }),
    region({
      id: 'delta',
      name: 'Zambezia',
      x: 65,
      y: 35,
      neighbours: ['mines', 'highlands', 'north'],
      spoils: 2,
      stability: 2,
      refugees: 2,
      units: { government: { active: 1 }, movement: { active: 2 }, spoiler: { active: 1 } },
      source: {
        design:
          'the map of the case, simplified: Zambezia and the Zambezi valley, contested through the war, where many refugees came home.',
      },
    }),
    region({
      id: 'north',
      name: 'Nampula and the North',
      x: 78,
      y: 15,
      neighbours: ['delta'],
      spoils: 0,
      stability: 3,
      refugees: 1,
      units: { government: { active: 2 }, movement: { active: 1 } },
      source: {
        design:
          'the map of the case, simplified: the populous northern provinces, where both parties sought votes.',
      },
    }),
  ],
  actions: actionsWithout('sanction'),
  spoilerTypes: spoilerTypes(),
  events: [
    ...cards(
      'cantonmentSuppliesLate',
      'exCombatantRiot',
      'armyIntegrationRow',
      'electionDateDispute',
      'voterRegistrationDrive',
      'partyRegistered',
      'donorConference',
      'monitorsWelcomed',
      'peaceRadio',
      'cacheRumour',
      'unEndorsement',
      'exitDatePressure',
      'localPeaceCommittees',
      'returneeLandDisputes',
    ),
    ...caseCards,
  ],
};
