// Crisis deck of the default scenario: seeded event cards (some ask a role to choose), each traced to the seed texts.
import type { z } from 'zod';
import type { CrisisCardSchema } from './schema';

export type CrisisCardInput = z.input<typeof CrisisCardSchema>;

export const events: readonly CrisisCardInput[] = [
  // ── Spoilers, spoils and the hostile neighbour ────────────────────────────────────────────────
  {
    id: 'ambushAtTheMines',
    title: 'Ambush at the mines',
    text: 'Gunmen ambush an army convoy on the road to the diamond mines and seize a truckload of gold. Each side suspects the other hired them.',
    source: {
      seed: '000',
      quote: 'spoils -- valuable, easily tradable commodities',
      idea: 'Stedman, Rothchild & Cousens: spoils fund spoiler violence',
    },
    effects: [
      { kind: 'track', track: 'tension', delta: 2 },
      { kind: 'stability', region: 'mines', delta: -1 },
      { kind: 'funds', role: 'spoiler', delta: 2 },
      { kind: 'fear', role: 'government', delta: 1 },
      { kind: 'fear', role: 'movement', delta: 1 },
    ],
  },
  {
    id: 'neighbourArmsShipment',
    title: 'Arms from across the border',
    text: 'Lorries from the hostile neighbour slip through the border at night, carrying rifles for the militia. Local traders say the drivers were paid in gold.',
    source: {
      seed: '000',
      quote: 'neighboring states that are hostile to the agreement',
      idea: 'Stedman, Rothchild & Cousens: a hostile neighbour arms the spoiler',
    },
    effects: [
      { kind: 'units', region: 'border', role: 'spoiler', delta: 2 },
      { kind: 'militancy', delta: 1 },
      { kind: 'track', track: 'tension', delta: 1 },
    ],
  },
  {
    id: 'minePriceBoom',
    title: 'Diamond prices soar',
    text: 'World diamond prices jump. The state gets more royalties, but every armed group now wants a share of the mines.',
    source: {
      seed: '000',
      quote: 'spoils -- valuable, easily tradable commodities',
      idea: 'a richer prize for the budget and the spoiler',
    },
    effects: [
      { kind: 'funds', role: 'government', delta: 2 },
      { kind: 'funds', role: 'spoiler', delta: 2 },
      { kind: 'units', region: 'mines', role: 'spoiler', delta: 1 },
      { kind: 'track', track: 'reconstruction', delta: 1 },
    ],
  },
  {
    id: 'crossBorderRaid',
    title: 'Cross-border raid',
    text: 'Fighters based in the neighbouring country raid border villages, then vanish back across the frontier. Families flee inland.',
    source: {
      seed: '000',
      quote: 'neighboring states that are hostile to the agreement',
      idea: 'Stedman, Rothchild & Cousens: violence from a hostile neighbour',
    },
    effects: [
      { kind: 'units', region: 'border', role: 'spoiler', delta: 1 },
      { kind: 'refugees', region: 'border', delta: 1 },
      { kind: 'stability', region: 'border', delta: -1 },
      { kind: 'track', track: 'tension', delta: 2 },
    ],
  },
  {
    id: 'borderIncident',
    title: 'Border incident',
    text: 'Soldiers of the hostile neighbour cross the frontier and shoot at a customs post. The Regional Power must decide how loudly to respond.',
    source: {
      seed: '000',
      quote:
        'Unless the security interests of major powers are engaged, the resources and commitment necessary for coercive strategies to succeed will not be forthcoming.',
      idea: 'Stedman, Rothchild & Cousens: coercing a hostile neighbour needs a committed power',
    },
    effects: [
      { kind: 'track', track: 'tension', delta: 2 },
      { kind: 'stability', region: 'border', delta: -1 },
      { kind: 'fear', role: 'government', delta: 1 },
    ],
    choice: {
      role: 'regional',
      prompt: 'The neighbour has tested you. Do you punish it, or keep quiet to protect your trade?',
      options: [
        {
          id: 'sanction',
          label: 'Impose sanctions on the neighbour',
          effects: [
            { kind: 'sanctionNeighbour', rounds: 2 },
            { kind: 'funds', role: 'regional', delta: -1 },
            { kind: 'approval', role: 'regional', delta: -1 },
            { kind: 'will', role: 'regional', delta: 1 },
          ],
        },
        {
          id: 'quietDiplomacy',
          label: 'Quiet diplomacy, no public reaction',
          effects: [
            { kind: 'militancy', delta: 1 },
            { kind: 'will', role: 'regional', delta: -1 },
          ],
        },
      ],
    },
  },
  {
    id: 'smugglingSeized',
    title: 'Smuggling ring broken',
    text: 'Customs officers, backed by international advisers, seize a convoy of smuggled gold at the border. The militia loses a month of income.',
    source: {
      seed: '000',
      quote:
        'When these factors are present, international supporters will find coercive strategies more effective',
      idea: 'Stedman, Rothchild & Cousens: coercion against spoils',
    },
    effects: [
      { kind: 'funds', role: 'spoiler', delta: -2 },
      { kind: 'stability', region: 'border', delta: 1 },
      { kind: 'track', track: 'tension', delta: -1 },
    ],
  },
  {
    id: 'spoilerMediaCampaign',
    title: 'Poison on the airwaves',
    text: 'A militia radio station claims each faction is secretly rearming to strike first. Many listeners believe it.',
    source: {
      seed: '000',
      quote:
        'post-conflict situations can fall prey to fear that stems from incomplete or inaccurate information',
      idea: 'false information feeds fear',
    },
    effects: [
      { kind: 'fear', role: 'factions', delta: 1 },
      { kind: 'track', track: 'tension', delta: 1 },
      { kind: 'track', track: 'election', delta: -1 },
    ],
  },
  {
    id: 'hardlinerPurge',
    title: 'Hardliners expelled',
    text: 'The Movement expels commanders who reject the deal. The government is relieved, but the expelled men take their fighters to the militia.',
    source: {
      seed: '000',
      quote: 'there are often elements within each side that would rather not see peace prevail',
      idea: 'hardliners leave for the spoiler',
    },
    effects: [
      { kind: 'fear', role: 'government', delta: -1 },
      { kind: 'units', region: 'north', role: 'movement', delta: -1 },
      { kind: 'units', region: 'north', role: 'spoiler', delta: 1 },
      { kind: 'militancy', delta: 1 },
    ],
  },
  {
    id: 'aidWorkerKidnapping',
    title: 'Aid workers kidnapped',
    text: 'Militiamen kidnap three foreign aid workers in the highlands and demand money. The UN Mission must respond.',
    source: {
      seed: '000',
      quote:
        'international supporters will find coercive strategies more effective than the confidence building measures (CBMs), monitoring, and verification methods',
      idea: 'Stedman, Rothchild & Cousens: pay, coerce or withdraw',
    },
    effects: [
      { kind: 'track', track: 'reconstruction', delta: -1 },
      { kind: 'approval', role: 'un', delta: -1 },
    ],
    choice: {
      role: 'un',
      prompt: 'How do you get the hostages back?',
      options: [
        {
          id: 'payRansom',
          label: 'Pay a quiet ransom',
          effects: [
            { kind: 'funds', role: 'un', delta: -1 },
            { kind: 'funds', role: 'spoiler', delta: 2 },
            { kind: 'militancy', delta: 1 },
          ],
        },
        {
          id: 'rescue',
          label: 'Send peacekeepers on a rescue raid',
          effects: [
            { kind: 'approval', role: 'un', delta: -1 },
            { kind: 'will', role: 'un', delta: 1 },
            { kind: 'militancy', delta: -1 },
            { kind: 'track', track: 'tension', delta: 1 },
          ],
        },
        {
          id: 'pullOut',
          label: 'Pull all aid out of the highlands',
          effects: [
            { kind: 'stability', region: 'highlands', delta: -1 },
            { kind: 'track', track: 'reconstruction', delta: -1 },
          ],
        },
      ],
    },
  },
  // ── The commitment problem, fear and verification ────────────────────────────────────────────
  {
    id: 'assassinationAttempt',
    title: 'Assassination attempt',
    text: "A car bomb narrowly misses the Movement's leader in the capital. His followers ask whether disarming was a mistake.",
    source: {
      seed: '000',
      quote:
        'precisely when parties are most vulnerable and must submit to disarmament is also the time suspicions and unease are at their highest',
      idea: 'Walter: suspicion peaks during disarmament',
    },
    effects: [
      { kind: 'track', track: 'tension', delta: 2 },
      { kind: 'fear', role: 'movement', delta: 2 },
      { kind: 'track', track: 'election', delta: -1 },
    ],
    choice: {
      role: 'movement',
      prompt: 'Your leader survived. What do you demand?',
      options: [
        {
          id: 'askProtection',
          label: 'Ask the UN for close protection',
          effects: [
            { kind: 'fear', role: 'movement', delta: -1 },
            { kind: 'funds', role: 'un', delta: -1 },
          ],
        },
        {
          id: 'walkOut',
          label: 'Blame the government and walk out of the commission',
          effects: [
            { kind: 'track', track: 'tension', delta: 1 },
            { kind: 'fear', role: 'government', delta: 1 },
            { kind: 'track', track: 'ddr', delta: -1 },
          ],
        },
      ],
    },
  },
  {
    id: 'cacheRumour',
    title: 'Rumour of a hidden cache',
    text: 'Villagers in the highlands talk of crates of rifles buried near an old rebel camp. Nobody has checked.',
    source: {
      seed: '000',
      quote:
        'provide a needed impartial and reliable mechanism for monitoring compliance issues, reducing uncertainty and adding to confidence',
      idea: 'Pelcovits: verifying a rumour reduces uncertainty',
    },
    effects: [
      { kind: 'fear', role: 'government', delta: 1 },
      { kind: 'track', track: 'tension', delta: 1 },
    ],
    choice: {
      role: 'un',
      prompt: 'Do you spend scarce resources to check the rumour?',
      options: [
        {
          id: 'verify',
          label: 'Send a verification team',
          effects: [
            { kind: 'funds', role: 'un', delta: -1 },
            { kind: 'fear', role: 'factions', delta: -1 },
            { kind: 'track', track: 'tension', delta: -1 },
          ],
        },
        {
          id: 'ignore',
          label: 'Ignore it: rumours are cheap',
          effects: [
            { kind: 'fear', role: 'government', delta: 1 },
            { kind: 'fear', role: 'movement', delta: 1 },
          ],
        },
      ],
    },
  },
  {
    id: 'cantonmentSuppliesLate',
    title: 'Cantonment camps go hungry',
    text: 'Food deliveries to the camps where fighters gathered are three weeks late. Some fighters walk out with their rifles.',
    source: {
      seed: '000',
      quote:
        'Slow implementation of promised support is also a cause for distress and is often accompanied by a return to fighting.',
      idea: 'late support sends fighters back to arms',
    },
    effects: [
      { kind: 'track', track: 'ddr', delta: -1 },
      { kind: 'fear', role: 'movement', delta: 1 },
    ],
    choice: {
      role: 'un',
      prompt: 'The camps are your responsibility. What do you do?',
      options: [
        {
          id: 'airlift',
          label: 'Airlift food at great cost',
          effects: [
            { kind: 'funds', role: 'un', delta: -2 },
            { kind: 'track', track: 'ddr', delta: 1 },
            { kind: 'fear', role: 'movement', delta: -1 },
          ],
        },
        {
          id: 'letThemForage',
          label: 'Let the Movement feed its own fighters',
          effects: [
            { kind: 'units', region: 'north', role: 'movement', delta: 1 },
            { kind: 'track', track: 'tension', delta: 1 },
          ],
        },
      ],
    },
  },
  {
    id: 'monitorsWelcomed',
    title: 'Monitors welcomed in the north',
    text: 'Northern elders and Movement commanders invite UN monitors into their villages. Government officers are reassured.',
    source: {
      seed: '000',
      quote: 'Using Chapter VI of the UN Charter and with the consent of the parties',
      idea: 'consent lets monitors in',
    },
    effects: [
      { kind: 'consent', region: 'north', role: 'movement', grant: true },
      { kind: 'fear', role: 'government', delta: -1 },
      { kind: 'track', track: 'tension', delta: -1 },
    ],
  },
  {
    id: 'consentWithdrawn',
    title: 'Peacekeepers told to leave',
    text: 'After a patrol shoots a fisherman in the delta, the government withdraws its consent to foreign troops there.',
    source: {
      design:
        'consent to a Chapter VI mission can be withdrawn. Seed 000 says Chapter VI peacekeeping needs “the consent of the parties” but not that consent is revocable; revocable consent is the game’s choice.',
    },
    effects: [
      { kind: 'consent', region: 'delta', role: 'government', grant: false },
      { kind: 'approval', role: 'un', delta: -1 },
      { kind: 'track', track: 'tension', delta: 1 },
    ],
  },
  {
    id: 'localPeaceCommittees',
    title: 'Joint peace committees',
    text: 'Former enemies in the highlands set up joint committees to settle cattle thefts before they turn into shootings.',
    source: {
      seed: '000',
      quote:
        'Without confidence building measures in place, post-conflict situations can fall prey to fear that stems from incomplete or inaccurate information.',
      idea: 'a local confidence-building measure',
    },
    effects: [
      { kind: 'stability', region: 'highlands', delta: 1 },
      { kind: 'fear', role: 'factions', delta: -1 },
      { kind: 'track', track: 'tension', delta: -1 },
    ],
  },
  {
    id: 'peaceRadio',
    title: 'Radio peace programme',
    text: 'A weekly radio show lets ex-fighters from both sides answer listeners’ questions. Rumours lose their power.',
    source: {
      seed: '000',
      quote:
        'Without confidence building measures in place, post-conflict situations can fall prey to fear that stems from incomplete or inaccurate information.',
      idea: 'better information lowers fear',
    },
    effects: [
      { kind: 'track', track: 'tension', delta: -1 },
      { kind: 'fear', role: 'factions', delta: -1 },
      { kind: 'militancy', delta: -1 },
    ],
  },
  // ── DDR, security-sector reform and demilitarised politics ───────────────────────────────────
  {
    id: 'exCombatantRiot',
    title: 'Ex-combatants riot',
    text: 'Hundreds of disarmed fighters, unpaid for months, block the roads of the capital. The militia’s recruiters are in the crowd.',
    source: {
      seed: '000',
      quote:
        'long run success will depend more on economic and social development, including creating services for former combatants',
      idea: 'Call & Stanley: unpaid ex-combatants',
    },
    effects: [
      { kind: 'track', track: 'tension', delta: 2 },
      { kind: 'stability', region: 'capital', delta: -1 },
      { kind: 'track', track: 'ddr', delta: -1 },
    ],
    choice: {
      role: 'government',
      prompt: 'The riot is in your capital. How do you end it?',
      options: [
        {
          id: 'payArrears',
          label: 'Pay their arrears from the budget',
          effects: [
            { kind: 'funds', role: 'government', delta: -2 },
            { kind: 'track', track: 'ddr', delta: 1 },
            { kind: 'track', track: 'tension', delta: -1 },
          ],
        },
        {
          id: 'crackdown',
          label: 'Send in the riot police',
          effects: [
            { kind: 'stability', region: 'capital', delta: -1 },
            { kind: 'fear', role: 'movement', delta: 1 },
            { kind: 'units', region: 'capital', role: 'spoiler', delta: 1 },
          ],
        },
      ],
    },
  },
  {
    id: 'armyIntegrationRow',
    title: 'Army integration row',
    text: 'The plan to merge both forces into one army gives the Movement only a fifth of officer posts. Its commanders protest.',
    source: {
      seed: '000',
      quote: 'institutional transformation (i.e. police reformation, army readjustment, etc.)',
      idea: 'army integration as institutional transformation',
    },
    effects: [{ kind: 'track', track: 'tension', delta: 1 }],
    choice: {
      role: 'movement',
      prompt: 'Do you accept a minority share of the new army?',
      options: [
        {
          id: 'accept',
          label: 'Accept the quota and integrate',
          effects: [
            { kind: 'track', track: 'ddr', delta: 1 },
            { kind: 'track', track: 'reform', delta: 1 },
            { kind: 'fear', role: 'movement', delta: 1 },
          ],
        },
        {
          id: 'demandParity',
          label: 'Demand parity and stall integration',
          effects: [
            { kind: 'track', track: 'reform', delta: -1 },
            { kind: 'fear', role: 'government', delta: 1 },
            { kind: 'track', track: 'tension', delta: 1 },
          ],
        },
      ],
    },
  },
  {
    id: 'policeStrike',
    title: 'Police strike',
    text: 'Unpaid police officers stop work. Looting spreads in the capital and in the south.',
    source: {
      seed: '000',
      quote: 'rebuilding security institutions capable of protecting the public',
      idea: 'Call & Stanley: police that protect the public',
    },
    effects: [
      { kind: 'stability', region: 'capital', delta: -1 },
      { kind: 'stability', region: 'south', delta: -1 },
      { kind: 'track', track: 'reform', delta: -1 },
    ],
    choice: {
      role: 'government',
      prompt: 'Who fixes the police?',
      options: [
        {
          id: 'payPolice',
          label: 'Pay the police yourself',
          effects: [
            { kind: 'funds', role: 'government', delta: -2 },
            { kind: 'track', track: 'reform', delta: 1 },
          ],
        },
        {
          id: 'unPolice',
          label: 'Let the UN mission run police reform',
          effects: [
            { kind: 'funds', role: 'un', delta: -1 },
            { kind: 'track', track: 'reform', delta: 2 },
            { kind: 'fear', role: 'government', delta: 1 },
          ],
        },
      ],
    },
  },
  {
    id: 'amnestyDebate',
    title: 'Amnesty debate',
    text: 'Parliament debates an amnesty for crimes committed in the war. Victims protest outside; Movement fighters watch closely.',
    source: {
      seed: '000',
      quote:
        'often attempt to exchange cooperation for an agreement that provides an element of political certainty about the future',
      idea: 'Walter: the weaker party wants certainty about its future',
    },
    effects: [{ kind: 'track', track: 'tension', delta: 1 }],
    choice: {
      role: 'government',
      prompt: 'What amnesty do you put to the vote?',
      options: [
        {
          id: 'broadAmnesty',
          label: 'Broad amnesty for all fighters',
          effects: [
            { kind: 'fear', role: 'movement', delta: -2 },
            { kind: 'track', track: 'ddr', delta: 1 },
            { kind: 'stability', region: 'capital', delta: -1 },
          ],
        },
        {
          id: 'conditionalAmnesty',
          label: 'Amnesty only for those who tell the truth',
          effects: [
            { kind: 'fear', role: 'movement', delta: -1 },
            { kind: 'track', track: 'reform', delta: 1 },
            { kind: 'funds', role: 'government', delta: -1 },
          ],
        },
        {
          id: 'noAmnesty',
          label: 'No amnesty: prosecute',
          effects: [
            { kind: 'fear', role: 'movement', delta: 2 },
            { kind: 'track', track: 'ddr', delta: -1 },
            { kind: 'militancy', delta: 1 },
          ],
        },
      ],
    },
  },
  {
    id: 'partyRegistered',
    title: 'The Movement becomes a party',
    text: 'The Movement registers as a political party and opens offices in every town. Its hardliners call it a betrayal.',
    source: {
      seed: '000',
      quote: 'soldiers becoming civilians and warring armies evolving into political parties',
      idea: 'Stedman, Rothchild & Cousens: the armed movement becomes a party',
    },
    effects: [
      { kind: 'track', track: 'election', delta: 2 },
      { kind: 'fear', role: 'movement', delta: -1 },
      { kind: 'militancy', delta: 1 },
    ],
  },
  {
    id: 'truthCommissionHearing',
    title: 'Truth commission hearing',
    text: 'On live television a former general admits to a massacre. Many feel relief; many officers feel exposed.',
    source: {
      design:
        'a truth commission as an institution of transition. The seeds do not mention truth commissions or transitional justice; Rothchild (seed 000) only says institutions for a durable peace are best built early.',
    },
    effects: [
      { kind: 'track', track: 'reform', delta: 1 },
      { kind: 'track', track: 'election', delta: 1 },
      { kind: 'fear', role: 'government', delta: 1 },
      { kind: 'track', track: 'tension', delta: 1 },
    ],
  },
  // ── Elections ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'electionDateDispute',
    title: 'Election-date dispute',
    text: 'The electoral commission says voter lists will not be ready in time. The Movement suspects the government wants to stay in power.',
    source: {
      seed: '000',
      quote: 'weaker parties, fearing their vulnerability in a reintegrated political order',
      idea: 'Walter: the weaker party fears the new order; here, the vote',
    },
    effects: [{ kind: 'track', track: 'tension', delta: 1 }],
    choice: {
      role: 'government',
      prompt: 'Do you postpone the elections or hold them on time?',
      options: [
        {
          id: 'postpone',
          label: 'Postpone the elections',
          effects: [
            { kind: 'track', track: 'tension', delta: -1 },
            { kind: 'track', track: 'election', delta: -2 },
            { kind: 'fear', role: 'movement', delta: 2 },
            { kind: 'modifier', modifier: 'electionDelay' },
          ],
        },
        {
          id: 'onTime',
          label: 'Hold them on time, ready or not',
          effects: [
            { kind: 'track', track: 'election', delta: 1 },
            { kind: 'track', track: 'tension', delta: 1 },
            { kind: 'funds', role: 'government', delta: -1 },
          ],
        },
      ],
    },
  },
  {
    id: 'voterRegistrationDrive',
    title: 'Voter registration drive',
    text: 'Mobile teams register voters even in remote villages. Queues are long, but peaceful.',
    source: {
      seed: '000',
      quote:
        'providing election monitoring can also be seen as assurances that protect and ensure a safe environment',
      idea: 'electoral support as an assurance',
    },
    effects: [
      { kind: 'track', track: 'election', delta: 2 },
      { kind: 'track', track: 'expectations', delta: 1 },
      { kind: 'funds', role: 'un', delta: -1 },
    ],
  },
  // ── Civilians: refugees, food, reconstruction ─────────────────────────────────────────────────
  {
    id: 'refugeeSurge',
    title: 'Refugee surge',
    text: 'Fighting across the border sends thousands of families into the border region. Camps are full.',
    source: {
      seed: '000',
      quote: 'Promises to provide safe harbor, preventing the spread of neighboring disasters',
      idea: 'safe harbour against a neighbouring disaster',
    },
    effects: [
      { kind: 'refugees', region: 'border', delta: 2 },
      { kind: 'stability', region: 'border', delta: -1 },
    ],
    choice: {
      role: 'un',
      prompt: 'Who takes care of the new arrivals?',
      options: [
        {
          id: 'openCamps',
          label: 'Open new UN camps',
          effects: [
            { kind: 'funds', role: 'un', delta: -2 },
            { kind: 'refugees', region: 'border', delta: -1 },
            { kind: 'stability', region: 'border', delta: 1 },
          ],
        },
        {
          id: 'leaveToGovernment',
          label: 'Leave it to the government',
          effects: [
            { kind: 'funds', role: 'government', delta: -1 },
            { kind: 'track', track: 'tension', delta: 1 },
            { kind: 'approval', role: 'un', delta: -1 },
          ],
        },
      ],
    },
  },
  {
    id: 'returneeLandDisputes',
    title: 'Returnees find their land taken',
    text: 'Families returning to the delta find strangers farming their fields. Village quarrels turn violent.',
    source: {
      seed: '000',
      quote: 'returning refugees and other vulnerable groups, will address some of the insecurities',
      idea: 'Call & Stanley: returnees are vulnerable',
    },
    effects: [
      { kind: 'refugees', region: 'delta', delta: -1 },
      { kind: 'stability', region: 'delta', delta: -1 },
      { kind: 'track', track: 'expectations', delta: 1 },
      { kind: 'track', track: 'tension', delta: 1 },
    ],
  },
  {
    id: 'droughtFoodPrices',
    title: 'Drought and food prices',
    text: 'The rains fail in the south and the delta. Bread prices double and people ask where the peace dividend is.',
    source: {
      seed: '000',
      quote:
        'Civilian expectations for a return to normalcy and the speed of post-conflict recovery should be an important consideration',
      idea: 'where is the peace dividend?',
    },
    effects: [
      { kind: 'stability', region: 'south', delta: -1 },
      { kind: 'stability', region: 'delta', delta: -1 },
      { kind: 'track', track: 'reconstruction', delta: -1 },
    ],
    choice: {
      role: 'government',
      prompt: 'How do you feed the cities?',
      options: [
        {
          id: 'importFood',
          label: 'Import food with state money',
          effects: [
            { kind: 'funds', role: 'government', delta: -2 },
            { kind: 'track', track: 'tension', delta: -1 },
          ],
        },
        {
          id: 'appealDonors',
          label: 'Appeal to donors and wait',
          effects: [
            { kind: 'funds', role: 'guarantors', delta: -1 },
            { kind: 'track', track: 'expectations', delta: 1 },
            { kind: 'track', track: 'tension', delta: 1 },
          ],
        },
      ],
    },
  },
  {
    id: 'reconstructionMilestone',
    title: 'Bridge reopens',
    text: 'The great bridge between the north and the capital reopens. Trucks, buses and markets return the same week.',
    source: {
      seed: '000',
      quote:
        'Civilian expectations for a return to normalcy and the speed of post-conflict recovery should be an important consideration',
      idea: 'a visible peace dividend',
    },
    effects: [
      { kind: 'track', track: 'reconstruction', delta: 2 },
      { kind: 'stability', region: 'north', delta: 1 },
      { kind: 'track', track: 'tension', delta: -1 },
    ],
  },
  {
    id: 'donorConference',
    title: 'Donor conference',
    text: 'Donors meet abroad and pledge money for the transition. They ask the UN how it should be spent.',
    source: {
      seed: '000',
      quote:
        'raise and allocate economic resources in support of peace during the transitional period, external, international assistance or authority is required',
      idea: 'Zartman: outside money for the transition',
    },
    effects: [
      { kind: 'funds', role: 'government', delta: 1 },
      { kind: 'funds', role: 'movement', delta: 1 },
    ],
    choice: {
      role: 'un',
      prompt: 'Where does the pledged money go first?',
      options: [
        {
          id: 'fundDdr',
          label: 'Jobs and training for ex-fighters',
          effects: [
            { kind: 'track', track: 'ddr', delta: 1 },
            { kind: 'militancy', delta: -1 },
          ],
        },
        {
          id: 'fundReconstruction',
          label: 'Roads, schools and clinics',
          effects: [
            { kind: 'track', track: 'reconstruction', delta: 2 },
            { kind: 'track', track: 'expectations', delta: -1 },
          ],
        },
      ],
    },
  },
  {
    id: 'donorFatigue',
    title: 'Donor fatigue',
    text: 'A new crisis elsewhere steals the headlines. Donors delay their payments and reconstruction slows down.',
    source: {
      seed: '000',
      quote: 'Slow implementation of promised support is also a cause for distress',
      idea: 'promised money arrives late',
    },
    effects: [
      { kind: 'modifier', modifier: 'donorFatigue' },
      { kind: 'track', track: 'reconstruction', delta: -1 },
      { kind: 'funds', role: 'guarantors', delta: -1 },
    ],
  },
  // ── Guarantors: approval, will, burden-sharing, exit ─────────────────────────────────────────
  {
    id: 'missionBudgetVote',
    title: 'Parliament votes on the mission',
    text: "The Regional Power's parliament votes on next year's budget for its troops here. Opposition MPs call it a waste.",
    source: {
      seed: '003',
      quote:
        'constitutional processes, budgetary approvals, and bureaucratic coordination all influence the durability of security guarantees',
      idea: 'a parliament votes the mission’s budget',
    },
    effects: [{ kind: 'approval', role: 'regional', delta: -1 }],
    choice: {
      role: 'regional',
      prompt: 'Do you fight for the full budget or accept a cut?',
      options: [
        {
          id: 'defendBudget',
          label: 'Fight for the full budget',
          effects: [
            { kind: 'approval', role: 'regional', delta: -1 },
            { kind: 'will', role: 'regional', delta: 1 },
            { kind: 'fear', role: 'factions', delta: -1 },
          ],
        },
        {
          id: 'acceptCut',
          label: 'Accept a cut',
          effects: [
            { kind: 'approval', role: 'regional', delta: 1 },
            { kind: 'funds', role: 'regional', delta: -2 },
            { kind: 'fear', role: 'movement', delta: 1 },
          ],
        },
      ],
    },
  },
  {
    id: 'securityCouncilDeadlock',
    title: 'Security Council deadlock',
    text: 'A veto blocks a stronger mandate for the UN Mission. The militia notices that enforcement is off the table for now.',
    source: {
      seed: '000',
      quote:
        'international approval is needed from the UN or other appropriate regional organizations for legitimacy',
      idea: 'no Council vote, no enforcement',
    },
    effects: [
      { kind: 'modifier', modifier: 'councilDeadlock' },
      { kind: 'will', role: 'un', delta: -1 },
      { kind: 'militancy', delta: 1 },
    ],
  },
  {
    id: 'oneSidedPromise',
    title: 'A promise to one side only',
    text: 'The Regional Power promises publicly to defend the government if it is attacked. The Movement hears no such promise for itself.',
    source: {
      seed: '000',
      quote: 'it could also create security envy among countries left outside this group',
      idea: 'a guarantee to one side breeds envy in the other',
    },
    effects: [
      { kind: 'fear', role: 'government', delta: -1 },
      { kind: 'fear', role: 'movement', delta: 2 },
      { kind: 'track', track: 'tension', delta: 1 },
    ],
    choice: {
      role: 'regional',
      prompt: 'The Movement is alarmed. Do you widen the promise?',
      options: [
        {
          id: 'widenUnderUn',
          label: 'Extend it to both sides under a UN endorsement',
          effects: [
            { kind: 'funds', role: 'regional', delta: -1 },
            { kind: 'fear', role: 'movement', delta: -2 },
            { kind: 'will', role: 'regional', delta: 1 },
          ],
        },
        {
          id: 'standByAlly',
          label: 'Stand by your ally alone',
          effects: [
            { kind: 'approval', role: 'regional', delta: 1 },
            { kind: 'militancy', delta: 1 },
          ],
        },
      ],
    },
  },
  {
    id: 'exitDatePressure',
    title: 'When do the troops come home?',
    text: 'Newspapers in the Regional Power demand a date for bringing the soldiers home. Both factions ask what happens after.',
    source: {
      seed: '003',
      quote:
        'careful design—clear conditions, appropriate burdens-sharing arrangements, and exit mechanisms—mitigates most downsides',
      idea: 'an exit date as a tool and a risk',
    },
    effects: [{ kind: 'approval', role: 'regional', delta: -1 }],
    choice: {
      role: 'regional',
      prompt: 'Do you announce an exit date?',
      options: [
        {
          id: 'announceExit',
          label: 'Announce a firm exit date',
          effects: [
            { kind: 'approval', role: 'regional', delta: 1 },
            { kind: 'fear', role: 'factions', delta: 1 },
            { kind: 'militancy', delta: 1 },
          ],
        },
        {
          id: 'openEnded',
          label: 'Stay as long as it takes',
          effects: [
            { kind: 'approval', role: 'regional', delta: -1 },
            { kind: 'will', role: 'regional', delta: 1 },
            { kind: 'fear', role: 'factions', delta: -1 },
          ],
        },
      ],
    },
  },
  {
    id: 'peacekeeperCasualties',
    title: 'Peacekeepers killed',
    text: 'Four Regional Power soldiers die when their patrol hits a mine near the border. The funerals are shown on television at home.',
    source: {
      seed: '003',
      quote:
        'Political will matters as well—demonstrated willingness to mobilize resources and endure potential societal costs when a commitment is tested.',
      idea: 'casualties test political will',
    },
    effects: [
      { kind: 'approval', role: 'regional', delta: -1 },
      { kind: 'track', track: 'tension', delta: 1 },
    ],
    choice: {
      role: 'regional',
      prompt: 'Your public is grieving. Reinforce or draw down?',
      options: [
        {
          id: 'reinforce',
          label: 'Reinforce the patrols',
          effects: [
            { kind: 'approval', role: 'regional', delta: -1 },
            { kind: 'will', role: 'regional', delta: 1 },
            { kind: 'militancy', delta: -1 },
          ],
        },
        {
          id: 'drawDown',
          label: 'Pull back to the bases',
          effects: [
            { kind: 'approval', role: 'regional', delta: 1 },
            { kind: 'will', role: 'regional', delta: -1 },
            { kind: 'fear', role: 'movement', delta: 1 },
          ],
        },
      ],
    },
  },
  {
    id: 'burdenSharingRow',
    title: 'Who pays for the mission?',
    text: 'The UN asks the Regional Power to pay its share of the mission. Ministers there say the UN can carry the load.',
    source: {
      seed: '003',
      quote:
        'Critics, by contrast, claim that guarantees invite entanglement, encourage free-riding, or impose costs on the home country.',
      idea: 'free-riding (in seed 003 by protected allies; here one guarantor on the other)',
    },
    effects: [],
    choice: {
      role: 'regional',
      prompt: 'Do you pay your share or let the UN carry it?',
      options: [
        {
          id: 'payShare',
          label: 'Pay your share',
          effects: [
            { kind: 'funds', role: 'regional', delta: -2 },
            { kind: 'will', role: 'un', delta: 1 },
          ],
        },
        {
          id: 'freeRide',
          label: 'Let the UN carry the load',
          effects: [
            { kind: 'approval', role: 'regional', delta: 1 },
            { kind: 'will', role: 'un', delta: -1 },
            { kind: 'funds', role: 'un', delta: -1 },
          ],
        },
      ],
    },
  },
  {
    id: 'regionalSummit',
    title: 'Regional summit',
    text: 'Neighbouring heads of state meet and agree to stop arms flows to the country. The hostile neighbour signs under pressure.',
    source: {
      seed: '000',
      quote:
        'these security communities could help diverse states learn to cooperate despite their significant political, social, and ideological differences',
      idea: 'Gardner: neighbours cooperate on security',
    },
    effects: [
      { kind: 'sanctionNeighbour', rounds: 2 },
      { kind: 'track', track: 'tension', delta: -1 },
      { kind: 'will', role: 'regional', delta: 1 },
    ],
  },
  {
    id: 'unEndorsement',
    title: 'Council endorses the guarantees',
    text: 'The Security Council unanimously endorses the peace deal and the guarantees given to both sides.',
    source: {
      seed: '000',
      quote:
        'Doyle and Sambanis go on to demonstrate that wars ending with a peace treaty are more likely to have peace building success, especially when combined with UN involvement.',
      idea: 'Doyle & Sambanis: a treaty with UN involvement',
    },
    effects: [
      { kind: 'will', role: 'un', delta: 1 },
      { kind: 'approval', role: 'un', delta: 1 },
      { kind: 'fear', role: 'factions', delta: -1 },
    ],
  },
];
