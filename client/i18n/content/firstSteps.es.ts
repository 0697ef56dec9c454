// First Steps in Spanish (keys from content ids; see ../content.ts). Texts shared with Fragile Accord read alike.
export const firstStepsEs: Readonly<Record<string, string>> = {
  'scenario.name': 'Primeros Pasos',
  'scenario.summary':
    'Cinco rondas tras un alto el fuego entre el Gobierno y el Movimiento, con una Misión de la ONU que lo vigila. Sin saboteador: solo el miedo mutuo de los dos bandos se interpone entre ellos y las elecciones.',
  'scenario.briefing':
    'Una primera partida corta sobre el problema del compromiso. Ambos bandos firmaron un alto el fuego y ambos quieren las elecciones. Pero un combatiente que se acantona o se desarma no puede defenderse, y las órdenes son secretas: nunca sabes si el otro bando entregó de verdad sus armas. La Misión de la ONU puede enviar observadores (si ambos bandos consienten) y dar garantías públicas; sus promesas solo valen lo que su credibilidad. Cinco rondas y luego las elecciones. Hablad antes de dar órdenes y vigilad los indicadores de Miedo.',
  'realCase.name': 'Ningún caso concreto: el problema del compromiso tal como lo describe Barbara Walter',
  'realCase.text':
    'Primeros Pasos reduce un acuerdo al problema que Barbara Walter encontró en el corazón de los acuerdos fallidos de las guerras civiles del siglo XX: las partes firmaron, pero no podían prometer de forma creíble que no se aprovecharían la una de la otra mientras se desmovilizaban, y los acuerdos aguantaron mucho más a menudo donde un tercero estaba dispuesto a garantizar esa fase. Aquí no hay saboteador ni vecino, así que la mesa puede ver ese dilema por sí solo. Después de jugar, compáralo con el escenario de Mozambique, donde una gran misión de la ONU y una paciente gestión de los tiempos ayudaron a ambos bandos a superarlo.',
  'claim.peace.reason':
    'una primera partida debe llegar a las elecciones (siguiendo al asesor llega al menos el 80 % de las partidas); sus bots nunca son halcones, así que la paz se mantiene mucho más a menudo que en los escenarios completos.',
  'claim.pledges:*.reason':
    'sin saboteador y sin bots halcones casi nadie ataca, así que las garantías rara vez se ponen a prueba; las afirmaciones sobre garantías cumplidas y rotas se miden en los escenarios con saboteador.',
  'claim.war:*.reason':
    'los bots de una primera partida nunca son halcones y rara vez reanudan la guerra, por diseño.',
  'claim.spoiler-type:*.reason':
    'Primeros Pasos no tiene asiento de saboteador, así que no hay ningún tipo oculto de saboteador con el que ganar.',
  'claim.fixed:un:sanction.reason':
    'no hay saboteador ni vecino hostil, así que la orden de sanciones no está en el escenario.',
  'role.government.name': 'Gobierno',
  'role.government.objective':
    'Conservar el poder: las elecciones se celebran y las ganas (al menos tanta fuerza política como el Movimiento). Si el Movimiento reanuda la guerra, gánala.',
  'role.government.powers':
    'Manda el ejército, financia el presupuesto del Estado, dirige la reforma de la policía y el ejército, concede o niega el consentimiento a las misiones.',
  'role.government.fears':
    'Que el Movimiento guarde combatientes en el interior y tome la capital en cuanto el ejército esté acantonado.',
  'role.government.source.idea':
    'Zartman: tras una guerra civil, el Estado debe reconcentrar el poder central',
  'role.government.agenda.govKeepCaches.text':
    'Conserva al menos 2 alijos de armas ocultos hasta el final, por si acaso.',
  'role.government.agenda.govKeepCaches.source.idea': 'mantener una disuasión pese al dilema',
  'role.government.agenda.govStableCapital.text': 'Termina con la capital en estabilidad 4 o más.',
  'role.government.agenda.govStableCapital.source.design':
    'una meta secreta para el Gobierno: una capital segura es lo que se juega en la paz. Los textos de base no hablan de capitales; la agenda da al Gobierno un motivo para invertir en estabilidad.',
  'role.government.agenda.govReform.text':
    'Lleva la reforma del sector de seguridad a 3 o más, en tus términos.',
  'role.government.agenda.govReform.source.idea':
    'Call y Stanley: reforma del sector de seguridad para un éxito duradero',
  'role.movement.name': 'Movimiento',
  'role.movement.objective':
    'Convertirte en partido político: las elecciones se celebran con tu fuerza política en 5 o más y tu Miedo al Gobierno en 6 o menos. Si reanudas la guerra, debes ganarla.',
  'role.movement.powers':
    'Manda a los combatientes rebeldes del interior; decide cuándo y dónde se acantonan, se desarman y se reintegran.',
  'role.movement.fears':
    'Ser desarmado primero y luego perseguido por el ejército: la parte más débil es la más expuesta durante el DDR.',
  'role.movement.source.idea': 'Walter: la parte más débil, la más expuesta en el nuevo orden',
  'role.movement.agenda.movLead.text':
    'Gana las elecciones claramente: termina con más fuerza política que el Gobierno.',
  'role.movement.agenda.movLead.source.idea':
    'Stedman, Rothchild y Cousens: el ejército rebelde se vuelve partido',
  'role.movement.agenda.movHiddenCache.text': 'Conserva al menos 1 alijo oculto hasta el final como seguro.',
  'role.movement.agenda.movHiddenCache.source.idea': 'un seguro antes de reducir las propias defensas',
  'role.movement.agenda.movSouthStable.text':
    'Termina con tu región de origen, el Sur, en estabilidad 4 o más.',
  'role.movement.agenda.movSouthStable.source.idea':
    'Call y Stanley: seguridad en casa para excombatientes y retornados',
  'role.un.name': 'Misión de la ONU',
  'role.un.objective':
    'Llevar la transición a buen puerto: el resultado es duradero, o frágil con tu credibilidad en 6 o más y tu palabra dada (una garantía ofrecida, o cascos azules desplegados al final).',
  'role.un.powers':
    'Despliega observadores y cascos azules con el consentimiento de las partes (Capítulo VI), ejecuta un mandato multidimensional, pide al Consejo medidas coercitivas (Capítulo VII) y es el único garante: sus garantías son las únicas.',
  'role.un.fears':
    'Que se retire el consentimiento, un bloqueo del Consejo, la fatiga de los donantes y promesas que no pueda cumplir.',
  'role.un.source.idea': 'la legitimidad de la ONU como garante imparcial',
  'role.un.agenda.unHonour.text':
    'Lleva la reforma del sector de seguridad a 4 o más: el trabajo de policía y ejército de tu mandato.',
  'role.un.agenda.unHonour.source.idea': 'el mandato multidimensional: reforma de la policía y el ejército',
  'role.un.agenda.unElections.text': 'Lleva la preparación electoral a 10, lo más alto del indicador.',
  'role.un.agenda.unElections.source.idea': 'el apoyo electoral como garantía',
  'role.un.agenda.unCredible.text':
    'Termina con un apoyo interno de 7 o más: la credibilidad descansa en el respaldo en casa.',
  'role.un.agenda.unCredible.source.idea': 'la credibilidad descansa en el respaldo en casa',
  'region.capital.name': 'Capital',
  'region.capital.source.design':
    'el mapa: una capital en manos del Gobierno, donde reside el poder central. La geografía es inventada; los textos de base no nombran lugares.',
  'region.north.name': 'Norte',
  'region.north.source.idea': 'una región disputada donde ambos bandos temen un ataque por sorpresa',
  'region.south.name': 'Sur',
  'region.south.source.idea': 'Walter: el hogar del Movimiento, expuesto mientras se desmoviliza',
  'region.highlands.name': 'Tierras Altas',
  'region.highlands.source.design':
    'el mapa: una región remota en manos del Movimiento, donde nada se ve salvo que vayan observadores. Los textos de base no nombran lugares.',
  'action.canton.label': 'Acantonar combatientes',
  'action.canton.explain':
    'Lleva combatientes activos a zonas de acantonamiento. Sube el DDR. Los acantonados no pueden defenderse. Si hay observadores, el otro bando lo ve verificado y su Miedo baja.',
  'action.canton.source.idea': 'Stedman, Rothchild y Cousens: primero desmovilizar',
  'action.disarm.label': 'Desarmar a los acantonados',
  'action.disarm.explain':
    'Entrega las armas de los combatientes acantonados. Verificado por observadores, baja el Miedo del otro bando. Los desarmados que esperan pueden ser reclutados por el saboteador.',
  'action.disarm.source.idea': 'Walter: desarmarse es el momento de mayor exposición',
  'action.reintegrate.label': 'Reintegrar a los desarmados',
  'action.reintegrate.explain':
    'Da a los combatientes desarmados empleo y un lugar en la política: cada uno se convierte en fuerza política para las elecciones. Fracasa si la reconstrucción va muy por detrás de las expectativas.',
  'action.reintegrate.source.idea': 'Call y Stanley: la reintegración necesita servicios y recuperación',
  'action.rearm.label': 'Rearmar combatientes',
  'action.rearm.explain':
    'Devuelve al servicio activo a combatientes acantonados o desarmados. Es una violación: sube la Tensión y, si se ve o se rumorea, el Miedo del otro bando.',
  'action.rearm.source.idea': 'volver a las armas reaviva el conflicto',
  'action.cache.label': 'Ocultar un alijo de armas',
  'action.cache.explain':
    'Esconde armas en una región. Un alijo te permite rearmarte allí más tarde sin coste. Los observadores encuentran alijos, lo que sube el Miedo del otro bando y la Tensión.',
  'action.cache.source.idea': 'una disuasión oculta, y el dilema que crea',
  'action.attack.label': 'Atacar',
  'action.attack.explain':
    'Ataca con tus unidades activas las unidades de otro bando armado en una región. Es una violación: sube la Tensión, el Miedo de la víctima y los refugiados; activa garantías. Los acantonados no pueden defenderse.',
  'action.attack.source.idea': 'Walter: el problema del compromiso',
  'action.patrol.label': 'Patrullar',
  'action.patrol.explain':
    'Patrulla una región: reduce a la mitad los ingresos del contrabando allí esta ronda y sube la estabilidad en 1.',
  'action.patrol.source.design':
    'las patrullas representan las estrategias coercitivas que el texto 000 recomienda donde abundan el botín y los saboteadores; los textos no describen patrullas ni su efecto sobre el contrabando.',
  'action.reconstruct.label': 'Reconstruir',
  'action.reconstruct.explain':
    'Invierte en carreteras, escuelas y mercados de una región: estabilidad +1 y reconstrucción +1 (el dividendo de la paz).',
  'action.reconstruct.source.idea': 'el dividendo de la paz',
  'action.campaign.label': 'Hacer campaña',
  'action.campaign.explain': 'Organizarse como partido: fuerza política +1 y preparación electoral +1.',
  'action.campaign.source.idea': 'Stedman, Rothchild y Cousens: la política sustituye a la lucha',
  'action.reform.label': 'Reforma del sector de seguridad',
  'action.reform.explain':
    'Reforma la policía y el ejército: reforma +1 (+2 si hay una misión multidimensional), Miedo del Movimiento −1.',
  'action.reform.source.idea': 'reforma del sector de seguridad, con ayuda de una misión multidimensional',
  'action.consent.label': 'Conceder o retirar el consentimiento',
  'action.consent.explain':
    'Las misiones del Capítulo VI (observadores, cascos azules) necesitan el consentimiento de ambas facciones en una región. Retirarlo las envía a casa en la siguiente resolución.',
  'action.consent.source.idea': 'el Capítulo VI necesita consentimiento',
  'action.monitors.label': 'Desplegar observadores',
  'action.monitors.explain':
    'Necesita el consentimiento de ambas facciones. Los observadores verifican acantonamiento y desarme, encuentran alijos y convierten los rumores en hechos en su región.',
  'action.monitors.source.idea': 'Pelcovits: supervisión imparcial',
  'action.peacekeepers.label': 'Desplegar cascos azules',
  'action.peacekeepers.explain':
    'Necesita el consentimiento de ambas facciones. Los cascos azules defienden a los acantonados y a los civiles (cada uno anula una unidad atacante) y además observan. Cuesta apoyo interno con el tiempo.',
  'action.peacekeepers.source.idea': 'Walter: protección externa mientras se consolidan las fuerzas',
  'action.withdraw.label': 'Retirar una misión',
  'action.withdraw.explain':
    'Trae a casa a los observadores y cascos azules de una región: ahorra apoyo, pero las facciones protegidas se sienten expuestas.',
  'action.withdraw.source.idea': 'una misión vuelve a casa algún día',
  'action.enforce.label': 'Medidas coercitivas (Capítulo VII)',
  'action.enforce.explain':
    'Golpea a los infractores armados y a los combatientes del saboteador en una región sin consentimiento: elimina hasta 2 unidades activas del saboteador (y de un bando que atacó esta ronda). Cuesta apoyo y sube un poco la Tensión. La ONU necesita un voto del Consejo (bloqueado si hay bloqueo).',
  'action.enforce.source.idea': 'medidas coercitivas del Capítulo VII sin consentimiento',
  'action.aid.label': 'Ayuda a la reconstrucción',
  'action.aid.explain':
    'Financia la recuperación de una región: reconstrucción +1, estabilidad +1. A la mitad con fatiga de los donantes.',
  'action.aid.source.idea': 'Doyle y Sambanis: dinero externo para la recuperación',
  'action.mandate.label': 'Mandato multidimensional',
  'action.mandate.explain':
    'Reforma de la policía y el ejército y apoyo electoral: reforma +1, preparación electoral +1. Necesita observadores o cascos azules en algún lugar.',
  'action.mandate.source.idea': 'el mandato multidimensional',
  'action.move.label': 'Mover combatientes',
  'action.move.explain':
    'Mueve combatientes activos a una región vecina (antes de cualquier ataque de esta ronda). Los observadores de ambos extremos lo ven; en otros lugares, nadie.',
  'action.move.source.design':
    'las unidades se mueven entre regiones vecinas, y la exposición depende de quién está junto a quién. Los textos no nombran lugares ni dicen nada del movimiento; el mapa es inventado.',
  'action.hold.label': 'Esperar',
  'action.hold.explain': 'No hacer nada esta ronda con esta orden.',
  'action.hold.source.design': 'una orden sin usar; una orden que falta se convierte en esperar.',
  'spoilerType.limited.text': 'Quiere un lugar reconocido y metas limitadas; se le puede integrar.',
  'spoilerType.limited.source.design':
    'tres tipos ocultos de saboteador siguen la tipología de Stedman (1997), que no está en los textos de base: un saboteador limitado quiere un lugar reconocido y se le puede integrar.',
  'spoilerType.greedy.text':
    'Sopesa costes y ganancias; toma lo que se le ofrece y mantiene sus opciones abiertas.',
  'spoilerType.greedy.source.design':
    'tres tipos ocultos de saboteador siguen la tipología de Stedman (1997), que no está en los textos de base: un saboteador codicioso sopesa costes y ganancias.',
  'spoilerType.total.text': 'Ve en la paz misma al enemigo; los incentivos solo lo alimentan.',
  'spoilerType.total.source.idea': 'a un saboteador entregado a la guerra no se le compra',
  'event.assassinationAttempt.title': 'Intento de asesinato',
  'event.assassinationAttempt.text':
    'Un coche bomba no alcanza por poco al líder del Movimiento en la capital. Sus seguidores se preguntan si desarmarse fue un error.',
  'event.assassinationAttempt.source.idea': 'Walter: la sospecha culmina durante el desarme',
  'event.assassinationAttempt.choice.prompt': 'Tu líder sobrevivió. ¿Qué exiges?',
  'event.assassinationAttempt.choice.option.askProtection.label': 'Pedir a la ONU protección personal',
  'event.assassinationAttempt.choice.option.walkOut.label': 'Culpar al gobierno y abandonar la comisión',
  'event.cacheRumour.title': 'Rumor de un alijo oculto',
  'event.cacheRumour.text':
    'En las tierras altas los aldeanos hablan de cajas de fusiles enterradas cerca de un antiguo campamento rebelde. Nadie lo ha comprobado.',
  'event.cacheRumour.source.idea': 'Pelcovits: verificar un rumor reduce la incertidumbre',
  'event.cacheRumour.choice.prompt': '¿Gastas recursos escasos en comprobar el rumor?',
  'event.cacheRumour.choice.option.verify.label': 'Enviar un equipo de verificación',
  'event.cacheRumour.choice.option.ignore.label': 'Ignorarlo: los rumores salen baratos',
  'event.cantonmentSuppliesLate.title': 'Hambre en los acantonamientos',
  'event.cantonmentSuppliesLate.text':
    'La comida para los campos donde se reunieron los combatientes llega con tres semanas de retraso. Algunos se marchan con sus fusiles.',
  'event.cantonmentSuppliesLate.source.idea': 'el apoyo tardío devuelve a los combatientes a las armas',
  'event.cantonmentSuppliesLate.choice.prompt': 'Los campos son tu responsabilidad. ¿Qué haces?',
  'event.cantonmentSuppliesLate.choice.option.airlift.label': 'Llevar comida por avión a un gran coste',
  'event.cantonmentSuppliesLate.choice.option.letThemForage.label':
    'Que el Movimiento alimente a sus propios combatientes',
  'event.monitorsWelcomed.title': 'El norte recibe a los observadores',
  'event.monitorsWelcomed.text':
    'Los ancianos del norte y los comandantes del Movimiento invitan a los observadores de la ONU a sus aldeas. Los oficiales del Gobierno se tranquilizan.',
  'event.monitorsWelcomed.source.idea': 'el consentimiento deja entrar a los observadores',
  'event.localPeaceCommittees.title': 'Comités de paz conjuntos',
  'event.localPeaceCommittees.text':
    'Antiguos enemigos de las tierras altas crean comités conjuntos para resolver robos de ganado antes de que acaben a tiros.',
  'event.localPeaceCommittees.source.idea': 'una medida local de fomento de la confianza',
  'event.armyIntegrationRow.title': 'Disputa por la integración del ejército',
  'event.armyIntegrationRow.text':
    'El plan para fundir ambas fuerzas en un solo ejército da al Movimiento solo una quinta parte de los puestos de oficial. Sus comandantes protestan.',
  'event.armyIntegrationRow.source.idea': 'la integración del ejército como transformación institucional',
  'event.armyIntegrationRow.choice.prompt': '¿Aceptas una parte minoritaria del nuevo ejército?',
  'event.armyIntegrationRow.choice.option.accept.label': 'Aceptar la cuota e integrarse',
  'event.armyIntegrationRow.choice.option.demandParity.label': 'Exigir paridad y frenar la integración',
  'event.policeStrike.title': 'Huelga de policía',
  'event.policeStrike.text':
    'Los policías sin paga dejan de trabajar. Los saqueos se extienden en la capital y en el sur.',
  'event.policeStrike.source.idea': 'Call y Stanley: una policía que proteja al público',
  'event.policeStrike.choice.prompt': '¿Quién arregla la policía?',
  'event.policeStrike.choice.option.payPolice.label': 'Pagar tú a la policía',
  'event.policeStrike.choice.option.unPolice.label':
    'Dejar que la misión de la ONU dirija la reforma policial',
  'event.truthCommissionHearing.title': 'Audiencia de la comisión de la verdad',
  'event.truthCommissionHearing.text':
    'En directo por televisión, un antiguo general admite una masacre. Muchos sienten alivio; muchos oficiales se sienten expuestos.',
  'event.truthCommissionHearing.source.design':
    'una comisión de la verdad como institución de la transición. Los textos de base no mencionan comisiones de la verdad ni justicia transicional; Rothchild (texto 000) solo dice que las instituciones para una paz duradera conviene crearlas pronto.',
  'event.electionDateDispute.title': 'Disputa por la fecha electoral',
  'event.electionDateDispute.text':
    'La comisión electoral dice que el censo no estará listo a tiempo. El Movimiento sospecha que el gobierno quiere seguir en el poder.',
  'event.electionDateDispute.source.idea':
    'Walter: la parte más débil teme el nuevo orden; aquí, la votación',
  'event.electionDateDispute.choice.prompt': '¿Aplazas las elecciones o las celebras a tiempo?',
  'event.electionDateDispute.choice.option.postpone.label': 'Aplazar las elecciones',
  'event.electionDateDispute.choice.option.onTime.label': 'Celebrarlas a tiempo, estén listas o no',
  'event.voterRegistrationDrive.title': 'Campaña de inscripción de votantes',
  'event.voterRegistrationDrive.text':
    'Equipos móviles inscriben a votantes incluso en aldeas remotas. Las colas son largas, pero pacíficas.',
  'event.voterRegistrationDrive.source.idea': 'el apoyo electoral como garantía',
  'event.reconstructionMilestone.title': 'Reabre el puente',
  'event.reconstructionMilestone.text':
    'Reabre el gran puente entre el norte y la capital. Camiones, autobuses y mercados vuelven esa misma semana.',
  'event.reconstructionMilestone.source.idea': 'un dividendo de la paz visible',
  'event.donorFatigue.title': 'Fatiga de los donantes',
  'event.donorFatigue.text':
    'Una nueva crisis en otro lugar acapara los titulares. Los donantes retrasan sus pagos y la reconstrucción se frena.',
  'event.donorFatigue.source.idea': 'el dinero prometido llega tarde',
  'event.unEndorsement.title': 'El Consejo respalda las garantías',
  'event.unEndorsement.text':
    'El Consejo de Seguridad respalda por unanimidad el acuerdo de paz y las garantías dadas a ambos bandos.',
  'event.unEndorsement.source.idea': 'Doyle y Sambanis: un tratado con participación de la ONU',
  'event.peaceRadio.title': 'Programa de radio por la paz',
  'event.peaceRadio.text':
    'Un programa de radio semanal deja que excombatientes de ambos bandos respondan a los oyentes. Los rumores pierden fuerza.',
  'event.peaceRadio.source.idea': 'mejor información baja el miedo',
  'role.government.the': 'el Gobierno',
  'role.movement.the': 'el Movimiento',
  'role.un.the': 'la Misión de la ONU',
  'region.capital.the': 'la Capital',
  'region.north.the': 'el Norte',
  'region.south.the': 'el Sur',
  'region.highlands.the': 'las Tierras Altas',
};
