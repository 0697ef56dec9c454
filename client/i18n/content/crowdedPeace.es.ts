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
  'role.spoiler.name': 'Milicia Fronteriza',
  'role.hardliners.name': 'Radicales del Movimiento',
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
