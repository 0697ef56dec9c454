// Spanish patterns of the rules' English history lines and ledger causes (see lines.ts for the slots):
// {r} a role with its article ({r|bare} without, {r|The} capitalised), {g} a region, {n} a number,
// {d} a signed change, {c} a scenario text, {t} a track, {eff} a list of card effects, {ord} order labels,
// {gs}/{rs} lists of region/role names, {id} a role id or selector, {x} words kept as written.
// The first pattern that matches the whole line wins, so specific shapes come before general ones.

/** [English shape, Spanish shape]. */
export type Pattern = readonly [string, string];

/** Card effects as the rules note them: "tension +1", "Fear of movement +1", "stability in the Mines -1". */
export const effectPatternsEs: readonly Pattern[] = [
  ['{t} {d}', '{t} {d}'],
  ['Fear of {id} {d}', 'Miedo de {id} {d}'],
  ['funds of {id} {d}', 'fondos de {id} {d}'],
  ['approval of {id} {d}', 'apoyo interno de {id} {d}'],
  ['will of {id} {d}', 'voluntad de {id} {d}'],
  ['capability of {id} {d}', 'capacidad de {id} {d}'],
  ['spoiler militancy {d}', 'militancia del saboteador {d}'],
  ['stability in {g} {d}', 'estabilidad en {g} {d}'],
  ['refugees in {g} {d}', 'refugiados en {g} {d}'],
  ['{r|bare} fighters in {g} {d}', 'combatientes de {r} en {g} {d}'],
  ['{r|bare} grants consent in {g}', '{r} concede el consentimiento en {g}'],
  ['{r|bare} withdraws consent in {g}', '{r} retira el consentimiento en {g}'],
  ['the neighbour is sanctioned for {n} round(s)', 'el vecino queda sancionado {n} ronda(s)'],
  ['donor fatigue halves aid this round', 'la fatiga de los donantes reduce la ayuda a la mitad esta ronda'],
  ['the Security Council is deadlocked this round', 'el Consejo de Seguridad está bloqueado esta ronda'],
  ['the election date slips', 'la fecha electoral se retrasa'],
  ['factions', 'las facciones'],
  // Pieces of pledges and offers.
  ['either faction', 'cualquiera de las facciones'],
  ['anywhere', 'en cualquier lugar'],
  ['in {g}', 'en {g}'],
  ['force', 'la fuerza'],
  ['sanctions', 'sanciones'],
  ['nothing', 'nada'],
  ['{n} capability', '{n} de capacidad'],
  ['{n} funds', '{n} de fondos'],
  ['an inducement of {n}', 'un incentivo de {n}'],
  ['cantoning {n} fighter(s) in {g}', 'acantonar {n} combatiente(s) en {g}'],
  ['cantoning {n} fighter(s)', 'acantonar {n} combatiente(s)'],
  ['consent to a mission in {g}', 'consentimiento a una misión en {g}'],
  ['consent to a mission', 'consentimiento a una misión'],
  ['no attacks in {g}', 'ningún ataque en {g}'],
  ['no attacks', 'ningún ataque'],
  ['"{x}"', '«{x}»'],
  ['guarantors', 'los garantes'],
  ['spoilers', 'el saboteador'],
  ['all', 'todos'],
];

