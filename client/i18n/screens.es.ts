// Spanish messages of the screens around the table (the same keys as screens.en.ts).
import type { Message } from './format.ts';
import type { screensEn } from './screens.en.ts';

export const screensEs: { readonly [K in keyof typeof screensEn]: Message } = {
  'source.design': 'Decisión de diseño del juego:',
  'source.where': 'De dónde sale esto',
  'briefs.print': 'Imprimir las fichas',
  'briefs.noScenario': 'No existe ese escenario',
  'briefs.noScenarioText': 'No hay ningún escenario «{id}». ',
  'briefs.seeDefault': 'Ver las fichas del escenario por defecto',
  'briefs.eyebrow': 'Fichas de rol — {name}',
  'briefs.title': '{name}: quién se sienta a la mesa',
  'briefs.intro':
    'Imprime una ficha por jugador (una página cada una). Cada ficha muestra el objetivo <b>público</b> del rol, sus poderes y sus miedos. Las agendas secretas <b>no</b> se imprimen: cada jugador recibe una en pantalla al empezar y se la guarda para sí.',
  'briefs.roles': 'Roles de la partida',
  'briefs.hint.faction': 'Eres uno de los dos antiguos bandos en guerra.',
  'briefs.hint.spoiler': 'Quieres que el acuerdo de paz fracase… o que te paguen.',
  'briefs.hint.guarantor': 'Eres un actor externo: tus promesas valen lo que valga tu credibilidad.',
  'briefs.startFunds': '{funds} de fondos, +{income} cada ronda',
  'briefs.startFear': 'Miedo al otro bando {fear}/10',
  'briefs.startGuarantor':
    'capacidad {capability}/10, voluntad política {will}/10, apoyo interno {approval}/10',
  'briefs.startMilitancy': 'militancia {militancy}/10',
  'briefs.roleEyebrow': '{scenario} · ficha de rol · {kind}',
  'briefs.objective': 'Tu objetivo público',
  'briefs.powers': 'Tus poderes',
  'briefs.fears': 'Lo que temes',
  'briefs.start': 'Empiezas con',
  'briefs.fighters': 'Combatientes: {list}.',
  'briefs.roleSource': 'De dónde sale este rol',
  'briefs.secret': 'Tu agenda secreta',
  'briefs.secretText':
    'No se imprime aquí. Al empezar recibes una agenda secreta en pantalla: guárdatela; al final suma puntos si la cumples.',
  'briefs.orders': 'Órdenes que puedes dar ({n} por ronda, en secreto)',
  'briefs.free': 'gratis',
  'briefs.cost': '{cost} de fondos',
  'briefs.round':
    'Cada ronda: <b>Crisis</b> (una carta de evento) → <b>Negociación</b> (hablar, ofertas, garantías públicas) → <b>Órdenes secretas</b> (todos a la vez) → <b>Repaso</b>. Tras {rounds} rondas deciden las elecciones, salvo que antes la Tensión llegue a {max} o una facción vuelva a la guerra.',
  'briefs.region': 'Región: {name}',
  'briefs.spoilerType': 'Tipo de saboteador: {name}',
  'briefs.sourcesTitle': 'De dónde salen las reglas',
  'briefs.sourcesText':
    'Cada regla cita el pasaje de los textos de origen en que se apoya: Freeman 2003 (seed 000) y una panorámica de las garantías de seguridad entre Estados (seed 003). {design} de estas {total} son decisiones de diseño del juego que los textos no recogen, y lo dicen.',
};
