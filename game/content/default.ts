// The default scenario "Fragile Accord": five seats, seven regions, the action catalogue and tuning.
import type { z } from 'zod';
import { events } from './events.ts';
import type { ScenarioSchema } from './schema.ts';

type ScenarioInput = z.input<typeof ScenarioSchema>;

export const defaultScenario: ScenarioInput = {
  id: 'fragileAccord',
  name: 'Fragile Accord',
  summary:
    'Eight rounds after a ceasefire between the Government and the Movement. The fighters must be cantoned, disarmed and reintegrated before the elections, while a splinter militia feeds on the mines and the border.',
  briefing:
    'The war is over on paper. The Government holds the capital and the army; the Movement holds the South and the Highlands and fears being disarmed first. A splinter militia of unknown intentions lives off the Mines and the Border, paid by a hostile neighbour. The UN Mission can watch and verify if both sides consent; the Regional Power has strong forces but voters who tire quickly. Over eight rounds the fighters must canton, disarm and reintegrate, reconstruction must keep up with what civilians expect, and elections must be ready. Watch the Fear tracks: every secret order you give is a guess about what the other side is doing.',
  minutes: 90,
  realCase: {
    name: 'No single case: a composite of the 1990s settlements the seed texts discuss',
    outcome: 'fragile',
    text: 'Fragile Accord follows no one country. Its pieces recur across the peace processes of the 1990s: a government and a rebel movement that must demobilize under mutual fear (Walter), a splinter group living off lootable spoils and a hostile neighbour (Stedman, Rothchild and Cousens), a UN mission that needs consent, and a regional power whose voters count the costs. Such transitions went different ways: Angola’s collapsed back into war after its 1992 elections, Mozambique’s held after its 1994 elections, and many others held only fragilely, with recurring violence. Compare your table with the case-based scenarios (Mozambique 1992–94) to see which pieces made the difference there.',
    sources: [
      'Barbara F. Walter, “The Critical Barrier to Civil War Settlement”, International Organization 51 (1997)',
      'Stephen J. Stedman, Donald Rothchild and Elizabeth M. Cousens (eds.), Ending Civil Wars (2002)',
    ],
  },
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
          source: {
            seed: '000',
            quote:
              'Warring factions searching for measures to reassure the safety of their community may resort to deterrence strategies despite the dilemma they create.',
            idea: 'keeping a deterrent despite the dilemma',
          },
        },
        {
          id: 'govStableCapital',
          text: 'End with the capital at stability 4 or more.',
          condition: { kind: 'regionStable', region: 'capital', value: 4 },
          points: 3,
          source: {
            design:
              'a secret goal for the Government: a secure capital is its stake in the peace. The seeds do not discuss capitals; the agenda gives the Government a reason to spend on stability.',
          },
        },
        {
          id: 'govReform',
          text: 'Push security-sector reform to 5 or more — on your terms.',
          condition: { kind: 'trackAtLeast', track: 'reform', value: 5 },
          points: 3,
          source: {
            seed: '000',
            quote: 'rebuilding security institutions capable of protecting the public',
            idea: 'Call & Stanley: security-sector reform for long-run success',
          },
        },
      ],
      source: {
        seed: '000',
        quote: 're-concentrate central power, increase state legitimacy through participation',
        idea: 'Zartman: the state after civil war must re-concentrate central power',
      },
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
          source: {
            seed: '000',
            quote: 'soldiers becoming civilians and warring armies evolving into political parties',
            idea: 'Stedman, Rothchild & Cousens: the rebel army becomes a party',
          },
        },
        {
          id: 'movHiddenCache',
          text: 'Keep at least 1 hidden cache to the end as insurance.',
          condition: { kind: 'cachesAtLeast', value: 1 },
          points: 3,
          source: {
            seed: '000',
            quote:
              'Antagonists of a protracted struggle need to feel a certain level of security before taking the risk to reduce their defense mechanisms.',
            idea: 'insurance before reducing one’s defences',
          },
        },
        {
          id: 'movSouthStable',
          text: 'End with your home region, the South, at stability 4 or more.',
          condition: { kind: 'regionStable', region: 'south', value: 4 },
          points: 3,
          source: {
            seed: '000',
            quote:
              'maximizing the security of disarmed former combatants, and returning refugees and other vulnerable groups',
            idea: 'Call & Stanley: security for ex-combatants and returnees at home',
          },
        },
      ],
      source: {
        seed: '000',
        quote:
          'weaker parties, fearing their vulnerability in a reintegrated political order, often attempt to exchange cooperation for an agreement that provides an element of political certainty about the future',
        idea: 'Walter: the weaker party most exposed in the new order',
      },
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
          source: {
            seed: '000',
            quote: 'spoils -- valuable, easily tradable commodities',
            idea: 'Stedman, Rothchild & Cousens: the spoils',
          },
        },
        {
          id: 'spoArmed',
          text: 'End with at least 4 active fighters.',
          condition: { kind: 'unitsAtLeast', value: 4 },
          points: 3,
          source: {
            seed: '000',
            quote:
              'leaders or factions hostile to a peace agreement and willing to use violence to undermine it',
            idea: 'a spoiler keeps its guns',
          },
        },
        {
          id: 'spoTension',
          text: 'End with Tension at 8 or more, whatever else happens.',
          condition: { kind: 'trackAtLeast', track: 'tension', value: 8 },
          points: 3,
          source: {
            seed: '000',
            quote: 'there are often elements within each side that would rather not see peace prevail',
            idea: 'someone wants the peace to fail',
          },
        },
      ],
      source: {
        seed: '000',
        quote:
          'spoilers -- leaders or factions hostile to a peace agreement and willing to use violence to undermine it',
        idea: 'Stedman, Rothchild & Cousens: the spoiler',
      },
    },
    {
      id: 'un',
      name: 'UN Mission',
      kind: 'guarantor',
      objective:
        'See the transition through: the outcome is durable, or fragile with your credibility at 6 or more and your word given (a pledge made, or peacekeepers on the ground at the end).',
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
          text: 'Honour a pledge when it is put to the test.',
          condition: { kind: 'pledgesHonoured', value: 1 },
          points: 3,
          source: {
            seed: '000',
            quote:
              'the effectiveness of security guarantees stems from the probability that something will be done and the strength of the pledge of assistance',
            idea: 'Dowty: a guarantee works through the probability of acting',
          },
        },
        {
          id: 'unElections',
          text: 'Bring election readiness to 6 or more.',
          condition: { kind: 'trackAtLeast', track: 'election', value: 6 },
          points: 3,
          source: {
            seed: '000',
            quote:
              'providing election monitoring can also be seen as assurances that protect and ensure a safe environment',
            idea: 'election support as an assurance',
          },
        },
        {
          id: 'unCredible',
          text: 'End with credibility of 6 or more, where it started: forces, will and approval intact, and a record of promises kept.',
          condition: { kind: 'credibilityAtLeast', value: 6 },
          points: 3,
          source: {
            seed: '003',
            quote:
              'Credibility emerges from the combination of military means, budgetary support, and political resolve, as well as clear signaling and consistent policy over time.',
            idea: 'credibility from means, resolve and a consistent record',
          },
        },
      ],
      source: {
        seed: '000',
        quote:
          'the UN can offer a legitimate and necessary balancing mechanism, should third parties appear one-sided',
        idea: 'UN legitimacy as an impartial guarantor',
      },
    },
    {
      id: 'regional',
      name: 'Regional Power',
      kind: 'guarantor',
      objective:
        'Keep the region quiet at a price your voters accept, with your word still counting: no collapse, domestic approval of 4 or more, credibility of 4 or more, and the spoiler contained (5 or fewer active fighters) at the end.',
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
          source: {
            seed: '003',
            quote:
              'constitutional processes, budgetary approvals, and bureaucratic coordination all influence the durability of security guarantees',
            idea: 'domestic approval sustains a guarantee',
          },
        },
        {
          id: 'regMines',
          text: 'End with the mines at stability 4 or more (your firms want the concessions).',
          condition: { kind: 'regionStable', region: 'mines', value: 4 },
          points: 3,
          source: {
            seed: '000',
            quote: "what counts the most is the protector's perception of protected self-interest",
            idea: 'Pelcovits: the protector’s own interest',
          },
        },
        {
          id: 'regCheap',
          text: 'End with at least 6 funds unspent (burden-sharing: let others pay).',
          condition: { kind: 'fundsAtLeast', value: 6 },
          points: 3,
          source: {
            seed: '003',
            quote: 'the burden-sharing behaviors of allies',
            idea: 'burden-sharing (in seed 003 among allies; here between the two guarantors)',
          },
        },
      ],
      source: {
        seed: '003',
        quote:
          'In practice, they rest on a combination of military capabilities, political will, and the domestic processes that authorize and sustain them.',
        idea: 'a guarantor’s capability, will and domestic approval',
      },
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
      source: {
        design:
          'the map: a capital held by the Government, where central power sits. Geography is invented; the seeds name no places.',
      },
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
      source: {
        seed: '000',
        quote:
          'The security vacuum immediately following a ceasefire poses a real threat to factions that fear the other side will take advantage of the situation to launch surprise attacks.',
        idea: 'a contested region where both sides fear a surprise attack',
      },
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
      source: {
        seed: '000',
        quote:
          "the combatant's vulnerability and insecurity during the treacherous demobilization period remains dangerously high",
        idea: 'Walter: the Movement’s home, exposed while it demobilizes',
      },
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
      source: {
        seed: '000',
        quote: 'spoils -- valuable, easily tradable commodities',
        idea: 'Stedman, Rothchild & Cousens: a region of lootable spoils',
      },
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
      source: {
        seed: '000',
        quote: 'neighboring states that are hostile to the agreement',
        idea: 'Stedman, Rothchild & Cousens: the region bordering a hostile neighbour',
      },
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
      source: {
        seed: '000',
        quote: 'returning refugees and other vulnerable groups',
        idea: 'Call & Stanley: a region of returnees',
      },
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
      source: {
        design:
          'the map: a remote region held by the Movement and the spoiler, where nothing is seen unless monitors go there. The seeds name no places.',
      },
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
      source: {
        seed: '000',
        quote:
          'the first order of business should be the demobilization of soldiers, followed by the demilitarization of politics',
        idea: 'Stedman, Rothchild & Cousens: demobilize first',
      },
    },
    {
      type: 'disarm',
      label: 'Disarm cantoned fighters',
      kinds: ['faction'],
      cost: 1,
      explain:
        'Hand in the weapons of cantoned fighters. Verified by monitors, it lowers the other side’s Fear. Disarmed fighters left waiting may be recruited by the spoiler.',
      source: {
        seed: '000',
        quote:
          'precisely when parties are most vulnerable and must submit to disarmament is also the time suspicions and unease are at their highest',
        idea: 'Walter: disarming is the moment of greatest exposure',
      },
    },
    {
      type: 'reintegrate',
      label: 'Reintegrate disarmed fighters',
      kinds: ['faction'],
      cost: 1,
      explain:
        'Give disarmed fighters jobs and a place in politics: each becomes political strength for the elections. Fails if reconstruction lags far behind expectations.',
      source: {
        seed: '000',
        quote:
          'long run success will depend more on economic and social development, including creating services for former combatants',
        idea: 'Call & Stanley: reintegration needs services and recovery',
      },
    },
    {
      type: 'rearm',
      label: 'Rearm fighters',
      kinds: ['faction'],
      cost: 1,
      explain:
        'Take cantoned or disarmed fighters back to active duty. A violation: raises Tension and, if seen or rumoured, the other side’s Fear.',
      source: {
        seed: '000',
        quote:
          'it is not uncommon or irrational to assume that leaders might fall back to more traditional security tactics that could re-ignite the situation',
        idea: 'falling back on arms re-ignites the conflict',
      },
    },
    {
      type: 'cache',
      label: 'Hide a weapons cache',
      kinds: ['faction'],
      cost: 1,
      explain:
        'Hide weapons in a region. A cache lets you rearm there later at no cost. Monitors find caches, which raises the other side’s Fear and Tension.',
      source: {
        seed: '000',
        quote:
          'Warring factions searching for measures to reassure the safety of their community may resort to deterrence strategies despite the dilemma they create.',
        idea: 'a hidden deterrent, and the dilemma it creates',
      },
    },
    {
      type: 'attack',
      label: 'Attack',
      kinds: ['faction', 'spoiler'],
      cost: 0,
      explain:
        'Attack another armed side’s units in a region with your active units. A violation: raises Tension, the victim’s Fear and refugees; triggers pledges. Cantoned fighters cannot defend.',
      source: {
        seed: '000',
        quote:
          'the warring parties cannot credibly commit to the safe consolidation of their forces by themselves',
        idea: 'Walter: the commitment problem',
      },
    },
    {
      type: 'patrol',
      label: 'Patrol',
      kinds: ['faction', 'guarantor'],
      cost: 1,
      capability: 1,
      explain: 'Patrol a region: halves smuggling income there this round and raises stability by 1.',
      source: {
        design:
          'patrols stand for the coercive strategies seed 000 recommends where spoils and spoilers abound; the seeds do not describe patrols or their effect on smuggling.',
      },
    },
    {
      type: 'reconstruct',
      label: 'Rebuild',
      kinds: ['faction'],
      cost: 2,
      explain:
        'Spend on roads, schools and markets in a region: stability +1 and reconstruction +1 (the peace dividend).',
      source: {
        seed: '000',
        quote:
          'Civilian expectations for a return to normalcy and the speed of post-conflict recovery should be an important consideration',
        idea: 'the peace dividend',
      },
    },
    {
      type: 'campaign',
      label: 'Campaign',
      kinds: ['faction'],
      cost: 2,
      explain: 'Organise as a party: political strength +1 and election readiness +1.',
      source: {
        seed: '000',
        quote:
          'This part of the process involves, among other factors, soldiers becoming civilians and warring armies evolving into political parties.',
        idea: 'Stedman, Rothchild & Cousens: politics replaces fighting',
      },
    },
    {
      type: 'reform',
      label: 'Security-sector reform',
      kinds: ['faction'],
      roles: ['government'],
      cost: 2,
      explain:
        'Reform police and army: reform +1 (+2 with a multidimensional mission present), Movement Fear −1.',
      source: {
        seed: '000',
        quote:
          'capacity expansion and institutional transformation (i.e. police reformation, army readjustment, etc.)',
        idea: 'security-sector reform, helped by a multidimensional mission',
      },
    },
    {
      type: 'consent',
      label: 'Grant or withdraw consent',
      kinds: ['faction'],
      cost: 0,
      explain:
        'Chapter VI missions (monitors, peacekeepers) need both factions’ consent in a region. Withdrawing it sends them home at the next resolution.',
      source: {
        seed: '000',
        quote:
          'Using Chapter VI of the UN Charter and with the consent of the parties, traditional peacekeeping can involve the deployment of military units and civilian officials',
        idea: 'Chapter VI needs consent',
      },
    },
    {
      type: 'recruit',
      label: 'Recruit fighters',
      kinds: ['spoiler'],
      cost: 3,
      explain:
        'Recruit 1 fighter in a region (2 where disarmed fighters wait without reintegration or stability is 1 or less).',
      source: {
        design:
          'the spoiler recruits where disarmed fighters wait without reintegration or where stability is low. The seeds do not say that failed reintegration feeds spoilers; Call & Stanley (seed 000) only say long-run success needs services for former combatants.',
      },
    },
    {
      type: 'smuggle',
      label: 'Smuggle',
      kinds: ['spoiler'],
      cost: 2,
      explain:
        'Take cash from a spoils region where you have fighters: its spoils value, halved if patrolled.',
      source: {
        seed: '000',
        quote: 'spoils -- valuable, easily tradable commodities',
        idea: 'Stedman, Rothchild & Cousens: spoils fund the spoiler',
      },
    },
    {
      type: 'intimidate',
      label: 'Intimidate',
      kinds: ['spoiler'],
      cost: 1,
      explain: 'Threaten voters and officials where you have fighters: stability −1, election readiness −1.',
      source: {
        seed: '000',
        quote:
          'spoilers -- leaders or factions hostile to a peace agreement and willing to use violence to undermine it',
        idea: 'spoiler violence against the agreement',
      },
    },
    {
      type: 'monitors',
      label: 'Deploy monitors',
      kinds: ['guarantor'],
      cost: 1,
      explain:
        'Needs both factions’ consent. Monitors verify cantonment and disarmament, find caches and turn rumours into facts in their region.',
      source: {
        seed: '000',
        quote:
          'provide a needed impartial and reliable mechanism for monitoring compliance issues, reducing uncertainty and adding to confidence',
        idea: 'Pelcovits: impartial supervision',
      },
    },
    {
      type: 'peacekeepers',
      label: 'Deploy peacekeepers',
      kinds: ['guarantor'],
      cost: 2,
      capability: 1,
      explain:
        'Needs both factions’ consent. Peacekeepers defend cantoned fighters and civilians (each cancels one attacking unit) and also monitor. Costs domestic approval over time.',
      source: {
        seed: '000',
        quote: 'Therefore, a third party is needed to help enforce this stage of the settlement.',
        idea: 'Walter: outside protection while forces are consolidated',
      },
    },
    {
      type: 'withdraw',
      label: 'Withdraw a mission',
      kinds: ['guarantor'],
      cost: 0,
      explain:
        'Bring monitors and peacekeepers home from a region: saves approval, but protected factions feel exposed.',
      source: {
        seed: '000',
        quote:
          "External guarantees can't remain indefinitely and the limited ability of some states to rebuild all the necessary institutions can provide an insecure foundation on which to build a future.",
        idea: 'a mission goes home sometime',
      },
    },
    {
      type: 'enforce',
      label: 'Enforcement (Chapter VII)',
      kinds: ['guarantor'],
      cost: 3,
      capability: 2,
      explain:
        'Strike armed violators and spoiler fighters in a region without consent: removes up to 2 active spoiler units (and units of a side that attacked this round). Costs approval and raises Tension a little. The UN needs a Council vote (blocked by a deadlock).',
      source: {
        seed: '000',
        quote:
          'more forceful and perhaps without consent, multilateral peace enforcement using military intervention can be used under Chapter VII of the UN Charter',
        idea: 'Chapter VII enforcement without consent',
      },
    },
    {
      type: 'aid',
      label: 'Reconstruction aid',
      kinds: ['guarantor'],
      cost: 2,
      explain: 'Fund recovery in a region: reconstruction +1, stability +1. Halved by donor fatigue.',
      source: {
        seed: '000',
        quote:
          'international capacities can foster peace by serving as a substitute for limited local capacities',
        idea: 'Doyle & Sambanis: outside money for recovery',
      },
    },
    {
      type: 'mandate',
      label: 'Multidimensional mandate',
      kinds: ['guarantor'],
      roles: ['un'],
      cost: 2,
      explain:
        'Police and army reform and election support: reform +1, election readiness +1. Needs monitors or peacekeepers somewhere.',
      source: {
        seed: '000',
        quote:
          'multidimensional peacekeeping tactics that includes peacekeeping operations as well as capacity expansion and institutional transformation',
        idea: 'the multidimensional mandate',
      },
    },
    {
      type: 'induce',
      label: 'Induce the spoiler',
      kinds: ['guarantor'],
      cost: 3,
      explain:
        'Offer the spoiler money and a place in the process. Pacifies a limited spoiler, only partly a greedy one, and feeds a total one.',
      source: {
        design:
          'inducement as a custodian strategy, and its different effect on each spoiler type, follow Stedman’s spoiler typology (1997), which is not in the seeds. Seed 000 names spoilers but no strategy towards them except coercion.',
      },
    },
    {
      type: 'socialize',
      label: 'Socialize the spoiler',
      kinds: ['guarantor'],
      cost: 1,
      explain:
        'Engage its leaders with norms and legitimacy: slowly lowers the militancy of limited and greedy spoilers.',
      source: {
        design:
          'socialization as a custodian strategy follows Stedman’s spoiler typology (1997), which is not in the seeds; the seeds say nothing about changing a spoiler’s norms.',
      },
    },
    {
      type: 'coerce',
      label: 'Coerce the spoiler',
      kinds: ['guarantor'],
      cost: 2,
      capability: 1,
      explain:
        'Threats and force against the spoiler: removes a spoiler unit and cash whatever its type, but costs domestic approval.',
      source: {
        seed: '000',
        quote:
          'international supporters will find coercive strategies more effective than the confidence building measures (CBMs), monitoring, and verification methods',
        idea: 'Stedman, Rothchild & Cousens: coercion where spoilers abound',
      },
    },
    {
      type: 'sanction',
      label: 'Sanction the neighbour',
      kinds: ['guarantor'],
      cost: 2,
      explain: 'Sanctions on the hostile neighbour stop its support to the spoiler for 2 rounds.',
      source: {
        design:
          'sanctions that stop a hostile neighbour’s support for 2 rounds. Seed 000 names hostile neighbours as a difficulty but says nothing about sanctioning them.',
      },
    },
    {
      type: 'move',
      label: 'Move fighters',
      kinds: ['faction', 'spoiler'],
      cost: 0,
      explain:
        'Move active fighters to a neighbouring region (before any attack this round). Monitors at either end see it; elsewhere nobody does.',
      source: {
        design:
          'units move between neighbouring regions, and exposure depends on who stands next to whom. The seeds name no places and say nothing about movement; the map is invented.',
      },
    },
    {
      type: 'hold',
      label: 'Hold',
      kinds: ['faction', 'spoiler', 'guarantor'],
      cost: 0,
      explain: 'Do nothing this round with this order slot.',
      source: { design: 'an order slot left unused; a missing order becomes hold.' },
    },
  ],
  spoilerTypes: [
    {
      name: 'limited',
      text: 'Wants a recognised place and limited goals; can be brought in.',
      induce: { militancy: -2, cash: 1, units: 0 },
      socialize: { militancy: -1, cash: 0, units: 0 },
      coerce: { militancy: 0, cash: -1, units: -1 },
      source: {
        design:
          'three hidden spoiler types follow Stedman’s typology (1997), which is not in the seeds: a limited spoiler wants a recognised place and can be brought in.',
      },
    },
    {
      name: 'greedy',
      text: 'Weighs costs and gains; takes what is offered and keeps its options open.',
      induce: { militancy: -1, cash: 2, units: 0 },
      socialize: { militancy: -1, cash: 0, units: 0 },
      coerce: { militancy: -1, cash: -2, units: -1 },
      source: {
        design:
          'three hidden spoiler types follow Stedman’s typology (1997), which is not in the seeds: a greedy spoiler weighs costs and gains.',
      },
    },
    {
      name: 'total',
      text: 'Sees the peace itself as the enemy; inducements only feed it.',
      induce: { militancy: 1, cash: 2, units: 0 },
      socialize: { militancy: 0, cash: 0, units: 0 },
      coerce: { militancy: 0, cash: -2, units: -1 },
      source: {
        seed: '000',
        quote:
          'Even security guarantees from global superpowers may not be enough to dissuade the spoilers from reinitiating the conflict if they are committed to continuing it.',
        idea: 'a spoiler committed to war is not bought off',
      },
    },
  ],
  events: events as ScenarioInput['events'],
};
