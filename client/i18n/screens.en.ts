// English messages of the screens around the table: the source notes, the printable role briefs, the class
// join page, the debrief and the projectors.
export const screensEn = {
  // Where a rule comes from (ui/SourceNote).
  'source.design': 'Game-design choice:',
  'source.where': 'Where this comes from',
  // The printable role briefs (/briefs).
  'briefs.print': 'Print the briefs',
  'briefs.noScenario': 'No such scenario',
  'briefs.noScenarioText': 'There is no scenario “{id}”. ',
  'briefs.seeDefault': 'See the briefs of the default scenario',
  'briefs.eyebrow': 'Role briefs — {name}',
  'briefs.title': '{name}: who is at the table',
  'briefs.intro':
    'Print one brief per player (one page each). Each brief shows the role’s <b>public</b> objective, powers and fears. Secret agendas are <b>not</b> printed: every player draws one on screen at the start and keeps it to themselves.',
  'briefs.roles': 'Roles',
  'briefs.hint.faction': 'You are one of the two former warring sides.',
  'briefs.hint.spoiler': 'You want the peace deal to fail — or to pay you.',
  'briefs.hint.guarantor': 'You are an outsider whose promises are only worth your credibility.',
  'briefs.startFunds': '{funds} funds, +{income} each round',
  'briefs.startFear': 'Fear of the other side {fear}/10',
  'briefs.startGuarantor':
    'capability {capability}/10, political will {will}/10, approval at home {approval}/10',
  'briefs.startMilitancy': 'militancy {militancy}/10',
  'briefs.roleEyebrow': '{scenario} · role brief · {kind}',
  'briefs.objective': 'Your public objective',
  'briefs.powers': 'Your powers',
  'briefs.fears': 'What you fear',
  'briefs.start': 'You start with',
  'briefs.fighters': 'Fighters: {list}.',
  'briefs.roleSource': 'Where this role comes from',
  'briefs.secret': 'Your secret agenda',
  'briefs.secretText':
    'Not printed here. At the start you get a secret agenda on screen: keep it to yourself — it scores points at the end if you reach it.',
  'briefs.orders': 'Orders you can give ({n} a round, in secret)',
  'briefs.free': 'free',
  'briefs.cost': '{cost} funds',
  'briefs.round':
    'Each round: <b>Crisis</b> (an event card) → <b>Negotiation</b> (talk, offers, public pledges) → <b>Secret orders</b> (everyone at once) → <b>Review</b>. After {rounds} rounds the elections decide — unless Tension reaches {max} first, or a faction resumes the war.',
  'briefs.region': 'Region: {name}',
  'briefs.spoilerType': 'Spoiler type: {name}',
  'briefs.sourcesTitle': 'Where the rules come from',
  'briefs.sourcesText':
    'Each rule quotes the passage of the source texts it rests on: Freeman 2003 (seed 000) and an overview of security guarantees between states (seed 003). {design} of these {total} are game-design choices the texts do not state, and say so.',
} as const;
