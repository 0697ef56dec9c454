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
    source:
      'Stedman, Rothchild & Cousens (seed 000): spoils — valuable, easily tradable commodities — fund spoilers who use violence against the deal.',
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
    source:
      'Stedman, Rothchild & Cousens (seed 000): a neighbouring state hostile to the agreement makes the environment difficult by feeding spoilers.',
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
    source:
      'Stedman, Rothchild & Cousens (seed 000): spoils are valuable, easily tradable commodities, a blessing for the budget and a prize for spoilers.',
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
    source:
      'Stedman, Rothchild & Cousens (seed 000): neighbouring states hostile to the agreement shelter spoilers and spread violence.',
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
    source:
      'Stedman, Rothchild & Cousens (seed 000): with a hostile neighbour, coercion works better than confidence-building, but only if a major power commits resources.',
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
    source:
      'Stedman, Rothchild & Cousens (seed 000): cutting spoilers off from spoils is part of the coercive strategy a difficult environment needs.',
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
    source:
      'Freeman (seed 000): after a ceasefire, fear stems from incomplete or inaccurate information, and spoilers are leaders willing to undermine the deal.',
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
    source:
      'Freeman (seed 000): there are often elements within each side that would rather not see peace prevail; Stedman et al. call them spoilers.',
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
    source:
      'Stedman, Rothchild & Cousens (seed 000): against spoilers, coercive strategies work better than inducements, but they cost the guarantor.',
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
    source:
      'Walter (seed 000): during demobilization the weaker party is most vulnerable, and suspicion is at its highest.',
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
    source:
      'Freeman and Pelcovits (seed 000): impartial monitoring of compliance reduces uncertainty and adds to confidence.',
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
    source:
      'Freeman (seed 000): slow implementation of promised support is a cause for distress and is often followed by a return to fighting.',
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
    source:
      'Freeman on Chapter VI (seed 000): consent-based missions with the parties’ agreement facilitate the settlement.',
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
    source:
      'Freeman on Chapter VI (seed 000): traditional peacekeeping rests on the consent of the parties, which can be withdrawn.',
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
    source:
      'Freeman (seed 000): confidence-building measures address the fears that come from incomplete information and make the parties more secure.',
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
    source:
      'Freeman (seed 000): fear after a ceasefire stems from incomplete or inaccurate information, which confidence-building measures reduce.',
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
    source:
      'Call and Stanley (seed 000): security for disarmed former combatants and services for them decide long-run success.',
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
    source:
      'Freeman on multidimensional missions (seed 000): army readjustment is part of institutional transformation; Stedman et al.: warring armies must become parties.',
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
    source:
      'Call and Stanley (seed 000): long-run success depends on rebuilding security institutions capable of protecting the public.',
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
    source:
      'Walter (seed 000): weaker parties exchange cooperation for an agreement that gives them political certainty about the future.',
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
    source:
      'Stedman, Rothchild & Cousens (seed 000): first demobilize soldiers, then demilitarize politics, as warring armies become political parties.',
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
    source:
      'Rothchild (seed 000): establishing institutions for a durable peace is best done early, while peacekeepers are still engaged.',
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
    source:
      'Walter (seed 000): weaker parties fear their vulnerability in the new political order and want certainty about the vote.',
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
    source:
      'Freeman (seed 000): providing election monitoring is itself an assurance that protects a safe environment.',
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
    source:
      'Freeman (seed 000): providing safe harbour and preventing the spread of neighbouring disasters are assurances that protect a safe environment.',
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
    source:
      'Call and Stanley (seed 000): protecting returning refugees and other vulnerable groups addresses short-term insecurity.',
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
    source:
      'Freeman (seed 000): civilian expectations of a return to normal and the speed of recovery must be considered from the start.',
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
    source:
      'Freeman (seed 000): the speed of post-conflict recovery matters, because civilians expect a return to normal.',
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
    source:
      'Zartman (seed 000): external assistance is needed to raise and allocate economic resources in support of peace.',
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
    source:
      'Freeman (seed 000): slow implementation of promised support causes distress and often leads back to fighting.',
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
    source:
      'Overview of security guarantees (seed 003): budgetary approvals and domestic processes decide whether a guarantee is sustained.',
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
    source:
      'Freeman (seed 000): international approval from the UN gives a mission legitimacy; Chapter VII enforcement needs that authorization.',
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
    source:
      'Nelson and Gardner (seed 000): overlapping or one-sided guarantees create security envy in those left outside.',
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
    source:
      'Overview of security guarantees (seed 003): exit mechanisms limit entanglement, but King (seed 000) notes guarantees cannot remain indefinitely.',
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
    source:
      'Overview of security guarantees (seed 003): political will means enduring societal costs when a commitment is tested.',
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
    source:
      'Overview of security guarantees (seed 003): burden-sharing disputes and free-riding weaken a joint guarantee.',
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
    source:
      'Gardner (seed 000): cooperative security communities help diverse states cooperate despite deep differences.',
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
    source:
      'Doyle and Sambanis (seed 000): peace treaties combined with UN involvement are more likely to succeed; the UN balances one-sided third parties.',
    effects: [
      { kind: 'will', role: 'un', delta: 1 },
      { kind: 'approval', role: 'un', delta: 1 },
      { kind: 'fear', role: 'factions', delta: -1 },
    ],
  },
];
