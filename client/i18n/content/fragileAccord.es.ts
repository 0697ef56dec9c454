// Fragile Accord in Spanish: one entry per text of game/content (keys from content ids; see ../content.ts).
// Verbatim quotes of the seed texts stay in English (they are quotations); their `idea` notes are translated.
export const fragileAccordEs: Readonly<Record<string, string>> = {
  'scenario.name': 'Acuerdo Frágil',
  'scenario.summary':
    'Ocho rondas tras un alto el fuego entre el Gobierno y el Movimiento. Los combatientes deben acantonarse, desarmarse y reintegrarse antes de las elecciones, mientras una milicia escindida se alimenta de las minas y la frontera.',
  'role.government.name': 'Gobierno',
  'role.government.the': 'el Gobierno',
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
    'Lleva la reforma del sector de seguridad a 5 o más, en tus términos.',
  'role.government.agenda.govReform.source.idea':
    'Call y Stanley: reforma del sector de seguridad para un éxito duradero',
  'role.movement.name': 'Movimiento',
  'role.movement.the': 'el Movimiento',
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
  'role.spoiler.name': 'Saboteador',
  'role.spoiler.the': 'el Saboteador',
  'role.spoiler.objective':
    'Tu tipo oculto decide: un saboteador limitado quiere un sitio en la mesa (2 incentivos y ningún colapso), uno codicioso quiere el botín (conseguir 8 con el contrabando), uno total quiere que el acuerdo se hunda.',
  'role.spoiler.powers':
    'Recluta a combatientes no reintegrados, hace contrabando desde las minas y a través de la frontera, tiende emboscadas e intimida.',
  'role.spoiler.fears':
    'La coerción de los garantes, las sanciones a su vecino protector y una paz que no le deje nada.',
  'role.spoiler.source.idea': 'Stedman, Rothchild y Cousens: el saboteador',
  'role.spoiler.agenda.spoRich.text': 'Termina con al menos 10 de dinero.',
  'role.spoiler.agenda.spoRich.source.idea': 'Stedman, Rothchild y Cousens: el botín',
  'role.spoiler.agenda.spoArmed.text': 'Termina con al menos 4 combatientes activos.',
  'role.spoiler.agenda.spoArmed.source.idea': 'un saboteador conserva sus armas',
  'role.spoiler.agenda.spoTension.text': 'Termina con la Tensión en 8 o más, pase lo que pase.',
  'role.spoiler.agenda.spoTension.source.idea': 'alguien quiere que la paz fracase',
  'role.un.name': 'Misión de la ONU',
  'role.un.the': 'la Misión de la ONU',
  'role.un.objective':
    'Llevar la transición a buen puerto: el resultado es duradero, o frágil con tu credibilidad en 6 o más y tu palabra dada (una garantía ofrecida, o cascos azules desplegados al final).',
  'role.un.powers':
    'Despliega observadores y cascos azules con el consentimiento de las partes (Capítulo VI), ejecuta un mandato multidimensional, pide al Consejo medidas coercitivas (Capítulo VII), respalda garantías imparciales.',
  'role.un.fears':
    'Que se retire el consentimiento, un bloqueo del Consejo, la fatiga de los donantes y promesas que no pueda cumplir.',
  'role.un.source.idea': 'la legitimidad de la ONU como garante imparcial',
  'role.un.agenda.unHonour.text': 'Cumple una garantía cuando se ponga a prueba.',
  'role.un.agenda.unHonour.source.idea': 'Dowty: una garantía funciona por la probabilidad de actuar',
  'role.un.agenda.unElections.text': 'Lleva la preparación electoral a 6 o más.',
  'role.un.agenda.unElections.source.idea': 'el apoyo electoral como garantía',
  'role.un.agenda.unCredible.text':
    'Termina con credibilidad 6 o más, donde empezó: fuerzas, voluntad y apoyo intactos, y un historial de promesas cumplidas.',
  'role.un.agenda.unCredible.source.idea': 'credibilidad por medios, determinación y un historial coherente',
  'role.regional.name': 'Potencia Regional',
  'role.regional.the': 'la Potencia Regional',
  'role.regional.objective':
    'Mantener la región en calma a un precio que tus votantes acepten y con tu palabra aún creíble: ningún colapso, apoyo interno de 4 o más, credibilidad de 4 o más y el saboteador contenido (5 o menos combatientes activos) al final.',
  'role.regional.powers':
    'Fuerzas y dinero abundantes: garantías con fuerza, patrullas, medidas coercitivas, ayuda, sanciones al vecino hostil.',
  'role.regional.fears':
    'Bajas y costes que agotan el apoyo en casa, verse atrapada, aliados que se aprovechan de su garantía.',
  'role.regional.source.idea': 'la capacidad, la voluntad y el apoyo interno de un garante',
  'role.regional.agenda.regApproval.text': 'Termina con un apoyo interno de 6 o más.',
  'role.regional.agenda.regApproval.source.idea': 'el apoyo interno sostiene una garantía',
  'role.regional.agenda.regMines.text':
    'Termina con las minas en estabilidad 4 o más (tus empresas quieren las concesiones).',
  'role.regional.agenda.regMines.source.idea': 'Pelcovits: el interés propio del protector',
  'role.regional.agenda.regCheap.text':
    'Termina con al menos 6 de fondos sin gastar (reparto de cargas: que paguen otros).',
  'role.regional.agenda.regCheap.source.idea':
    'reparto de cargas (en el texto 003 entre aliados; aquí entre los dos garantes)',
  'region.capital.name': 'Capital',
  'region.capital.the': 'la Capital',
  'region.capital.source.design':
    'el mapa: una capital en manos del Gobierno, donde reside el poder central. La geografía es inventada; los textos de base no nombran lugares.',
  'region.north.name': 'Norte',
  'region.north.the': 'el Norte',
  'region.north.source.idea': 'una región disputada donde ambos bandos temen un ataque por sorpresa',
  'region.south.name': 'Sur',
  'region.south.the': 'el Sur',
  'region.south.source.idea': 'Walter: el hogar del Movimiento, expuesto mientras se desmoviliza',
  'region.mines.name': 'Minas',
  'region.mines.the': 'las Minas',
  'region.mines.source.idea': 'Stedman, Rothchild y Cousens: una región de botín saqueable',
  'region.border.name': 'Frontera',
  'region.border.the': 'la Frontera',
  'region.border.source.idea': 'Stedman, Rothchild y Cousens: la región que linda con un vecino hostil',
  'region.delta.name': 'Delta',
  'region.delta.the': 'el Delta',
  'region.delta.source.idea': 'Call y Stanley: una región de retornados',
  'region.highlands.name': 'Tierras Altas',
  'region.highlands.the': 'las Tierras Altas',
  'region.highlands.source.design':
    'el mapa: una región remota en manos del Movimiento y del saboteador, donde nada se ve salvo que vayan observadores. Los textos de base no nombran lugares.',
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
  'action.recruit.label': 'Reclutar combatientes',
  'action.recruit.explain':
    'Recluta 1 combatiente en una región (2 donde esperan desarmados sin reintegrar o la estabilidad es 1 o menos).',
  'action.recruit.source.design':
    'el saboteador recluta donde esperan desarmados sin reintegrar o donde la estabilidad es baja. Los textos no dicen que la reintegración fallida alimente a los saboteadores; Call y Stanley (texto 000) solo dicen que el éxito duradero necesita servicios para los excombatientes.',
  'action.smuggle.label': 'Contrabandear',
  'action.smuggle.explain':
    'Saca dinero de una región de botín donde tengas combatientes: su valor de botín, la mitad si está patrullada.',
  'action.smuggle.source.idea': 'Stedman, Rothchild y Cousens: el botín financia al saboteador',
  'action.intimidate.label': 'Intimidar',
  'action.intimidate.explain':
    'Amenaza a votantes y funcionarios donde tengas combatientes: estabilidad −1, preparación electoral −1.',
  'action.intimidate.source.idea': 'violencia del saboteador contra el acuerdo',
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
  'action.induce.label': 'Incentivar al saboteador',
  'action.induce.explain':
    'Ofrece al saboteador dinero y un lugar en el proceso. Apacigua a un saboteador limitado, solo en parte a uno codicioso, y alimenta a uno total.',
  'action.induce.source.design':
    'el incentivo como estrategia de custodia, y su efecto distinto en cada tipo de saboteador, siguen la tipología de Stedman (1997), que no está en los textos de base. El texto 000 nombra a los saboteadores pero ninguna estrategia frente a ellos salvo la coerción.',
  'action.socialize.label': 'Socializar al saboteador',
  'action.socialize.explain':
    'Implica a sus líderes con normas y legitimidad: baja poco a poco la militancia de los saboteadores limitados y codiciosos.',
  'action.socialize.source.design':
    'la socialización como estrategia de custodia sigue la tipología de Stedman (1997), que no está en los textos de base; los textos no dicen nada sobre cambiar las normas de un saboteador.',
  'action.coerce.label': 'Coaccionar al saboteador',
  'action.coerce.explain':
    'Amenazas y fuerza contra el saboteador: elimina una unidad del saboteador y dinero sea cual sea su tipo, pero cuesta apoyo interno.',
  'action.coerce.source.idea': 'Stedman, Rothchild y Cousens: coerción donde abundan los saboteadores',
  'action.sanction.label': 'Sancionar al vecino',
  'action.sanction.explain': 'Las sanciones al vecino hostil cortan su apoyo al saboteador durante 2 rondas.',
  'action.sanction.source.design':
    'sanciones que cortan el apoyo de un vecino hostil durante 2 rondas. El texto 000 nombra a los vecinos hostiles como una dificultad pero no dice nada de sancionarlos.',
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
  'event.ambushAtTheMines.title': 'Emboscada en las minas',
  'event.ambushAtTheMines.text':
    'Unos pistoleros emboscan un convoy del ejército en la carretera a las minas de diamantes y se llevan un camión de oro. Cada bando sospecha que el otro los contrató.',
  'event.ambushAtTheMines.source.idea':
    'Stedman, Rothchild y Cousens: el botín financia la violencia del saboteador',
  'event.neighbourArmsShipment.title': 'Armas desde el otro lado de la frontera',
  'event.neighbourArmsShipment.text':
    'Camiones del vecino hostil cruzan la frontera de noche con fusiles para la milicia. Los comerciantes locales dicen que a los conductores les pagaron en oro.',
  'event.neighbourArmsShipment.source.idea':
    'Stedman, Rothchild y Cousens: un vecino hostil arma al saboteador',
  'event.minePriceBoom.title': 'Se disparan los precios de los diamantes',
  'event.minePriceBoom.text':
    'Los precios mundiales de los diamantes se disparan. El Estado cobra más regalías, pero ahora todos los grupos armados quieren su parte de las minas.',
  'event.minePriceBoom.source.idea': 'un premio más rico para el presupuesto y para el saboteador',
  'event.crossBorderRaid.title': 'Incursión transfronteriza',
  'event.crossBorderRaid.text':
    'Combatientes con base en el país vecino asaltan aldeas fronterizas y desaparecen de nuevo al otro lado. Las familias huyen tierra adentro.',
  'event.crossBorderRaid.source.idea': 'Stedman, Rothchild y Cousens: violencia desde un vecino hostil',
  'event.borderIncident.title': 'Incidente fronterizo',
  'event.borderIncident.text':
    'Soldados del vecino hostil cruzan la frontera y disparan contra un puesto de aduanas. La Potencia Regional debe decidir con cuánta fuerza responder.',
  'event.borderIncident.source.idea':
    'Stedman, Rothchild y Cousens: coaccionar a un vecino hostil requiere una potencia comprometida',
  'event.borderIncident.choice.prompt':
    'El vecino te ha puesto a prueba. ¿Lo castigas o callas para proteger tu comercio?',
  'event.borderIncident.choice.option.sanction.label': 'Imponer sanciones al vecino',
  'event.borderIncident.choice.option.quietDiplomacy.label': 'Diplomacia discreta, sin reacción pública',
  'event.smugglingSeized.title': 'Desarticulada una red de contrabando',
  'event.smugglingSeized.text':
    'Agentes de aduanas, con apoyo de asesores internacionales, incautan en la frontera un convoy de oro de contrabando. La milicia pierde un mes de ingresos.',
  'event.smugglingSeized.source.idea': 'Stedman, Rothchild y Cousens: coerción contra el botín',
  'event.spoilerMediaCampaign.title': 'Veneno en las ondas',
  'event.spoilerMediaCampaign.text':
    'Una emisora de la milicia asegura que cada facción se rearma en secreto para golpear primero. Muchos oyentes se lo creen.',
  'event.spoilerMediaCampaign.source.idea': 'la información falsa alimenta el miedo',
  'event.hardlinerPurge.title': 'Expulsados los duros',
  'event.hardlinerPurge.text':
    'El Movimiento expulsa a los comandantes que rechazan el acuerdo. El gobierno respira aliviado, pero los expulsados se llevan a sus combatientes a la milicia.',
  'event.hardlinerPurge.source.idea': 'los duros se van con el saboteador',
  'event.aidWorkerKidnapping.title': 'Secuestrados cooperantes',
  'event.aidWorkerKidnapping.text':
    'Milicianos secuestran a tres cooperantes extranjeros en las tierras altas y exigen dinero. La Misión de la ONU debe responder.',
  'event.aidWorkerKidnapping.source.idea': 'Stedman, Rothchild y Cousens: pagar, coaccionar o retirarse',
  'event.aidWorkerKidnapping.choice.prompt': '¿Cómo recuperas a los rehenes?',
  'event.aidWorkerKidnapping.choice.option.payRansom.label': 'Pagar un rescate en secreto',
  'event.aidWorkerKidnapping.choice.option.rescue.label':
    'Enviar a los cascos azules a una operación de rescate',
  'event.aidWorkerKidnapping.choice.option.pullOut.label': 'Retirar toda la ayuda de las tierras altas',
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
  'event.consentWithdrawn.title': 'Se pide a los cascos azules que se vayan',
  'event.consentWithdrawn.text':
    'Después de que una patrulla mate a un pescador en el delta, el gobierno retira su consentimiento a las tropas extranjeras allí.',
  'event.consentWithdrawn.source.design':
    'el consentimiento a una misión del Capítulo VI se puede retirar. El texto 000 dice que el mantenimiento de la paz del Capítulo VI necesita «el consentimiento de las partes», pero no que sea revocable; que lo sea es una elección del juego.',
  'event.localPeaceCommittees.title': 'Comités de paz conjuntos',
  'event.localPeaceCommittees.text':
    'Antiguos enemigos de las tierras altas crean comités conjuntos para resolver robos de ganado antes de que acaben a tiros.',
  'event.localPeaceCommittees.source.idea': 'una medida local de fomento de la confianza',
  'event.peaceRadio.title': 'Programa de radio por la paz',
  'event.peaceRadio.text':
    'Un programa de radio semanal deja que excombatientes de ambos bandos respondan a los oyentes. Los rumores pierden fuerza.',
  'event.peaceRadio.source.idea': 'mejor información baja el miedo',
  'event.exCombatantRiot.title': 'Disturbios de excombatientes',
  'event.exCombatantRiot.text':
    'Cientos de combatientes desarmados, sin cobrar desde hace meses, cortan las calles de la capital. Los reclutadores de la milicia están entre la multitud.',
  'event.exCombatantRiot.source.idea': 'Call y Stanley: excombatientes sin paga',
  'event.exCombatantRiot.choice.prompt': 'Los disturbios son en tu capital. ¿Cómo les pones fin?',
  'event.exCombatantRiot.choice.option.payArrears.label': 'Pagarles los atrasos con el presupuesto',
  'event.exCombatantRiot.choice.option.crackdown.label': 'Enviar a los antidisturbios',
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
  'event.amnestyDebate.title': 'Debate sobre la amnistía',
  'event.amnestyDebate.text':
    'El parlamento debate una amnistía por los crímenes de la guerra. Las víctimas protestan fuera; los combatientes del Movimiento observan de cerca.',
  'event.amnestyDebate.source.idea': 'Walter: la parte más débil quiere certezas sobre su futuro',
  'event.amnestyDebate.choice.prompt': '¿Qué amnistía sometes a votación?',
  'event.amnestyDebate.choice.option.broadAmnesty.label': 'Amnistía amplia para todos los combatientes',
  'event.amnestyDebate.choice.option.conditionalAmnesty.label': 'Amnistía solo para quien diga la verdad',
  'event.amnestyDebate.choice.option.noAmnesty.label': 'Sin amnistía: juzgar',
  'event.partyRegistered.title': 'El Movimiento se hace partido',
  'event.partyRegistered.text':
    'El Movimiento se inscribe como partido político y abre oficinas en cada ciudad. Sus duros lo llaman traición.',
  'event.partyRegistered.source.idea': 'Stedman, Rothchild y Cousens: el movimiento armado se vuelve partido',
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
  'event.refugeeSurge.title': 'Oleada de refugiados',
  'event.refugeeSurge.text':
    'Los combates al otro lado de la frontera empujan a miles de familias a la región fronteriza. Los campos están llenos.',
  'event.refugeeSurge.source.idea': 'refugio seguro frente a un desastre vecino',
  'event.refugeeSurge.choice.prompt': '¿Quién se ocupa de los recién llegados?',
  'event.refugeeSurge.choice.option.openCamps.label': 'Abrir nuevos campos de la ONU',
  'event.refugeeSurge.choice.option.leaveToGovernment.label': 'Dejárselo al gobierno',
  'event.returneeLandDisputes.title': 'Los retornados encuentran su tierra ocupada',
  'event.returneeLandDisputes.text':
    'Las familias que vuelven al delta encuentran a desconocidos cultivando sus campos. Las riñas de aldea se vuelven violentas.',
  'event.returneeLandDisputes.source.idea': 'Call y Stanley: los retornados son vulnerables',
  'event.droughtFoodPrices.title': 'Sequía y precios de los alimentos',
  'event.droughtFoodPrices.text':
    'Las lluvias no llegan al sur ni al delta. El precio del pan se duplica y la gente pregunta dónde está el dividendo de la paz.',
  'event.droughtFoodPrices.source.idea': '¿dónde está el dividendo de la paz?',
  'event.droughtFoodPrices.choice.prompt': '¿Cómo alimentas a las ciudades?',
  'event.droughtFoodPrices.choice.option.importFood.label': 'Importar alimentos con dinero del Estado',
  'event.droughtFoodPrices.choice.option.appealDonors.label': 'Pedir ayuda a los donantes y esperar',
  'event.reconstructionMilestone.title': 'Reabre el puente',
  'event.reconstructionMilestone.text':
    'Reabre el gran puente entre el norte y la capital. Camiones, autobuses y mercados vuelven esa misma semana.',
  'event.reconstructionMilestone.source.idea': 'un dividendo de la paz visible',
  'event.donorConference.title': 'Conferencia de donantes',
  'event.donorConference.text':
    'Los donantes se reúnen en el extranjero y prometen dinero para la transición. Preguntan a la ONU cómo debe gastarse.',
  'event.donorConference.source.idea': 'Zartman: dinero externo para la transición',
  'event.donorConference.choice.prompt': '¿Adónde va primero el dinero prometido?',
  'event.donorConference.choice.option.fundDdr.label': 'Empleo y formación para excombatientes',
  'event.donorConference.choice.option.fundReconstruction.label': 'Carreteras, escuelas y centros de salud',
  'event.donorFatigue.title': 'Fatiga de los donantes',
  'event.donorFatigue.text':
    'Una nueva crisis en otro lugar acapara los titulares. Los donantes retrasan sus pagos y la reconstrucción se frena.',
  'event.donorFatigue.source.idea': 'el dinero prometido llega tarde',
  'event.missionBudgetVote.title': 'El parlamento vota la misión',
  'event.missionBudgetVote.text':
    'El parlamento de la Potencia Regional vota el presupuesto del año próximo para sus tropas aquí. Los diputados de la oposición lo llaman un despilfarro.',
  'event.missionBudgetVote.source.idea': 'un parlamento vota el presupuesto de la misión',
  'event.missionBudgetVote.choice.prompt': '¿Luchas por el presupuesto completo o aceptas un recorte?',
  'event.missionBudgetVote.choice.option.defendBudget.label': 'Luchar por el presupuesto completo',
  'event.missionBudgetVote.choice.option.acceptCut.label': 'Aceptar un recorte',
  'event.securityCouncilDeadlock.title': 'Bloqueo en el Consejo de Seguridad',
  'event.securityCouncilDeadlock.text':
    'Un veto bloquea un mandato más fuerte para la Misión de la ONU. La milicia nota que las medidas coercitivas quedan descartadas por ahora.',
  'event.securityCouncilDeadlock.source.idea': 'sin voto del Consejo, no hay medidas coercitivas',
  'event.oneSidedPromise.title': 'Una promesa a un solo bando',
  'event.oneSidedPromise.text':
    'La Potencia Regional promete en público defender al gobierno si es atacado. El Movimiento no oye ninguna promesa así para sí.',
  'event.oneSidedPromise.source.idea': 'una garantía a un bando despierta la envidia del otro',
  'event.oneSidedPromise.choice.prompt': 'El Movimiento está alarmado. ¿Amplías la promesa?',
  'event.oneSidedPromise.choice.option.widenUnderUn.label':
    'Extenderla a ambos bandos con respaldo de la ONU',
  'event.oneSidedPromise.choice.option.standByAlly.label': 'Apoyar solo a tu aliado',
  'event.exitDatePressure.title': '¿Cuándo vuelven las tropas?',
  'event.exitDatePressure.text':
    'Los periódicos de la Potencia Regional exigen una fecha para traer a los soldados a casa. Ambas facciones preguntan qué pasará después.',
  'event.exitDatePressure.source.idea': 'una fecha de salida como herramienta y como riesgo',
  'event.exitDatePressure.choice.prompt': '¿Anuncias una fecha de salida?',
  'event.exitDatePressure.choice.option.announceExit.label': 'Anunciar una fecha de salida firme',
  'event.exitDatePressure.choice.option.openEnded.label': 'Quedarse el tiempo que haga falta',
  'event.peacekeeperCasualties.title': 'Mueren cascos azules',
  'event.peacekeeperCasualties.text':
    'Cuatro soldados de la Potencia Regional mueren cuando su patrulla pisa una mina cerca de la frontera. Los funerales salen por televisión en su país.',
  'event.peacekeeperCasualties.source.idea': 'las bajas ponen a prueba la voluntad política',
  'event.peacekeeperCasualties.choice.prompt': 'Tu opinión pública está de luto. ¿Refuerzas o te repliegas?',
  'event.peacekeeperCasualties.choice.option.reinforce.label': 'Reforzar las patrullas',
  'event.peacekeeperCasualties.choice.option.drawDown.label': 'Replegarse a las bases',
  'event.burdenSharingRow.title': '¿Quién paga la misión?',
  'event.burdenSharingRow.text':
    'La ONU pide a la Potencia Regional que pague su parte de la misión. Sus ministros dicen que la ONU puede llevar la carga.',
  'event.burdenSharingRow.source.idea':
    'aprovecharse del otro (en el texto 003, los aliados protegidos; aquí, un garante del otro)',
  'event.burdenSharingRow.choice.prompt': '¿Pagas tu parte o dejas que la ONU cargue con ella?',
  'event.burdenSharingRow.choice.option.payShare.label': 'Pagar tu parte',
  'event.burdenSharingRow.choice.option.freeRide.label': 'Dejar que la ONU lleve la carga',
  'event.regionalSummit.title': 'Cumbre regional',
  'event.regionalSummit.text':
    'Los jefes de Estado vecinos se reúnen y acuerdan cortar el flujo de armas al país. El vecino hostil firma bajo presión.',
  'event.regionalSummit.source.idea': 'Gardner: los vecinos cooperan en seguridad',
  'event.unEndorsement.title': 'El Consejo respalda las garantías',
  'event.unEndorsement.text':
    'El Consejo de Seguridad respalda por unanimidad el acuerdo de paz y las garantías dadas a ambos bandos.',
  'event.unEndorsement.source.idea': 'Doyle y Sambanis: un tratado con participación de la ONU',
  'scenario.briefing':
    'La guerra ha terminado sobre el papel. El Gobierno controla la capital y el ejército; el Movimiento controla el Sur y las Tierras Altas y teme que lo desarmen primero. Una milicia escindida de intenciones desconocidas vive de las Minas y la Frontera, pagada por un vecino hostil. La Misión de la ONU puede observar y verificar si ambos bandos consienten; la Potencia Regional tiene fuerzas poderosas, pero votantes que se cansan pronto. En ocho rondas los combatientes deben acantonarse, desarmarse y reintegrarse, la reconstrucción debe seguir el ritmo de lo que esperan los civiles y las elecciones deben estar listas. Vigila los indicadores de Miedo: cada orden secreta que das es una apuesta sobre lo que hace el otro bando.',
  'realCase.name':
    'Ningún caso concreto: una mezcla de los acuerdos de los años noventa que tratan los textos de base',
  'realCase.text':
    'Acuerdo Frágil no sigue a ningún país. Sus piezas se repiten en los procesos de paz de los años noventa: un gobierno y un movimiento rebelde que deben desmovilizarse con miedo mutuo (Walter), un grupo escindido que vive de un botín saqueable y de un vecino hostil (Stedman, Rothchild y Cousens), una misión de la ONU que necesita consentimiento y una potencia regional cuyos votantes cuentan los costes. Esas transiciones acabaron de formas distintas: la de Angola volvió a la guerra tras las elecciones de 1992, la de Mozambique aguantó tras las de 1994, y muchas otras solo aguantaron de forma frágil, con violencia recurrente. Compara tu mesa con los escenarios basados en casos reales (Mozambique 1992–94) para ver qué piezas marcaron allí la diferencia.',
};