/** History lines (after "Round N: ") and causes of the ledger. */
export const linePatternsEs: readonly Pattern[] = [
  // The crisis card and its decision.
  ['crisis — {c}: {c2} ({eff})', '{c}: {c2} ({eff})'],
  ['crisis — {c}: {c2}', '{c}: {c2}'],
  ['The {r|bare} must decide: {c}', '{r|The} debe decidir: {c}'],
  ['{r} chose "{c}" ({eff}).', '{r} eligió «{c}» ({eff}).'],
  ['{r} chose "{c}".', '{r} eligió «{c}».'],
  ['{c}: {r|bare} chose "{c2}"', '{c}: {r} eligió «{c2}»'],
  // Negotiation.
  [
    '{r} offered {r2} {terms} for {terms2} (offer #{n}).',
    '{r} ofreció a {r2} {terms} a cambio de {terms2} (oferta n.º {n}).',
  ],
  ['{r} accepted offer #{n}: a side deal.', '{r} aceptó la oferta n.º {n}: un trato aparte.'],
  ['{r} refused offer #{n}.', '{r} rechazó la oferta n.º {n}.'],
  ['side deal #{n} between {r} and {r2}', 'trato aparte n.º {n} entre {r} y {r2}'],
  [
    '{r} pledged publicly: if anyone attacks {whom} {where}, it will respond with {resp} (UN-endorsed). Weight {n}; it sets aside {set} until round {n2}. The {r2|bare} sees a one-sided guarantee: its Fear rose (security envy).',
    '{r} dio una garantía pública: si alguien ataca a {whom} {where}, responderá con {resp} (con respaldo de la ONU). Peso {n}; reserva {set} hasta la ronda {n2}. {r2|The} ve una garantía unilateral: su Miedo subió (envidia de seguridad).',
  ],
  [
    '{r} pledged publicly: if anyone attacks {whom} {where}, it will respond with {resp} (UN-endorsed). Weight {n}; it sets aside {set} until round {n2}.',
    '{r} dio una garantía pública: si alguien ataca a {whom} {where}, responderá con {resp} (con respaldo de la ONU). Peso {n}; reserva {set} hasta la ronda {n2}.',
  ],
  [
    '{r} pledged publicly: if anyone attacks {whom} {where}, it will respond with {resp}. Weight {n}; it sets aside {set} until round {n2}. The {r2|bare} sees a one-sided guarantee: its Fear rose (security envy).',
    '{r} dio una garantía pública: si alguien ataca a {whom} {where}, responderá con {resp}. Peso {n}; reserva {set} hasta la ronda {n2}. {r2|The} ve una garantía unilateral: su Miedo subió (envidia de seguridad).',
  ],
  [
    '{r} pledged publicly: if anyone attacks {whom} {where}, it will respond with {resp}. Weight {n}; it sets aside {set} until round {n2}.',
    '{r} dio una garantía pública: si alguien ataca a {whom} {where}, responderá con {resp}. Peso {n}; reserva {set} hasta la ronda {n2}.',
  ],
  [
    '{r} pledged publicly: if anyone violates the ceasefire against {whom} {where}, it will respond with {resp} (UN-endorsed). Weight {n}; it sets aside {set} until round {n2}. The {r2|bare} sees a one-sided guarantee: its Fear rose (security envy).',
    '{r} dio una garantía pública: si alguien viola el alto el fuego contra {whom} {where}, responderá con {resp} (con respaldo de la ONU). Peso {n}; reserva {set} hasta la ronda {n2}. {r2|The} ve una garantía unilateral: su Miedo subió (envidia de seguridad).',
  ],
  [
    '{r} pledged publicly: if anyone violates the ceasefire against {whom} {where}, it will respond with {resp} (UN-endorsed). Weight {n}; it sets aside {set} until round {n2}.',
    '{r} dio una garantía pública: si alguien viola el alto el fuego contra {whom} {where}, responderá con {resp} (con respaldo de la ONU). Peso {n}; reserva {set} hasta la ronda {n2}.',
  ],
  [
    '{r} pledged publicly: if anyone violates the ceasefire against {whom} {where}, it will respond with {resp}. Weight {n}; it sets aside {set} until round {n2}. The {r2|bare} sees a one-sided guarantee: its Fear rose (security envy).',
    '{r} dio una garantía pública: si alguien viola el alto el fuego contra {whom} {where}, responderá con {resp}. Peso {n}; reserva {set} hasta la ronda {n2}. {r2|The} ve una garantía unilateral: su Miedo subió (envidia de seguridad).',
  ],
  [
    '{r} pledged publicly: if anyone violates the ceasefire against {whom} {where}, it will respond with {resp}. Weight {n}; it sets aside {set} until round {n2}.',
    '{r} dio una garantía pública: si alguien viola el alto el fuego contra {whom} {where}, responderá con {resp}. Peso {n}; reserva {set} hasta la ronda {n2}.',
  ],
  ['{r} renewed pledge #{n} until round {n2}.', '{r} renovó la garantía n.º {n} hasta la ronda {n2}.'],
  [
    '{r} withdrew pledge #{n}. Those it protected feel exposed again.',
    '{r} retiró la garantía n.º {n}. Quienes protegía vuelven a sentirse expuestos.',
  ],
  ['{r|bare} withdrew pledge #{n}', '{r} retiró la garantía n.º {n}'],
  [
    '{r} announced it will leave after round {n}. Voters at home are relieved; the factions wonder who will protect them then.',
    '{r} anunció que se irá tras la ronda {n}. Sus votantes respiran aliviados; las facciones se preguntan quién las protegerá entonces.',
  ],
  ['{r|bare} announced it leaves after round {n}', '{r} anunció que se va tras la ronda {n}'],
  ['UN endorsement of pledge #{n}', 'respaldo de la ONU a la garantía n.º {n}'],
  ['funds set aside to honour pledge #{n}', 'fondos reservados para cumplir la garantía n.º {n}'],
  [
    'funds set aside for pledge #{n} come back (withdrawn)',
    'vuelven los fondos reservados para la garantía n.º {n} (retirada)',
  ],
  [
    'funds set aside for pledge #{n} come back (it left the country)',
    'vuelven los fondos reservados para la garantía n.º {n} (se fue del país)',
  ],
  [
    'funds set aside for pledge #{n} come back (its term ended)',
    'vuelven los fondos reservados para la garantía n.º {n} (venció su plazo)',
  ],
  [
    'funds set aside for pledge #{n} come back ({x})',
    'vuelven los fondos reservados para la garantía n.º {n} ({x})',
  ],
  [
    "security envy: {r|bare}'s one-sided pledge #{n} to {r2}",
    'envidia de seguridad: garantía unilateral n.º {n} de {r} a {r2}',
  ],
  // Deployments.
  ['{r} granted consent to missions in {g}.', '{r} concedió el consentimiento a las misiones en {g}.'],
  ['{r} withdrew consent to missions in {g}.', '{r} retiró el consentimiento a las misiones en {g}.'],
  [
    'Without consent, the missions in {g} had to leave.',
    'Sin consentimiento, las misiones en {g} tuvieron que irse.',
  ],
  [
    '{r} could not deploy monitors to {g}: consent was withdrawn.',
    '{r} no pudo desplegar observadores en {g}: se retiró el consentimiento.',
  ],
  [
    '{r} could not deploy peacekeepers to {g}: consent was withdrawn.',
    '{r} no pudo desplegar cascos azules en {g}: se retiró el consentimiento.',
  ],
  ['{r} deployed monitors to {g}.', '{r} desplegó observadores en {g}.'],
  ['{r} deployed peacekeepers to {g}.', '{r} desplegó cascos azules en {g}.'],
  ['{r} withdrew its mission from {g}.', '{r} retiró su misión de {g}.'],
  ['{r} withdrew its mission from {g}', '{r} retiró su misión de {g}'],
  ['{r} patrolled {g}.', '{r} patrulló {g}.'],
  ['{r} patrolled {g}', '{r} patrulló {g}'],
  [
    'Monitors saw {n} fighter(s) of {r} move from {g} to {g2}.',
    'Los observadores vieron a {n} combatiente(s) de {r} moverse de {g} a {g2}.',
  ],
  ['You moved {n} fighter(s) from {g} to {g2}.', 'Moviste {n} combatiente(s) de {g} a {g2}.'],
  // Monitoring and DDR.
  [
    'monitors found {n} hidden cache(s) of {r} in {g}',
    'los observadores encontraron {n} alijo(s) oculto(s) de {r} en {g}',
  ],
  [
    'Monitors found {n} hidden weapons cache(s) of {r} in {g}. Fear of {r2} rose.',
    'Los observadores encontraron {n} alijo(s) de armas oculto(s) de {r} en {g}. Subió el Miedo de {r2}.',
  ],
  [
    'monitors verified that {r} cantoned {n} in {g}',
    'los observadores verificaron que {r} acantonó a {n} en {g}',
  ],
  [
    'monitors verified that {r} disarmed {n} in {g}',
    'los observadores verificaron que {r} desarmó a {n} en {g}',
  ],
  [
    '{r} cantoned {n} fighter(s) in {g}; monitors verified it. Fear of {r2} fell to {n2}.',
    '{r} acantonó a {n} combatiente(s) en {g}; los observadores lo verificaron. El Miedo de {r2} bajó a {n2}.',
  ],
  [
    '{r} disarmed {n} fighter(s) in {g}; monitors verified it. Fear of {r2} fell to {n2}.',
    '{r} desarmó a {n} combatiente(s) en {g}; los observadores lo verificaron. El Miedo de {r2} bajó a {n2}.',
  ],
  [
    '{r} says it cantoned {n} fighter(s) in {g}; with no monitors there, nobody could verify it.',
    '{r} dice que acantonó a {n} combatiente(s) en {g}; sin observadores allí, nadie pudo verificarlo.',
  ],
  [
    '{r} says it disarmed {n} fighter(s) in {g}; with no monitors there, nobody could verify it.',
    '{r} dice que desarmó a {n} combatiente(s) en {g}; sin observadores allí, nadie pudo verificarlo.',
  ],
  [
    '{r} tried to reintegrate {n} fighter(s) in {g}, but there were no jobs: reconstruction lags too far behind expectations. They wait, angry.',
    '{r} intentó reintegrar a {n} combatiente(s) en {g}, pero no había empleo: la reconstrucción va muy por detrás de las expectativas. Esperan, enfadados.',
  ],
  [
    '{r} reintegrated {n} fighter(s) from {g}: they are now party workers and voters (political strength {n2}).',
    '{r} reintegró a {n} combatiente(s) de {g}: ahora son militantes y votantes del partido (fuerza política {n2}).',
  ],
  [
    'a hidden cache in {g} armed the fighters (no weapons to buy)',
    'un alijo oculto en {g} armó a los combatientes (sin comprar armas)',
  ],
  ['monitors saw {r} rearm {n} in {g}', 'los observadores vieron a {r} rearmar a {n} en {g}'],
  ['fighters left the camps in {g}', 'combatientes abandonaron los campos en {g}'],
  [
    'Monitors report that {r} rearmed {n} fighter(s) in {g} — a violation. Fear of {r2} rose to {n2}.',
    'Los observadores informan de que {r} rearmó a {n} combatiente(s) en {g}: una violación. El Miedo de {r2} subió a {n2}.',
  ],
  ['Fighters of {r} left the camps in {g}.', 'Combatientes de {r} abandonaron los campos en {g}.'],
  ['monitors caught {r} hiding weapons in {g}', 'los observadores pillaron a {r} escondiendo armas en {g}'],
  ['Monitors caught {r} hiding weapons in {g}.', 'Los observadores pillaron a {r} escondiendo armas en {g}.'],
  ['You hid a weapons cache in {g}.', 'Escondiste un alijo de armas en {g}.'],
  [
    'fighters cantoned, disarmed, reintegrated (or lost)',
    'combatientes acantonados, desarmados, reintegrados (o perdidos)',
  ],
  // The spoiler and its custodians (with several spoilers, the line names the one it worked on).
  [
    '{r} offered the spoiler money and a place in the process ({r2}).',
    '{r} ofreció dinero y un lugar en el proceso al saboteador ({r2}).',
  ],
  [
    '{r} offered the spoiler money and a place in the process ({r2})',
    '{r} ofreció dinero y un lugar en el proceso al saboteador ({r2})',
  ],
  ['{r} engaged the spoiler’s leaders ({r2}).', '{r} se implicó con los líderes del saboteador ({r2}).'],
  ['{r} engaged the spoiler’s leaders ({r2})', '{r} se implicó con los líderes del saboteador ({r2})'],
  ['{r} coerced the spoiler ({r2}).', '{r} coaccionó al saboteador ({r2}).'],
  ['{r} coerced the spoiler ({r2})', '{r} coaccionó al saboteador ({r2})'],
  [
    '{r} offered the spoiler money and a place in the process.',
    '{r} ofreció al saboteador dinero y un lugar en el proceso.',
  ],
  [
    '{r} offered the spoiler money and a place in the process',
    '{r} ofreció al saboteador dinero y un lugar en el proceso',
  ],
  ['{r} engaged the spoiler’s leaders.', '{r} se implicó con los líderes del saboteador.'],
  ['{r} engaged the spoiler’s leaders', '{r} se implicó con los líderes del saboteador'],
  ['{r} coerced the spoiler.', '{r} coaccionó al saboteador.'],
  ['{r} coerced the spoiler', '{r} coaccionó al saboteador'],
  ['coercing the spoiler cost {r} approval at home', 'coaccionar al saboteador costó apoyo interno a {r}'],
  ['Your militancy is now {n}.', 'Tu militancia es ahora {n}.'],
  [
    '{r} imposed sanctions on the hostile neighbour for {n} rounds.',
    '{r} impuso sanciones al vecino hostil durante {n} rondas.',
  ],
  [
    'the spoiler recruited in {g}: idle ex-combatants joined it',
    'el saboteador reclutó en {g}: se le unieron excombatientes ociosos',
  ],
  ['the spoiler recruited in {g}', 'el saboteador reclutó en {g}'],
  [
    'The spoiler recruited {n} fighter(s) in {g}, {n2} of them disarmed ex-combatants who were still waiting for reintegration.',
    'El saboteador reclutó a {n} combatiente(s) en {g}, {n2} de ellos excombatientes desarmados que aún esperaban la reintegración.',
  ],
  ['The spoiler recruited {n} fighter(s) in {g}.', 'El saboteador reclutó a {n} combatiente(s) en {g}.'],
  ['smuggling out of {g} (halved by patrols)', 'contrabando desde {g} (a la mitad por las patrullas)'],
  ['smuggling out of {g}', 'contrabando desde {g}'],
  [
    'Smugglers moved goods out of {g} despite patrols.',
    'Los contrabandistas sacaron mercancía de {g} pese a las patrullas.',
  ],
  ['Smugglers moved goods out of {g}.', 'Los contrabandistas sacaron mercancía de {g}.'],
  ['Smuggling in {g} earned you {n}.', 'El contrabando en {g} te dio {n}.'],
  ['militiamen intimidated voters in {g}', 'milicianos intimidaron a los votantes en {g}'],
  [
    'Militiamen intimidated voters and officials in {g}: stability and election readiness fell.',
    'Milicianos intimidaron a votantes y funcionarios en {g}: bajaron la estabilidad y la preparación electoral.',
  ],
  // Violations.
  [
    '{r} attacked {r2} in {g} (verified by monitors)',
    '{r} atacó a {r2} en {g} (verificado por los observadores)',
  ],
  [
    'an attack on {r} in {g}, rumoured to be by {r2} (unverified)',
    'un ataque contra {r} en {g}, atribuido por rumores a {r2} (sin verificar)',
  ],
  ['losses attacking in {g}', 'pérdidas al atacar en {g}'],
  ['casualties among its peacekeepers in {g}', 'bajas entre sus cascos azules en {g}'],
  [
    'Monitors confirm: {r} attacked {r2} in {g}. {n} of their units fell (peacekeepers stopped {n2}); {n3} attacker(s) fell.',
    'Los observadores confirman: {r} atacó a {r2} en {g}. Cayeron {n} de sus unidades (los cascos azules detuvieron {n2}); cayeron {n3} atacante(s).',
  ],
  [
    'Monitors confirm: {r} attacked {r2} in {g}. {n} of their units fell; {n2} attacker(s) fell.',
    'Los observadores confirman: {r} atacó a {r2} en {g}. Cayeron {n} de sus unidades; cayeron {n2} atacante(s).',
  ],
  [
    '{r} was attacked in {g}; {n} of their units fell (peacekeepers stopped {n2}); {n3} attacker(s) fell. With no monitors there, rumours blame {r2}.',
    '{r} fue atacado en {g}; cayeron {n} de sus unidades (los cascos azules detuvieron {n2}); cayeron {n3} atacante(s). Sin observadores allí, los rumores culpan a {r2}.',
  ],
  [
    '{r} was attacked in {g}; {n} of their units fell; {n2} attacker(s) fell. With no monitors there, rumours blame {r2}.',
    '{r} fue atacado en {g}; cayeron {n} de sus unidades; cayeron {n2} atacante(s). Sin observadores allí, los rumores culpan a {r2}.',
  ],
  [
    'The rumour is false: it was you who attacked in {g}.',
    'El rumor es falso: fuiste tú quien atacó en {g}.',
  ],
  ['it believes {r} broke the ceasefire', 'cree que {r} rompió el alto el fuego'],
  ["{r}'s enforcement (Chapter VII) in {g}", 'medidas coercitivas (Capítulo VII) de {r} en {g}'],
  [
    '{r} carried out enforcement (Chapter VII) in {g}: {n} armed unit(s) removed. It cost domestic approval.',
    '{r} aplicó medidas coercitivas (Capítulo VII) en {g}: {n} unidad(es) armada(s) eliminada(s). Le costó apoyo interno.',
  ],
  [
    'a rumour (unverifiable) that {r} is moving fighters in {g}',
    'un rumor (imposible de verificar) de que {r} mueve combatientes en {g}',
  ],
  [
    'A rumour spreads that {r} is moving fighters in {g}. Nobody can check it. Fear of {r2} rose.',
    'Corre el rumor de que {r} mueve combatientes en {g}. Nadie puede comprobarlo. Subió el Miedo de {r2}.',
  ],
  // Pledges.
  [
    '{r}’s pledge #{n} was triggered by a rumoured attack by {r2} in {g}. Everyone waits to see whether it will keep its word.',
    'Se activó la garantía n.º {n} de {r} por un ataque atribuido por rumores a {r2} en {g}. Todos esperan a ver si cumple su palabra.',
  ],
  [
    '{r}’s pledge #{n} was triggered by attack by {r2} in {g}. Everyone waits to see whether it will keep its word.',
    'Se activó la garantía n.º {n} de {r} por un ataque de {r2} en {g}. Todos esperan a ver si cumple su palabra.',
  ],
  [
    '{r}’s pledge #{n} was triggered by a rumoured violation by {r2} in {g}. Everyone waits to see whether it will keep its word.',
    'Se activó la garantía n.º {n} de {r} por una violación atribuida por rumores a {r2} en {g}. Todos esperan a ver si cumple su palabra.',
  ],
  [
    '{r}’s pledge #{n} was triggered by violation by {r2} in {g}. Everyone waits to see whether it will keep its word.',
    'Se activó la garantía n.º {n} de {r} por una violación de {r2} en {g}. Todos esperan a ver si cumple su palabra.',
  ],
  [
    "{r}'s pledge #{n} covers its camps and has been honoured",
    'la garantía n.º {n} de {r} cubre sus campos y se ha cumplido',
  ],
  ["{r}'s pledge #{n} covers its camps", 'la garantía n.º {n} de {r} cubre sus campos'],
  [
    "{r} trusts {r2}'s pledge #{n} to protect its demobilized fighters: Fear fell to {n2}.",
    '{r} confía en que la garantía n.º {n} de {r2} proteja a sus combatientes desmovilizados: el Miedo bajó a {n2}.',
  ],
  [
    '{n} of its demobilized fighters sit within reach of armed rivals, unwatched and unprotected ({gs})',
    '{n} de sus combatientes desmovilizados están al alcance de rivales armados, sin vigilancia ni protección ({gs})',
  ],
  [
    '{r} has {n} fighters in camps within reach of armed rivals, with no monitor or credible pledge: its Fear rose to {n2}.',
    '{r} tiene {n} combatientes en campos al alcance de rivales armados, sin observadores ni garantía creíble: su Miedo subió a {n2}.',
  ],
  ["{r}'s pledge #{n} ran out.", 'La garantía n.º {n} de {r} venció.'],
  ['{r|bare} honoured pledge #{n} (again)', '{r} cumplió la garantía n.º {n} (otra vez)'],
  [
    'casualties: {r|bare} honoured pledge #{n} with force',
    'bajas: {r} cumplió la garantía n.º {n} con la fuerza',
  ],
  ['sanctions: {r|bare} honoured pledge #{n}', 'sanciones: {r} cumplió la garantía n.º {n}'],
  ['{r|bare} honoured pledge #{n}', '{r} cumplió la garantía n.º {n}'],
  ['{r|bare} broke pledge #{n}', '{r} incumplió la garantía n.º {n}'],
  [
    'The {r|bare} honoured pledge #{n}: its forces struck {n2} unit(s) of {r2}. Its credibility rose to {n3}; the pledge stays in force.',
    '{r|The} cumplió la garantía n.º {n}: sus fuerzas golpearon {n2} unidad(es) de {r2}. Su credibilidad subió a {n3}; la garantía sigue en vigor.',
  ],
  [
    'The {r|bare} honoured pledge #{n}: sanctions cost {r2} {n2} funds. Its credibility rose to {n3}; the pledge stays in force.',
    '{r|The} cumplió la garantía n.º {n}: las sanciones costaron {n2} de fondos a {r2}. Su credibilidad subió a {n3}; la garantía sigue en vigor.',
  ],
  [
    'The {r|bare} broke pledge #{n}. Its credibility collapsed to {n2}; the protected side’s Fear jumped above where it started, and {n3} cantoned fighter(s) took their weapons back.',
    '{r|The} incumplió la garantía n.º {n}. Su credibilidad se hundió a {n2}; el Miedo del bando protegido saltó por encima de donde empezó, y {n3} combatiente(s) acantonado(s) recuperaron sus armas.',
  ],
  [
    'The {r|bare} broke pledge #{n}. Its credibility collapsed to {n2}; the protected side’s Fear jumped above where it started.',
    '{r|The} incumplió la garantía n.º {n}. Su credibilidad se hundió a {n2}; el Miedo del bando protegido saltó por encima de donde empezó.',
  ],
  // Economy.
  ["{r}'s aid to {g}", 'ayuda de {r} a {g}'],
  [
    'Aid arrived in {g}, but donor fatigue cut it to a trickle.',
    'Llegó ayuda a {g}, pero la fatiga de los donantes la redujo a un hilo.',
  ],
  ['Aid arrived in {g}.', 'Llegó ayuda a {g}.'],
  ['{r} rebuilt in {g}', '{r} reconstruyó en {g}'],
  ['{r} rebuilt roads and markets in {g}.', '{r} reconstruyó carreteras y mercados en {g}.'],
  ['{r} campaigned', '{r} hizo campaña'],
  [
    '{r} campaigned as a political party (political strength {n}).',
    '{r} hizo campaña como partido político (fuerza política {n}).',
  ],
  [
    '{r} campaigned, but a party needs members: without more reintegrated fighters it won no new votes.',
    '{r} hizo campaña, pero un partido necesita militantes: sin más combatientes reintegrados no ganó votos nuevos.',
  ],
  ["{r}'s multidimensional mandate", 'mandato multidimensional de {r}'],
  [
    '{r} ran its multidimensional mandate: police and army reform, election support.',
    '{r} ejecutó su mandato multidimensional: reforma de la policía y el ejército, apoyo electoral.',
  ],
  ["{r}'s security-sector reform", 'reforma del sector de seguridad de {r}'],
  [
    '{r} pushed security-sector reform with the mission’s help.',
    '{r} impulsó la reforma del sector de seguridad con ayuda de la misión.',
  ],
  ['{r} pushed security-sector reform.', '{r} impulsó la reforma del sector de seguridad.'],
  ['orders: {ord}', 'órdenes: {ord}'],
  ['income (halved by donor fatigue)', 'ingresos (a la mitad por la fatiga de los donantes)'],
  ['income', 'ingresos'],
  ['support from the hostile neighbour', 'apoyo del vecino hostil'],
  ['keeping {n} peacekeeper unit(s) deployed', 'mantener desplegadas {n} unidad(es) de cascos azules'],
  [
    'Keeping peacekeepers deployed cost {r} {n} point(s) of domestic approval.',
    'Mantener desplegados a los cascos azules costó a {r} {n} punto(s) de apoyo interno.',
  ],
  ['{r} free-rode: no costs at home', '{r} se aprovechó del otro: sin costes en casa'],
  ['{r} free-rode: its commitment is doubted', '{r} se aprovechó del otro: se duda de su compromiso'],
  ['burden-sharing row: {r} free-rode', 'disputa por el reparto de cargas: {r} se aprovechó del otro'],
  [
    '{r} free-rode on the other guarantor: its voters are pleased, but the burden-sharing row weakens the other’s will.',
    '{r} se aprovechó del otro garante: sus votantes están contentos, pero la disputa por el reparto de cargas debilita la voluntad del otro.',
  ],
  ['approval at home is very low', 'el apoyo interno es muy bajo'],
  ['budget cuts: approval at home is very low', 'recortes: el apoyo interno es muy bajo'],
  [
    '{r} left the country as it had announced; its pledges lapse.',
    '{r} se fue del país como había anunciado; sus garantías decaen.',
  ],
  // National tracks.
  ['civilians expect more every round', 'los civiles esperan más cada ronda'],
  [
    'unrest: expectations {n}, reconstruction {n2} ({n3} ahead)',
    'descontento: expectativas {n}, reconstrucción {n2} ({n3} por delante)',
  ],
  [
    'Civilians expected more from peace than they got (expectations {n}, reconstruction {n2}): unrest in {g}, Tension rose.',
    'Los civiles esperaban más de la paz de lo que recibieron (expectativas {n}, reconstrucción {n2}): descontento en {g}, subió la Tensión.',
  ],
  ["{r}'s hardliners (Fear {n})", 'los duros de {r} (Miedo {n})'],
  [
    '{r} is afraid (Fear {n}); its hardliners raise Tension.',
    '{r} tiene miedo (Miedo {n}); sus duros suben la Tensión.',
  ],
  ['refugee camps overflowing in {g}', 'campos de refugiados desbordados en {g}'],
  ['talk of hidden weapons caches', 'rumores de alijos de armas ocultos'],
  [
    'Talk of hidden weapons caches keeps both sides on edge: Tension rose.',
    'Los rumores de alijos de armas ocultos tienen en vilo a ambos bandos: subió la Tensión.',
  ],
  ['a round without fighting', 'una ronda sin combates'],
  [
    'A round without fighting: Tension eased and election preparations went ahead.',
    'Una ronda sin combates: bajó la Tensión y avanzaron los preparativos electorales.',
  ],
  ['peacekeepers in {n} regions', 'cascos azules en {n} regiones'],
  [
    'Tension {n}/{n2}, DDR {n3}, reform {n4}, election readiness {n5}, reconstruction {n6}, expectations {n7}.',
    'Tensión {n}/{n2}, DDR {n3}, reforma {n4}, preparación electoral {n5}, reconstrucción {n6}, expectativas {n7}.',
  ],
  // War and the end.
  [
    '{r} resumed the war (its forces {n} against {n2} and guarantor forces {n3}) and defeated {r2}. The transition collapsed.',
    '{r} reanudó la guerra (sus fuerzas {n} contra {n2} y fuerzas de garantes {n3}) y derrotó a {r2}. La transición se hundió.',
  ],
  [
    '{r} resumed the war (its forces {n} against {n2} and guarantor forces {n3}) and was beaten back by {r2}. The transition collapsed.',
    '{r} reanudó la guerra (sus fuerzas {n} contra {n2} y fuerzas de garantes {n3}) y fue rechazado por {r2}. La transición se hundió.',
  ],
  [
    '{r} resumed the war (its forces {n} against {n2}) and defeated {r2}. The transition collapsed.',
    '{r} reanudó la guerra (sus fuerzas {n} contra {n2}) y derrotó a {r2}. La transición se hundió.',
  ],
  [
    '{r} resumed the war (its forces {n} against {n2}) and was beaten back by {r2}. The transition collapsed.',
    '{r} reanudó la guerra (sus fuerzas {n} contra {n2}) y fue rechazado por {r2}. La transición se hundió.',
  ],
  // The opening line (the scenario and its summary), and a card named as a cause.
  ['{c}: {c2}', '{c}: {c2}'],
  ['{c}', '{c}'],
  [
    'Tension reached {n}. The ceasefire collapsed into renewed fighting.',
    'La Tensión llegó a {n}. El alto el fuego se hundió en nuevos combates.',
  ],
  ['After round {n} the elections were held.', 'Tras la ronda {n} se celebraron las elecciones.'],
  [
    'The transition is over after {n} rounds. Outcome: {grade}. Winners: nobody.',
    'La transición terminó tras {n} rondas. Resultado: {grade}. Ganadores: nadie.',
  ],
  [
    'The transition is over after {n} rounds. Outcome: {grade}. Winners: {rs}.',
    'La transición terminó tras {n} rondas. Resultado: {grade}. Ganadores: {rs}.',
  ],
  // Elections called early: by the facilitator or by the lesson clock (game/end.ts).
  [
    'the facilitator called the elections early; they were held on the spot.',
    'el facilitador adelantó las elecciones; se celebraron en el acto.',
  ],
  [
    'the lesson clock called the elections early: there was not time for another full round; they were held on the spot.',
    'el reloj de la clase adelantó las elecciones: no quedaba tiempo para otra ronda completa; se celebraron en el acto.',
  ],
  [
    'the lesson time ran out, so the lesson clock called the elections; they were held on the spot.',
    'se acabó el tiempo de la clase, así que el reloj de la clase convocó las elecciones; se celebraron en el acto.',
  ],
  ['{line} Outcome: {grade}. Winners: nobody.', '{line} Resultado: {grade}. Ganadores: nadie.'],
  ['{line} Outcome: {grade}. Winners: {rs}.', '{line} Resultado: {grade}. Ganadores: {rs}.'],
  // The debrief's turning points (game/debrief.ts).
  ['Tension jumped from {n} to {n2}.', 'La Tensión saltó de {n} a {n2}.'],
  // The end screen's reasons for each role's score (game/scoring.ts): objective, agenda, verdict.
  ['Objective met: {line}.', 'Objetivo cumplido: {line}.'],
  ['Objective missed: {line}.', 'Objetivo no cumplido: {line}.'],
  ['Secret agenda met: {c}', 'Agenda secreta cumplida: {c}'],
  ['Secret agenda missed: {c}', 'Agenda secreta no cumplida: {c}'],
  ['Both met: a win.', 'Ambos cumplidos: una victoria.'],
  [
    'A win needs both the objective and the secret agenda.',
    'Para ganar hacen falta el objetivo y la agenda secreta.',
  ],
  ['it restarted the war and won it', 'reanudó la guerra y la ganó'],
  ['it restarted the war and lost', 'reanudó la guerra y la perdió'],
  ['the war resumed', 'la guerra se reanudó'],
  ['the transition collapsed', 'la transición se derrumbó'],
  ['the elections could not be held', 'no se pudieron celebrar las elecciones'],
  ['it won the elections and kept power', 'ganó las elecciones y conservó el poder'],
  ['it lost the elections', 'perdió las elecciones'],
  [
    'political strength {n} (needs {n2}), Fear {n3} (needs 6 or less); it won the elections',
    'fuerza política {n} (necesita {n2}), Miedo {n3} (necesita 6 o menos); ganó las elecciones',
  ],
  [
    'political strength {n} (needs {n2}), Fear {n3} (needs 6 or less)',
    'fuerza política {n} (necesita {n2}), Miedo {n3} (necesita 6 o menos)',
  ],
  ['the peace held', 'la paz se mantuvo'],
  ['the deal collapsed, as it wanted', 'el acuerdo se derrumbó, como quería'],
  ['took {n} in spoils (needs {n2})', 'se llevó {n} de botín (necesita {n2})'],
  [
    'received {n} inducement(s) (needs {n2}) and peace held',
    'recibió {n} incentivo(s) (necesita {n2}) y la paz se mantuvo',
  ],
  [
    'received {n} inducement(s) (needs {n2}) but the deal collapsed',
    'recibió {n} incentivo(s) (necesita {n2}), pero el acuerdo se derrumbó',
  ],
  [
    'outcome {grade}, credibility {n}, and it made no pledge and keeps no peacekeepers',
    'resultado {grade}, credibilidad {n}, y no dio ninguna garantía ni mantiene cascos azules',
  ],
  ['outcome {grade}, credibility {n}', 'resultado {grade}, credibilidad {n}'],
  [
    'no collapse, domestic approval {n} (needs {n2}), credibility {n3} (needs {n4}), spoiler fighters {n5} (needs {n6} or fewer)',
    'sin colapso, apoyo interno {n} (necesita {n2}), credibilidad {n3} (necesita {n4}), combatientes del saboteador {n5} (necesita {n6} o menos)',
  ],
  [
    'collapse, domestic approval {n} (needs {n2}), credibility {n3} (needs {n4}), spoiler fighters {n5} (needs {n6} or fewer)',
    'colapso, apoyo interno {n} (necesita {n2}), credibilidad {n3} (necesita {n4}), combatientes del saboteador {n5} (necesita {n6} o menos)',
  ],
  // Forecasts of an order (game/forecast.ts), shown before an order is added and once it is queued.
  [
    'Your camps within reach of armed rivals ({gs}) are covered by a pledge in force: it lowers your Fear once it has stood a round.',
    'Tus campamentos al alcance de rivales armados ({gs}) están cubiertos por una garantía en vigor: baja tu Miedo cuando lleve una ronda en pie.',
  ],
  [
    'Your exposure rises to {n} demobilized fighter(s) within reach of armed rivals, unwatched and unprotected ({gs}): your Fear rises by 1 each round it stays so.',
    'Tu exposición sube a {n} combatiente(s) desmovilizado(s) al alcance de rivales armados, sin vigilancia ni protección ({gs}): tu Miedo sube 1 cada ronda que siga así.',
  ],
  [
    'Your exposure rises to {n} demobilized fighter(s) within reach of armed rivals, unwatched and unprotected ({gs}).',
    'Tu exposición sube a {n} combatiente(s) desmovilizado(s) al alcance de rivales armados, sin vigilancia ni protección ({gs}).',
  ],
  [
    'Monitors in {g|bare} will verify it: Fear of {r} falls by 1.',
    'Los observadores en {g} lo verificarán: el Miedo de {r} baja 1.',
  ],
  [
    'No monitors in {g|bare}, so {r} cannot verify that you cantoned.',
    'No hay observadores en {g}, así que {r} no puede verificar que acantonaste.',
  ],
  [
    'No monitors in {g|bare}, so {r} cannot verify that you disarmed.',
    'No hay observadores en {g}, así que {r} no puede verificar que desarmaste.',
  ],
  ['DDR progress {d}.', 'Avance del DDR {d}.'],
  [
    'Cantoned fighters cannot defend themselves if attacked here.',
    'Los combatientes acantonados no pueden defenderse si los atacan aquí.',
  ],
  [
    'No jobs: reconstruction is {n} behind expectations ({n2} or more), so reintegration will fail this round.',
    'Sin empleo: la reconstrucción va {n} por detrás de las expectativas ({n2} o más), así que la reintegración fallará esta ronda.',
  ],
  [
    'Political strength +{n}; each reintegrated member lets one campaign win a vote.',
    'Fuerza política +{n}; cada miembro reintegrado permite que una campaña gane un voto.',
  ],
  [
    'Tension +1: fighters leaving the camps break the accord.',
    'Tensión +1: los combatientes que dejan los campamentos rompen el acuerdo.',
  ],
  ['Monitors will see it: Fear of {r} rises by 2.', 'Los observadores lo verán: el Miedo de {r} sube 2.'],
  [
    "It would trigger {r}'s pledge #{n} ({resp}) against you.",
    'Activaría la garantía n.º {n} de {r} ({resp}) contra ti.',
  ],
  [
    'Monitors in {g|bare} will catch it: Tension +1, Fear of {r} +1.',
    'Los observadores en {g} lo descubrirán: Tensión +1, Miedo de {r} +1.',
  ],
  [
    'Nobody watches there: the cache stays secret until monitors arrive (then Tension +1).',
    'Nadie vigila allí: el alijo sigue en secreto hasta que lleguen observadores (entonces Tensión +1).',
  ],
  ['Tension +{n}; Fear of {r} +2; stability here -1.', 'Tensión +{n}; Miedo de {r} +2; estabilidad aquí -1.'],
  [
    'Monitors are there: everyone will know it was you.',
    'Hay observadores allí: todos sabrán que fuiste tú.',
  ],
  [
    'No monitors: rumours name the attacker, wrongly {n}% of the time.',
    'Sin observadores: los rumores nombran al atacante y se equivocan el {n}% de las veces.',
  ],
  ['Peacekeepers there stop up to {n} hit(s).', 'Los cascos azules allí detienen hasta {n} impacto(s).'],
  [
    "It would trigger {r}'s pledge #{n}: its forces may strike 2 of your units.",
    'Activaría la garantía n.º {n} de {r}: sus fuerzas pueden golpear 2 de tus unidades.',
  ],
  [
    "It would trigger {r}'s pledge #{n}: sanctions may cost you 2 funds.",
    'Activaría la garantía n.º {n} de {r}: las sanciones pueden costarte 2 de fondos.',
  ],
  ['Election readiness +1.', 'Preparación electoral +1.'],
  [
    'Political strength +1 (you have reintegrated members to campaign).',
    'Fuerza política +1 (tienes miembros reintegrados para hacer campaña).',
  ],
  [
    'No new votes: a party needs members, and you have no reintegrated fighter left to campaign.',
    'Sin votos nuevos: un partido necesita miembros, y no te queda ningún combatiente reintegrado para hacer campaña.',
  ],
  [
    'Donor fatigue: stability +1 here, but no reconstruction.',
    'Fatiga de los donantes: estabilidad +1 aquí, pero sin reconstrucción.',
  ],
  ['Reconstruction +1 and stability +1 here.', 'Reconstrucción +1 y estabilidad +1 aquí.'],
  [
    'Expectations still {n} ahead of reconstruction after this round: unrest raises Tension.',
    'Las expectativas seguirán {n} por delante de la reconstrucción tras esta ronda: el descontento sube la Tensión.',
  ],
  ['Monitors at one end will see the move.', 'Los observadores de un extremo verán el movimiento.'],
  [
    'No monitors at either end: only you will know.',
    'No hay observadores en ningún extremo: solo tú lo sabrás.',
  ],
  [
    "{r|The}'s camps come within your reach ({n} exposed): its Fear may rise.",
    'Los campamentos de {r} quedan a tu alcance ({n} expuestos): su Miedo puede subir.',
  ],
  [
    'Verification in {g|bare}: DDR there is verified, attacks are attributed, hidden caches are found.',
    'Verificación en {g}: allí el DDR se verifica, los ataques se atribuyen y se encuentran los alijos ocultos.',
  ],
  [
    'Works on the spoiler by its hidden type (limited: militancy {d}, greedy: militancy {d2}, total: militancy {d3}).',
    'Actúa sobre el saboteador según su tipo oculto (limitado: militancia {d}, codicioso: militancia {d2}, total: militancia {d3}).',
  ],
  ['Approval at home -1.', 'Apoyo interno -1.'],
  ['Up to {n} in spoils (halved if a patrol comes).', 'Hasta {n} de botín (la mitad si llega una patrulla).'],
  ['Stability here -1 and election readiness -1.', 'Estabilidad aquí -1 y preparación electoral -1.'],
  ['Costs {n} funds.', 'Cuesta {n} de fondos.'],
];
