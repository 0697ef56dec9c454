// Spanish messages of the scenario variables (the same keys as variables.en.ts).

import type { Message } from './format.ts';
import type { variablesEn } from './variables.en.ts';

export const variablesEs: { readonly [K in keyof typeof variablesEn]: Message } = {
  'vars.legend': 'Ajustes del escenario',
  'vars.lead':
    'Rellenados con los valores propios del escenario. Cambia solo lo que quieras: solo se envían los ajustes cambiados.',
  'vars.rounds': 'Rondas antes de las elecciones',
  'vars.tensionMax': 'Techo de Tensión (el alto el fuego se rompe con esta Tensión)',
  'vars.enforcement': 'La imposición (Capítulo VII) está disponible',
  'vars.monitorTeams': 'Equipos de observadores por garante',
  'vars.fog': 'Rumores falsos (niebla), en porcentaje',
  'vars.spoiler': 'Tipo oculto de {role}',
  'vars.spoiler.random': 'Al azar',
  'vars.spoiler.limited': 'Limitado',
  'vars.spoiler.greedy': 'Codicioso',
  'vars.spoiler.total': 'Total',
  'vars.spoilerHint':
    'Un tipo fijado sigue oculto para los jugadores: solo ven que lo has fijado, nunca cuál es.',
  'vars.timers': 'Temporizadores de fase, en segundos (0 = sin límite)',
  'vars.timersHint':
    'La consola de una clase pone en marcha estos temporizadores en cada fase; de 15 a 3600 segundos.',
  'vars.reset': 'Volver a los valores del escenario',
  'vars.changedCount': { one: '1 ajuste cambiado.', other: '{count} ajustes cambiados.' },
  'vars.invalid': {
    one: 'Los ajustes del escenario no son válidos: 1 problema.',
    other: 'Los ajustes del escenario no son válidos: {count} problemas.',
  },
  'vars.note.title': 'Ajustes del escenario',
  'vars.note.changed': 'cambiado',
  'vars.note.allDefault': 'Todo como lo fija el escenario.',
  'vars.line.rounds': 'Rondas',
  'vars.line.tensionMax': 'Techo de Tensión',
  'vars.line.enforcement': 'Imposición (Capítulo VII)',
  'vars.line.monitorTeams': 'Equipos de observadores por garante',
  'vars.line.falseRumourPercent': 'Rumores falsos (niebla)',
  'vars.line.spoiler': 'Tipo oculto de {role}',
  'vars.line.timers': 'Temporizadores de fase',
  'vars.value.on': 'disponible',
  'vars.value.off': 'no disponible',
  'vars.value.percent': '{n} %',
  'vars.value.random': 'elegido al azar',
  'vars.value.secret': 'fijado por quien dirige (secreto)',
  'vars.value.fixed': 'fijado: {type}',
  'vars.value.untimed': 'sin límite',
  'vars.value.timer': '{phase} {seconds} s',
} as const;
