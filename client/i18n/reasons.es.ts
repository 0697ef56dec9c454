// Spanish patterns of the bots' reasons (game/bots): what the advisor shows for each step of its plan and
// what a bot's line in the history says after "Round N, Role:". A reason is read sentence by sentence
// (lines.ts, translateReason): the hard bot's "Hard: played …" prefix and each sentence on its own.
// Slots as in lines.es.ts: {r} a role with its article, {g} a region, {n} a number, {c} a scenario text,
// {x} words kept as written.
import type { Pattern } from './lines.es.ts';

export const reasonPatternsEs: readonly Pattern[] = [
  // The hard bot's prefix: what its sampled futures said.
  [
    'Hard: played {n} sampled futures of {n2} plans; the usual plan reached our objective in {n3} of {n4}.',
    'Difícil: jugó {n} futuros de muestra de {n2} planes; el plan habitual alcanzó nuestro objetivo en {n3} de {n4}.',
  ],
  [
    'Hard: played {n} sampled futures of {n2} plans; the standard plan reached our objective in {n3} of {n4} (the usual plan: {n5}).',
    'Difícil: jugó {n} futuros de muestra de {n2} planes; el plan estándar alcanzó nuestro objetivo en {n3} de {n4} (el plan habitual: {n5}).',
  ],
  [
    'Hard: played {n} sampled futures of {n2} plans; a cautious plan reached our objective in {n3} of {n4} (the usual plan: {n5}).',
    'Difícil: jugó {n} futuros de muestra de {n2} planes; un plan prudente alcanzó nuestro objetivo en {n3} de {n4} (el plan habitual: {n5}).',
  ],
  [
    'Hard: played {n} sampled futures of {n2} plans; a frugal plan reached our objective in {n3} of {n4} (the usual plan: {n5}).',
    'Difícil: jugó {n} futuros de muestra de {n2} planes; un plan austero alcanzó nuestro objetivo en {n3} de {n4} (el plan habitual: {n5}).',
  ],
  [
    'Hard: played {n} sampled futures of {n2} plans; a hawkish plan reached our objective in {n3} of {n4} (the usual plan: {n5}).',
    'Difícil: jugó {n} futuros de muestra de {n2} planes; un plan halcón alcanzó nuestro objetivo en {n3} de {n4} (el plan habitual: {n5}).',
  ],
  [
    'Hard: played {n} sampled futures of {n2} plans; a opportunist plan reached our objective in {n3} of {n4} (the usual plan: {n5}).',
    'Difícil: jugó {n} futuros de muestra de {n2} planes; un plan oportunista alcanzó nuestro objetivo en {n3} de {n4} (el plan habitual: {n5}).',
  ],
  [
    'Hard: played {n} sampled futures of {n2} plans; a peace-dividend plan reached our objective in {n3} of {n4} (the usual plan: {n5}).',
    'Difícil: jugó {n} futuros de muestra de {n2} planes; un plan de dividendo de la paz alcanzó nuestro objetivo en {n3} de {n4} (el plan habitual: {n5}).',
  ],
  [
    'Hard: in {n} sampled futures this won {n2} times against {n3}.',
    'Difícil: en {n} futuros de muestra esto ganó {n2} veces frente a {n3}.',
  ],
  [
    'Hard: in {n} sampled futures, "{x}" reached our objective {n2} times against {n3} for the usual answer (and came closer to it).',
    'Difícil: en {n} futuros de muestra, «{x}» alcanzó nuestro objetivo {n2} veces frente a {n3} de la respuesta habitual (y se acercó más a él).',
  ],
  [
    'Hard: nothing more to negotiate — in sampled futures that served us better.',
    'Difícil: nada más que negociar; en los futuros de muestra eso nos sirvió mejor.',
  ],
  [
    'Orders sent (hard: the plan that won most often in sampled futures).',
    'Órdenes enviadas (difícil: el plan que más veces ganó en los futuros de muestra).',
  ],
  // Phases and talk.
  ['Ready for the next round.', 'Listos para la siguiente ronda.'],
  ['Nothing more to negotiate this round.', 'Nada más que negociar esta ronda.'],
  ['Nothing more to say this round.', 'Nada más que decir esta ronda.'],
  ['Nothing worth ordering this round: hold.', 'Nada que merezca una orden esta ronda: esperar.'],
  ['Orders sent: {n} order(s) this round.', 'Órdenes enviadas: {n} orden(es) esta ronda.'],
  [
    'Choose "{c}": it best protects the peace at a cost we can carry.',
    'Elegir «{c}»: es lo que mejor protege la paz a un coste que podemos asumir.',
  ],
  [
    'Choose "{c}": it serves our fighters, our Fear and our standing best.',
    'Elegir «{c}»: es lo que mejor sirve a nuestros combatientes, nuestro Miedo y nuestra posición.',
  ],
  [
    'Accept offer #{n} from {r}: money on the table.',
    'Aceptar la oferta n.º {n} de {r}: dinero sobre la mesa.',
  ],
  [
    "Accept {r}'s offer #{n}: a promise of no attacks for our word not to attack it — words are cheap.",
    'Aceptar la oferta n.º {n} de {r}: una promesa de no atacar a cambio de nuestra palabra de no atacarle; las palabras salen baratas.',
  ],
  [
    "Accept {r}'s offer #{n}: a promise of no attacks for our word not to attack it.",
    'Aceptar la oferta n.º {n} de {r}: una promesa de no atacar a cambio de nuestra palabra de no atacarle.',
  ],
  [
    "Accept {r}'s offer #{n}: a public promise of restraint costs us nothing and is worth recording.",
    'Aceptar la oferta n.º {n} de {r}: una promesa pública de contención no nos cuesta nada y conviene que conste.',
  ],
  [
    'Offer {r} a public pact: neither side attacks this round.',
    'Ofrecer a {r} un pacto público: ningún bando ataca esta ronda.',
  ],
  [
    'Our Fear is {n}; a promise made before everyone is worth something.',
    'Nuestro Miedo es {n}; una promesa hecha ante todos vale algo.',
  ],
  [
    'Offer {r} a public truce: we can be part of the solution if we get a place in it.',
    'Ofrecer a {r} una tregua pública: podemos ser parte de la solución si se nos da un lugar en ella.',
  ],
  [
    'Offer a public truce: we can be part of the solution if we get a place in it.',
    'Ofrecer una tregua pública: podemos ser parte de la solución si se nos da un lugar en ella.',
  ],
  [
    'Quietly pay {r} {n} fund to leave our camps alone: its gunmen stand next to fighters of ours who cannot defend themselves.',
    'Pagar en secreto a {r} {n} de fondos para que deje en paz nuestros campamentos: sus pistoleros están junto a combatientes nuestros que no pueden defenderse.',
  ],
  [
    'Announce that we leave after round {n}: voters at home (approval {n2}) want an end date.',
    'Anunciar que nos vamos tras la ronda {n}: los votantes en casa (apoyo {n2}) quieren una fecha de salida.',
  ],
  [
    'Resume the war: we would likely lose the peace ({r} is ahead in the race for votes), and our forces give us about {n}% odds of winning against its fighters and whatever force the guarantors have pledged to defend it.',
    'Reanudar la guerra: probablemente perderíamos la paz ({r} va por delante en la carrera por los votos), y nuestras fuerzas nos dan alrededor de un {n}% de probabilidades de ganar contra sus combatientes y la fuerza que los garantes hayan prometido para defenderle.',
  ],
  // Pledges.
  [
    'Pledge publicly to answer any attack on either faction in the country with force: our credibility is {n}; once it has stood a round, it reassures fighters in the camps.',
    'Comprometerse en público a responder con la fuerza a cualquier ataque contra cualquiera de las facciones en el país: nuestra credibilidad es {n}; cuando lleve una ronda en pie, tranquiliza a los combatientes de los campamentos.',
  ],
  [
    'Pledge publicly to answer any attack on either faction in the country with sanctions: our credibility is {n}; once it has stood a round, it reassures fighters in the camps.',
    'Comprometerse en público a responder con sanciones a cualquier ataque contra cualquiera de las facciones en el país: nuestra credibilidad es {n}; cuando lleve una ronda en pie, tranquiliza a los combatientes de los campamentos.',
  ],
  [
    'Pledge publicly to answer any attack on either faction in {g} with force: our credibility is {n}; once it has stood a round, it reassures fighters in the camps.',
    'Comprometerse en público a responder con la fuerza a cualquier ataque contra cualquiera de las facciones en {g}: nuestra credibilidad es {n}; cuando lleve una ronda en pie, tranquiliza a los combatientes de los campamentos.',
  ],
  [
    'Pledge publicly to answer any attack on either faction in {g} with sanctions: our credibility is {n}; once it has stood a round, it reassures fighters in the camps.',
    'Comprometerse en público a responder con sanciones a cualquier ataque contra cualquiera de las facciones en {g}: nuestra credibilidad es {n}; cuando lleve una ronda en pie, tranquiliza a los combatientes de los campamentos.',
  ],
  [
    'Renew pledge #{n}: its term ends this round, and a guarantee that lapses while fighters are still in the camps would leave them exposed.',
    'Renovar la garantía n.º {n}: su plazo acaba esta ronda, y una garantía que vence con combatientes aún en los campamentos los dejaría expuestos.',
  ],
  [
    'Honour pledge #{n} with force: {r} was blamed, and a promise not kept would do more harm than none.',
    'Cumplir la garantía n.º {n} con la fuerza: se culpó a {r}, y una promesa incumplida haría más daño que ninguna.',
  ],
  [
    'Honour pledge #{n} with sanctions: {r} was blamed, and a promise not kept would do more harm than none.',
    'Cumplir la garantía n.º {n} con sanciones: se culpó a {r}, y una promesa incumplida haría más daño que ninguna.',
  ],
  [
    'Withdraw pledge #{n}: approval at home is down to {n2}; we cannot afford another intervention.',
    'Retirar la garantía n.º {n}: el apoyo interno ha bajado a {n2}; no podemos permitirnos otra intervención.',
  ],
  // Orders: DDR and politics.
  [
    'Canton {n} fighter(s) in {g}: monitors and pledges make an attack unlikely (danger {n2}, we accept {n3} at Fear {n4}).',
    'Acantonar {n} combatiente(s) en {g}: los observadores y las garantías hacen improbable un ataque (peligro {n2}; aceptamos {n3} con Miedo {n4}).',
  ],
  [
    'Canton {n} fighter(s) in {g}: monitors make an attack unlikely (danger {n2}, we accept {n3} at Fear {n4}).',
    'Acantonar {n} combatiente(s) en {g}: los observadores hacen improbable un ataque (peligro {n2}; aceptamos {n3} con Miedo {n4}).',
  ],
  [
    'Canton {n} fighter(s) in {g}: pledges make an attack unlikely (danger {n2}, we accept {n3} at Fear {n4}).',
    'Acantonar {n} combatiente(s) en {g}: las garantías hacen improbable un ataque (peligro {n2}; aceptamos {n3} con Miedo {n4}).',
  ],
  [
    'Canton {n} fighter(s) in {g}: peacekeepers and monitors and pledges make an attack unlikely (danger {n2}, we accept {n3} at Fear {n4}).',
    'Acantonar {n} combatiente(s) en {g}: los cascos azules, los observadores y las garantías hacen improbable un ataque (peligro {n2}; aceptamos {n3} con Miedo {n4}).',
  ],
  [
    'Canton {n} fighter(s) in {g}: the balance of forces make an attack unlikely (danger {n2}, we accept {n3} at Fear {n4}).',
    'Acantonar {n} combatiente(s) en {g}: el equilibrio de fuerzas hace improbable un ataque (peligro {n2}; aceptamos {n3} con Miedo {n4}).',
  ],
  [
    'Canton {n} fighter(s) in {g}: no hostile fighters are there.',
    'Acantonar {n} combatiente(s) en {g}: allí no hay combatientes hostiles.',
  ],
  [
    'Disarm {n} cantoned fighter(s) in {g}: monitors and pledges make an attack unlikely (danger {n2}, we accept {n3} at Fear {n4}).',
    'Desarmar {n} combatiente(s) acantonado(s) en {g}: los observadores y las garantías hacen improbable un ataque (peligro {n2}; aceptamos {n3} con Miedo {n4}).',
  ],
  [
    'Disarm {n} cantoned fighter(s) in {g}: monitors make an attack unlikely (danger {n2}, we accept {n3} at Fear {n4}).',
    'Desarmar {n} combatiente(s) acantonado(s) en {g}: los observadores hacen improbable un ataque (peligro {n2}; aceptamos {n3} con Miedo {n4}).',
  ],
  [
    'Disarm {n} cantoned fighter(s) in {g}: pledges make an attack unlikely (danger {n2}, we accept {n3} at Fear {n4}).',
    'Desarmar {n} combatiente(s) acantonado(s) en {g}: las garantías hacen improbable un ataque (peligro {n2}; aceptamos {n3} con Miedo {n4}).',
  ],
  [
    'Disarm {n} cantoned fighter(s) in {g}: peacekeepers and monitors and pledges make an attack unlikely (danger {n2}, we accept {n3} at Fear {n4}).',
    'Desarmar {n} combatiente(s) acantonado(s) en {g}: los cascos azules, los observadores y las garantías hacen improbable un ataque (peligro {n2}; aceptamos {n3} con Miedo {n4}).',
  ],
  [
    'Disarm {n} cantoned fighter(s) in {g}: the balance of forces make an attack unlikely (danger {n2}, we accept {n3} at Fear {n4}).',
    'Desarmar {n} combatiente(s) acantonado(s) en {g}: el equilibrio de fuerzas hace improbable un ataque (peligro {n2}; aceptamos {n3} con Miedo {n4}).',
  ],
  [
    'Disarm {n} cantoned fighter(s) in {g}: no hostile fighters are there.',
    'Desarmar {n} combatiente(s) acantonado(s) en {g}: allí no hay combatientes hostiles.',
  ],
  [
    'Reintegrate {n} disarmed fighter(s) from {g}: jobs exist (expectations {n2}, reconstruction {n3}) and each one becomes a voter for us.',
    'Reintegrar {n} combatiente(s) desarmado(s) de {g}: hay empleo (expectativas {n2}, reconstrucción {n3}) y cada uno se convierte en un votante nuestro.',
  ],
  [
    'Campaign as a party: political strength {n} against {n2} for {r}.',
    'Hacer campaña como partido: fuerza política {n} frente a {n2} de {r}.',
  ],
  [
    "Reform the police and army: {r}'s Fear is {n}, and a reformed army is less threatening to it.",
    'Reformar la policía y el ejército: el Miedo de {r} es {n}, y un ejército reformado le amenaza menos.',
  ],
  [
    'Hide weapons in {g}, where no monitor looks: insurance in case the other side cheats.',
    'Esconder armas en {g}, donde no mira ningún observador: un seguro por si el otro bando hace trampa.',
  ],
  [
    'Rebuild in {g}: expectations ({n}) run {n2} ahead of reconstruction ({n3}); unrest would raise Tension and leave no jobs for fighters.',
    'Reconstruir en {g}: las expectativas ({n}) van {n2} por delante de la reconstrucción ({n3}); el descontento subiría la Tensión y no dejaría empleo para los combatientes.',
  ],
  // Orders: force. A strike's reasons are a list of clauses ({why}: each read on its own, see whyPatternsEs).
  ['Attack {r} in {g}: {why}.', 'Atacar a {r} en {g}: {why}.'],
  ['Test the guarantee in {g}: {why}.', 'Poner a prueba la garantía en {g}: {why}.'],
  ['Every attack pushes the deal towards collapse.', 'Cada ataque empuja el acuerdo hacia el colapso.'],
  [
    'A reminder that peace must pay us our share.',
    'Un recordatorio de que la paz debe pagarnos nuestra parte.',
  ],
  [
    'Nobody has offered us a place at the table, so we remind them we exist.',
    'Nadie nos ha ofrecido un lugar en la mesa, así que les recordamos que existimos.',
  ],
  [
    'If the guarantor does not answer, nothing stops us taking our share.',
    'Si el garante no responde, nada nos impide tomar nuestra parte.',
  ],
  [
    'Hit the {n} defenceless fighters of {r} in {g} before they become its voters (it is ahead of us): little protects them.',
    'Golpear a los {n} combatientes indefensos de {r} en {g} antes de que se conviertan en sus votantes (va por delante de nosotros): poco los protege.',
  ],
  [
    'Hit the {n} defenceless fighters of {r} in {g} before they become its voters (it is catching up with us): little protects them.',
    'Golpear a los {n} combatientes indefensos de {r} en {g} antes de que se conviertan en sus votantes (nos está alcanzando): poco los protege.',
  ],
  [
    'Strike back at {r} in {g}: it was blamed for attacking us last round and must learn that it costs.',
    'Devolver el golpe a {r} en {g}: se le culpó de atacarnos la ronda pasada y debe aprender que eso cuesta.',
  ],
  // Orders: the spoiler's.
  [
    'Smuggle out of {g}: its spoils are worth {n} and our men hold the routes.',
    'Contrabandear desde {g}: su botín vale {n} y nuestros hombres controlan las rutas.',
  ],
  ['Recruit in {g} to take its spoils ({n}) back.', 'Reclutar en {g} para recuperar su botín ({n}).'],
  [
    'Recruit in {g}: our gunmen must stand where the factions camp.',
    'Reclutar en {g}: nuestros pistoleros deben estar donde acampan las facciones.',
  ],
  [
    'Intimidate voters in {g}: elections that cannot be held are a peace that cannot be finished.',
    'Intimidar a los votantes en {g}: unas elecciones que no pueden celebrarse son una paz que no puede terminarse.',
  ],
  [
    'Recruit in {g}: disarmed fighters there are still waiting for the jobs they were promised.',
    'Reclutar en {g}: los combatientes desarmados de allí siguen esperando los empleos que se les prometieron.',
  ],
  [
    'Grant consent again in {g}: monitors there protect us as much as they watch us.',
    'Volver a dar el consentimiento en {g}: los observadores de allí nos protegen tanto como nos vigilan.',
  ],
  // Orders: the guarantors'.
  [
    "Deploy monitors to {g}: {n} faction fighters are there; verified cantonment lowers each side's Fear, and attacks can no longer hide behind rumours.",
    'Desplegar observadores en {g}: allí hay {n} combatientes de las facciones; el acantonamiento verificado baja el Miedo de cada bando, y los ataques ya no pueden esconderse tras los rumores.',
  ],
  [
    'Send peacekeepers to {g}: {n} fighters there cannot defend themselves and hostile guns are near.',
    'Enviar cascos azules a {g}: allí hay {n} combatientes que no pueden defenderse y hay armas hostiles cerca.',
  ],
  [
    'Fund reconstruction in {g}: civilians expect more ({n}) than has been rebuilt ({n2}).',
    'Financiar la reconstrucción en {g}: los civiles esperan más ({n}) de lo que se ha reconstruido ({n2}).',
  ],
  [
    'Fund reconstruction in {g}: a visible peace dividend.',
    'Financiar la reconstrucción en {g}: un dividendo de la paz visible.',
  ],
  [
    'Fund reconstruction in {g}: our firms want the concessions, and that needs calm.',
    'Financiar la reconstrucción en {g}: nuestras empresas quieren las concesiones, y eso requiere calma.',
  ],
  [
    'Run the multidimensional mandate: election readiness is {n} and reform {n2}; elections need both.',
    'Ejecutar el mandato multidimensional: la preparación electoral es {n} y la reforma {n2}; las elecciones necesitan ambas.',
  ],
  [
    'Patrol {g}: the spoiler smuggles its spoils ({n}) to pay for its gunmen.',
    'Patrullar {g}: el saboteador contrabandea su botín ({n}) para pagar a sus pistoleros.',
  ],
  [
    'Sanction the hostile neighbour: it pays the spoiler, which looks dangerous ({n}/{n2}).',
    'Sancionar al vecino hostil: paga al saboteador, que parece peligroso ({n}/{n2}).',
  ],
  [
    'Coerce the spoiler: it looks hardline ({n}/{n2}), and voters at home (approval {n3}) still accept the cost.',
    'Coaccionar al saboteador: parece radical ({n}/{n2}), y los votantes en casa (apoyo {n3}) aún aceptan el coste.',
  ],
  [
    'Coerce {r}: it looks hardline ({n}/{n2}), and voters at home (approval {n3}) still accept the cost.',
    'Coaccionar a {r}: parece radical ({n}/{n2}), y los votantes en casa (apoyo {n3}) aún aceptan el coste.',
  ],
  [
    'Induce the spoiler: it looks moderate ({n}/{n2}), and a limited spoiler can be brought in with money and a place in the process.',
    'Incentivar al saboteador: parece moderado ({n}/{n2}), y a un saboteador limitado se le puede atraer con dinero y un lugar en el proceso.',
  ],
  [
    'Induce {r}: it looks moderate ({n}/{n2}), and a limited spoiler can be brought in with money and a place in the process.',
    'Incentivar a {r}: parece moderado ({n}/{n2}), y a un saboteador limitado se le puede atraer con dinero y un lugar en el proceso.',
  ],
  [
    'Induce the spoiler: it publicly offered a truce (it looks {n}/{n2} hardline), and a limited spoiler can be brought in with money and a place in the process.',
    'Incentivar al saboteador: ofreció en público una tregua (parece {n}/{n2} radical), y a un saboteador limitado se le puede atraer con dinero y un lugar en el proceso.',
  ],
  [
    'Induce {r}: it publicly offered a truce (it looks {n}/{n2} hardline), and a limited spoiler can be brought in with money and a place in the process.',
    'Incentivar a {r}: ofreció en público una tregua (parece {n}/{n2} radical), y a un saboteador limitado se le puede atraer con dinero y un lugar en el proceso.',
  ],
  [
    "Engage the spoiler's leaders: it looks neither moderate nor hardline yet ({n}/{n2}); socialization lowers the militancy of all but a total spoiler.",
    'Implicarse con los líderes del saboteador: aún no parece ni moderado ni radical ({n}/{n2}); la socialización baja la militancia de todos menos de un saboteador total.',
  ],
  [
    'Engage the leaders of {r}: it looks neither moderate nor hardline yet ({n}/{n2}); socialization lowers the militancy of all but a total spoiler.',
    'Implicarse con los líderes de {r}: aún no parece ni moderado ni radical ({n}/{n2}); la socialización baja la militancia de todos menos de un saboteador total.',
  ],
];

/** The clauses of a strike's reason (game/bots/spoiler.ts), joined by commas in the {why} slot. */
export const whyPatternsEs: readonly Pattern[] = [
  ['no monitor will see who did it', 'ningún observador verá quién fue'],
  ['its Fear ({n}) is close to breaking point', 'su Miedo ({n}) está cerca del punto de ruptura'],
  [
    'a promise to protect them has never been put to the test',
    'nunca se ha puesto a prueba una promesa de protegerle',
  ],
  [
    '{n} of its fighters there cannot defend themselves',
    '{n} de sus combatientes de allí no pueden defenderse',
  ],
  ['every attack raises Tension', 'cada ataque sube la Tensión'],
];
