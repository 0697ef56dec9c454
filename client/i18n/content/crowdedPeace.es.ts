// Crowded Peace in Spanish: its own texts; every text it shares with Fragile Accord reads alike (inherit.ts).

import { crowdedPeace } from '../../../game/content/crowded.ts';
import { defaultScenario } from '../../../game/content/default.ts';
import { fragileAccordEs } from './fragileAccord.es.ts';
import { inheritCatalogue } from './inherit.ts';

const own: Readonly<Record<string, string>> = {
  'scenario.name': 'Paz Concurrida',
  'scenario.summary':
    'Siete asientos alrededor de un alto el fuego: el Gobierno y el Movimiento, dos saboteadores de intenciones desconocidas (una milicia fronteriza y los propios radicales del Movimiento), dos potencias regionales cercanas cada una a un bando, y la Misión de la ONU.',
  'scenario.briefing':
    'Una partida de taller para una sala llena. El Gobierno y el Movimiento firmaron, pero no todos en el bando del Movimiento lo hicieron: sus radicales conservaron las armas en el Sur y en las Tierras Altas, y una milicia fronteriza vive de las Minas y del vecino hostil. Cada saboteador tiene su propio tipo oculto, y los dos nunca son el mismo: a uno quizá se le pueda comprar mientras que al otro el dinero solo lo alimenta. Dos potencias regionales ofrecen garantías: la Potencia Regional está cerca del Gobierno, la Potencia Costera del Movimiento. Una garantía a un solo bando hace que el otro tenga más miedo (envidia de seguridad), así que los garantes deben decidir si prometen solos, juntos o bajo la bandera de la ONU. Ocho rondas y luego las elecciones. Fijaos en quién paga, quién promete y quién solo espera a que lo hagan los demás.',
  'realCase.name': 'Ningún caso concreto: acuerdos concurridos, con varios garantes y varios saboteadores',
  'realCase.text':
    'Paz Concurrida no sigue a ningún país. Muchos acuerdos de los años noventa tuvieron más de un patrocinador exterior y más de un grupo armado fuera del pacto. En Angola, la propia dirección de la UNITA se volvió contra los acuerdos de Bicesse de 1991 tras perder las elecciones de 1992, y ni una pequeña misión de la ONU ni tres Estados observadores (Portugal, Estados Unidos y Rusia) pudieron sostenerlos; en Camboya, los Jemeres Rojos abandonaron el acuerdo de París de 1991 y boicotearon las elecciones de 1993, pero las elecciones se celebraron y los demás siguieron adelante. Stedman, Rothchild y Cousens observaron que el número de saboteadores, los vecinos hostiles y el interés de las potencias exteriores dificultaban la aplicación de los acuerdos, y que los actores externos que no coordinaban sus estrategias se debilitaban entre sí. La mayoría de estas transiciones no acabaron ni en paz duradera ni en guerra: frágiles.',
  'claim.spoiler-type:limited.reason':
    'no se cumple aquí, por muy poco (gana el 24,8% de los asientos de saboteador limitado en los 200 repartos de la comprobación, el 23,3% antes de que las órdenes de custodia nombraran a un saboteador; se busca un 25%): un saboteador limitado gana cuando la paz aguanta y tiene un lugar en ella, y con dos saboteadores y tres garantes una paz duradera es más rara que con cinco asientos. Un techo de Tensión más bajo ayuda al tipo total y perjudica a este (véase la nota del tipo total).',
  'claim.spoiler-type:total.reason':
    'no se cumple aquí (gana alrededor del 21% de los asientos de saboteador total; se busca un 25%): con dos saboteadores, los garantes coaccionan y golpean al que parece más radical, que es el total, y cualquier cambio que haga más probable el colapso para él hunde por debajo del 25% al saboteador limitado, que necesita que la paz aguante (con un techo de Tensión de 11 en lugar de 12, una prueba de 200 partidas dio un 18% al limitado y un 32% al total). El techo está donde se cumple el tipo codicioso y el limitado queda más cerca.',
  'claim.pledges:break.reason':
    'no se cumple aquí por su margen (incumplir es peor que no prometer nada por unos 2 puntos; se buscan 5): con siete asientos, la paz sin ninguna garantía ya es rara (las garantías cumplidas la suben en más de 50 puntos), así que a las garantías incumplidas les queda poca paz que perder. Donde se incumplió una garantía, las facciones acaban con más miedo, la Tensión más alta y la paz más corta que en los mismos repartos sin garantías (las dos afirmaciones siguientes se cumplen).',
  'claim.war:chosen.reason':
    'no se cumple aquí (alrededor del 2% de las partidas; se busca un 3%) desde que las órdenes de custodia nombran a un saboteador: los garantes coaccionan al que parece más radical y se implican con el que parece más moderado, donde antes cada orden alcanzaba a los dos, y las guerras que faltan son sobre todo las que reanudaba el Gobierno (16 de 400 partidas antes, 7 después; todas las guerras, 20 y 8). Reanudar la guerra sigue siendo una decisión de los bots; este escenario es sobre todo frágil, como dicen sus fuentes.',
  'claim.war:won.reason':
    'no se puede medir aquí: los bots reanudan la guerra solo en alrededor del 2% de estas partidas (8 guerras en 400), demasiado pocas para saber si quien la reanuda gana la mayoría.',
  'role.spoiler.name': 'Milicia Fronteriza',
  'role.spoiler.agenda.milCash.text':
    'Termina con al menos 7 de dinero: la frontera paga, gobierne quien gobierne.',
  'role.spoiler.agenda.milArmed.text': 'Termina con al menos 3 combatientes activos.',
  'role.hardliners.agenda.hlArmed.text':
    'Termina con al menos 3 combatientes activos: los hombres que no firmaron siguen armados.',
  'role.hardliners.agenda.hlFunds.text': 'Termina con al menos 6 de dinero para la causa.',
  'role.hardliners.name': 'Radicales del Movimiento',
  'role.un.agenda.unHonour.text': 'Cumple al menos 2 garantías.',
  'role.hardliners.powers':
    'Comandantes que rechazaron el acuerdo y se quedaron con sus hombres: reclutan entre los excombatientes ociosos del Movimiento, contrabandean, tienden emboscadas e intimidan, sobre todo en el Sur y en las Tierras Altas.',
  'role.hardliners.fears':
    'Que sus antiguos compañeros se desarmen y los dejen solos y perseguidos, y que los garantes los coaccionen antes de que nadie hable con ellos.',
  'role.hardliners.source.idea': 'los propios radicales de una facción como saboteador',
  'role.coastal.name': 'Potencia Costera',
  'role.coastal.powers':
    'El antiguo patrocinador del Movimiento al otro lado del mar: dinero, barcos y un pequeño ejército; garantías con fuerza, patrullas, medidas coercitivas, ayuda y sanciones al vecino hostil.',
  'role.coastal.source.idea': 'un segundo garante cercano a un bando despierta la envidia del otro',
  'role.spoiler.the': 'la Milicia Fronteriza',
  'role.hardliners.the': 'los Radicales del Movimiento',
  'role.coastal.the': 'la Potencia Costera',
};

export const crowdedPeaceEs = inheritCatalogue(crowdedPeace, [[defaultScenario, fragileAccordEs]], own);
