// Mozambique 1992–94 in Spanish: its own texts; every text it shares with Fragile Accord reads alike (inherit.ts).
import { defaultScenario } from '../../../game/content/default.ts';
import { mozambique } from '../../../game/content/mozambique.ts';
import { fragileAccordEs } from './fragileAccord.es.ts';
import { inheritCatalogue } from './inherit.ts';

const own: Readonly<Record<string, string>> = {
  'scenario.name': 'Mozambique 1992–94',
  'scenario.summary':
    'Tras dieciséis años de guerra, el Acuerdo General de Paz firmado en Roma en octubre de 1992: el gobierno del FRELIMO y la RENAMO deben desmovilizarse y enfrentarse en las urnas, bajo la vigilancia de una gran misión de la ONU.',
  'scenario.briefing':
    'Octubre de 1992. El gobierno del FRELIMO y los rebeldes de la RENAMO (el Movimiento de este juego) han firmado en Roma el Acuerdo General de Paz, tras dos años de conversaciones acogidas por la Comunidad de Sant’Egidio. Ambos ejércitos deben reunirse en zonas de concentración, entregar las armas y volver a casa o entrar en un nuevo ejército nacional; después, unas elecciones decidirán quién gobierna. La sequía y la guerra han dejado al país entre los más pobres del mundo, y bandas armadas viven de las carreteras y de las minas de Manica. La Misión de la ONU (ONUMOZ) es grande y ejerce un mandato multidimensional, pero llega tarde; las tropas de Zimbabue custodian el corredor de Beira y quieren volver a casa. Los viejos patrocinadores del otro lado de la frontera se han retirado. Ocho rondas, unos dos años: ¿puede la mesa hacerlo tan bien como las partes reales, o mejor?',
  'realCase.name': 'Mozambique, Acuerdo General de Paz (Roma, 1992) y ONUMOZ (1992–94)',
  'realCase.text':
    'El Acuerdo General de Paz lo firmaron en Roma el 4 de octubre de 1992 el presidente Joaquim Chissano (FRELIMO) y Afonso Dhlakama (RENAMO), tras unas conversaciones mediadas por la Comunidad de Sant’Egidio junto con Italia. El Consejo de Seguridad creó la ONUMOZ (Resolución 797, diciembre de 1992): una misión multidimensional de unos 6.500 soldados en su punto máximo, con observadores militares, policías y observadores electorales. Su despliegue fue lento, así que la concentración y desmovilización de los dos ejércitos empezó tarde y las elecciones pasaron de 1993 a octubre de 1994; la desmovilización, retrasada por la desconfianza mutua y porque las partes se guardaban hombres, se completó en 1994, con cerca de 80.000 soldados desmovilizados y un nuevo ejército conjunto, más pequeño de lo previsto. Los donantes financiaron un fondo fiduciario, administrado por la ONU, que ayudó a la RENAMO a convertirse en partido político, y un programa de reinserción pagó a los soldados desmovilizados durante hasta dos años. Sudáfrica, y antes Rodesia, habían apoyado a la RENAMO; en 1992 ese apoyo había terminado, y las tropas de Zimbabue que custodiaban los corredores se retiraron en 1993. La RENAMO amenazó con boicotear las elecciones la víspera, pero participó; Chissano y el FRELIMO ganaron, y la RENAMO aceptó el resultado y entró en el parlamento como principal partido de la oposición. Quedaron alijos de armas y el bandidaje duró años, pero la guerra no volvió: una paz duradera según las categorías de este juego.',
  'claim.spoiler-type:total.reason':
    'en Mozambique ningún grupo armado se propuso hundir el acuerdo a cualquier precio: a las bandas armadas solo les toca el tipo limitado o el codicioso, así que no hay saboteador total con el que ganar.',
  'claim.fixed:spoiler:smuggle.reason':
    'no se cumple aquí: sin un patrocinador que les pague y con botín en Manica y Zambezia, las bandas armadas que solo contrabandean (sin atacar ni reclutar nunca) ganan unos 20 puntos más a menudo que el bot normal, cuyo tipo limitado sigue atacando para hacerse oír y atrae la coacción. Vivir de las carreteras en lugar de combatir es lo que hicieron las bandas en el caso real; el bot del saboteador aún no tiene en cuenta un escenario sin vecino hostil.',
  'claim.pledges:break.reason':
    'no se cumple aquí: los garantes que siempre incumplen mantienen la paz unos 10 puntos más a menudo que los que nunca dan garantías, porque una garantía de fuerza vigente cuenta en contra de reanudar la guerra hasta que se pone a prueba, y sin nada prometido el gobierno, el ejército más grande, reanuda la guerra más a menudo. Donde una garantía se puso a prueba y se incumplió, las facciones acaban con más miedo, la Tensión más alta y la paz más corta que en los mismos repartos sin garantías (las dos afirmaciones siguientes se cumplen).',
  'claim.war:won.reason':
    'no se cumple aquí: quien reanuda la guerra es casi siempre el gobierno (las FAM eran el ejército más grande), al que los bots solo llevan a la guerra con las probabilidades a su favor, así que gana unas 7 de cada 10 guerras reanudadas (una muestra de unas 25 guerras en 200 partidas). En el caso real nadie reanudó la guerra.',
  'role.government.name': 'Gobierno del FRELIMO',
  'role.government.objective':
    'Conservar el poder: las elecciones se celebran y las ganas (al menos tanta fuerza política como la RENAMO). Si la RENAMO reanuda la guerra, gánala.',
  'role.government.powers':
    'Manda el ejército (las FAM), el presupuesto del Estado y la policía; dirige la formación del nuevo ejército y la reforma policial; concede o niega el consentimiento a la ONU.',
  'role.government.fears':
    'Que la RENAMO guarde hombres y armas en el monte y rechace unas elecciones que pierda; que los donantes y la ONU se pongan de su lado.',
  'role.government.agenda.govReform.text':
    'Lleva la reforma del sector de seguridad a 4 o más, en tus términos.',
  'role.movement.name': 'Movimiento RENAMO',
  'role.movement.powers':
    'Manda el ejército guerrillero del centro y del norte; decide cuándo y dónde sus hombres se concentran, se desarman y vuelven a casa; puede aceptar el dinero de los donantes para convertirse en partido.',
  'role.movement.fears':
    'Ser desarmado primero y luego derrotado en las urnas y perseguido; no tener dinero para sostener un partido frente a un Estado que lo tiene todo.',
  'role.movement.agenda.movHeartland.text': 'Termina con tu bastión, Gorongosa, en estabilidad 4 o más.',
  'role.spoiler.name': 'Bandas Armadas',
  'role.spoiler.objective':
    'Tu tipo oculto decide: una banda limitada quiere su parte (2 incentivos y ningún colapso); una codiciosa quiere el botín (llevarse 8 con el contrabando).',
  'role.spoiler.powers':
    'Exsoldados sin paga y bandidos en las carreteras y en los yacimientos de oro de Manica: reclutan a los ociosos, contrabandean, tienden emboscadas e intimidan.',
  'role.spoiler.fears':
    'La coacción de los garantes, y una paz que pague a los soldados y deje a las bandas sin nada.',
  'role.spoiler.agenda.bandsCash.text': 'Termina con al menos 5 de dinero.',
  'role.spoiler.agenda.bandsArmed.text': 'Termina con al menos 3 combatientes activos.',
  'role.spoiler.agenda.bandsLoot.text':
    'Llévate al menos 4 de botín con el contrabando a lo largo de la partida.',
  'role.un.name': 'Misión de la ONU (ONUMOZ)',
  'role.un.powers':
    'Una gran misión multidimensional: observadores militares y cascos azules con el consentimiento de las partes (Capítulo VI), observadores policiales y electorales, los fondos fiduciarios y un Representante Especial que preside las comisiones.',
  'role.regional.name': 'Fuerza de Zimbabue',
  'role.regional.objective':
    'Mantener tranquilos los corredores a un precio que tus votantes acepten y con tu palabra aún valiendo: ningún colapso, apoyo interno de 4 o más, credibilidad de 4 o más y las bandas armadas contenidas (5 combatientes activos o menos) al final.',
  'role.regional.powers':
    'Tropas que custodian el corredor de Beira y su ferrocarril, dinero e influencia ante el gobierno: garantías con fuerza, patrullas, medidas coercitivas y ayuda.',
  'role.regional.fears':
    'Bajas y costes en casa, que le pidan quedarse para siempre, y una misión de la ONU que le deje el trabajo peligroso.',
  'region.capital.name': 'Maputo',
  'region.capital.source.design':
    'el mapa del caso, simplificado: Maputo, la capital en el extremo sur, en manos del gobierno.',
  'region.south.name': 'Gaza e Inhambane',
  'region.south.source.design':
    'el mapa del caso, simplificado: las provincias del sur, golpeadas por la sequía de 1992 y por los asaltos en las carreteras.',
  'region.mines.name': 'Manica y el corredor de Beira',
  'region.mines.source.design':
    'el mapa del caso, simplificado: los yacimientos de oro de Manica y el corredor de Zimbabue al puerto de Beira, custodiado por las tropas de Zimbabue.',
  'region.highlands.name': 'Gorongosa',
  'region.highlands.source.design':
    'el mapa del caso, simplificado: el interior de Sofala en torno a Gorongosa, donde la RENAMO tenía su cuartel general.',
  'region.delta.name': 'Zambezia',
  'region.delta.source.design':
    'el mapa del caso, simplificado: Zambezia y el valle del Zambeze, disputados durante toda la guerra, adonde volvieron muchos refugiados.',
  'region.north.name': 'Nampula y el Norte',
  'region.north.source.design':
    'el mapa del caso, simplificado: las populosas provincias del norte, donde ambos partidos buscaron votos.',
  'event.trustFund.title': 'Un fondo fiduciario para la RENAMO',
  'event.trustFund.text':
    'Los donantes crean un fondo fiduciario, gestionado por la ONU, que paga las oficinas, los coches y los sueldos de la RENAMO para que el ejército guerrillero pueda convertirse en partido político.',
  'event.trustFund.source.idea': 'dinero exterior pagó a un ejército rebelde para hacerse partido',
  'event.trustFund.choice.prompt': 'El fondo necesita más dinero del que dieron los donantes. ¿Lo completas?',
  'event.trustFund.choice.option.topUp.label': 'Completarlo con el presupuesto de la misión',
  'event.trustFund.choice.option.asIs.label': 'Dejar el fondo como está',
  'event.patronsWithdraw.title': 'Los viejos patrocinadores se retiran',
  'event.patronsWithdraw.text':
    'Sudáfrica, que armó a la RENAMO en los años ochenta, ha dejado de apoyarla y ahora respalda el acuerdo. Las bandas armadas pierden a sus últimos proveedores al otro lado de la frontera.',
  'event.patronsWithdraw.source.design':
    'una carta del caso de Mozambique: Sudáfrica (y antes Rodesia) había apoyado a la RENAMO y puso fin a ese apoyo a principios de los noventa. Los textos de base solo nombran a los vecinos hostiles como una dificultad; esta carta muestra a un vecino que cambia de bando.',
  'event.lateDeployment.title': 'Los cascos azules llegan tarde',
  'event.lateDeployment.text':
    'Meses después del acuerdo, la mayoría de las tropas de la ONU aún no ha llegado. Las zonas de concentración no pueden abrir y ambos bandos mantienen a sus hombres en armas.',
  'event.lateDeployment.source.idea': 'los recursos fijados tarde dejan un vacío',
  'event.lateDeployment.choice.prompt':
    '¿Presionas al Consejo y a los países contribuyentes para que se den prisa?',
  'event.lateDeployment.choice.option.hurry.label': 'Presionarlos, cueste lo que cueste',
  'event.lateDeployment.choice.option.postponeTimetable.label': 'Aplazar el calendario en su lugar',
  'event.boycottEve.title': 'Un boicot en vísperas de la votación',
  'event.boycottEve.text':
    'La noche antes de que abran los colegios electorales, el líder de la RENAMO anuncia un boicot y denuncia fraude. Enviados y embajadores pasan la noche intentando convencerlo.',
  'event.boycottEve.source.design':
    'una carta del caso de Mozambique: la RENAMO se retiró de las elecciones de octubre de 1994 en su víspera y volvió un día después bajo presión internacional. Los textos de base no tratan este episodio.',
  'event.boycottEve.choice.prompt': '¿Participas en las elecciones?',
  'event.boycottEve.choice.option.takePart.label': 'Participar, con garantías de un recuento limpio',
  'event.boycottEve.choice.option.stayOut.label': 'Quedarse fuera y denunciar la votación',
  'role.government.the': 'el Gobierno del FRELIMO',
  'role.movement.the': 'el Movimiento RENAMO',
  'role.spoiler.the': 'las Bandas Armadas',
  'role.un.the': 'la Misión de la ONU (ONUMOZ)',
  'role.regional.the': 'la Fuerza de Zimbabue',
  'region.capital.the': 'Maputo',
  'region.south.the': 'Gaza e Inhambane',
  'region.mines.the': 'Manica y el corredor de Beira',
  'region.highlands.the': 'Gorongosa',
  'region.delta.the': 'Zambezia',
  'region.north.the': 'Nampula y el Norte',
};

export const mozambiqueEs = inheritCatalogue(mozambique, [[defaultScenario, fragileAccordEs]], own);
