// Spanish messages of the facilitator's console page itself (the same keys as console.en.ts).
import type { consoleEn } from './console.en.ts';
import type { Message } from './format.ts';

export const consoleEs: { readonly [K in keyof typeof consoleEn]: Message } = {
  'console.home': 'Página de inicio de Ceasefire',
  'console.class': 'Clase',
  'console.noSuchClass': 'No existe esa clase',
  'console.startPage': 'Página de inicio',
  'console.tokenRefused': 'La clave que guardaba este navegador fue rechazada (403). Pega la correcta.',
  'console.failed': 'No funcionó. Inténtalo de nuevo.',
  'console.live': 'En directo',
  'console.connecting': 'Conectando…',
  'console.reconnecting': 'Reconectando…',
  'console.hideCode': 'Ocultar el código de la clase',
  'console.showCode': 'Mostrar el código de la clase',
  'console.projectorLabel': 'Proyector de la clase (se abre en una pestaña nueva)',
  'console.projector': 'Proyector',
  'console.debrief': 'Balance',
  'console.briefs': 'Fichas de los roles',
  'console.ok': 'De acuerdo',
  'console.heading': 'Consola del facilitador de la clase {code}',
  'console.connectingClass': 'Conectando con la clase…',
  'console.allTables': 'Todas las mesas',
  'console.tables': { one: '{count} mesa', other: '{count} mesas' },
  'console.seated': {
    one: '{seated} de {count} estudiante sentado.',
    other: '{seated} de {count} estudiantes sentados.',
  },
  'console.startHint':
    '«Empezar» da cada asiento vacío a un bot y deja empezar la partida; una mesa sin estudiantes espera, salvo que la conviertas en una demostración solo con bots.',
  'console.started': 'Todas las mesas han empezado.',
  'console.startAll': 'Empezar todas las mesas',
  'console.paused': 'Todas las mesas están en pausa.',
  'console.pauseAll': 'Pausar todas',
  'console.resumed': 'Todas las mesas continúan.',
  'console.resumeAll': 'Reanudar todas',
  'console.endConfirm':
    '¿Terminar ahora todas las partidas? Las elecciones se celebran en el acto en cada mesa que siga jugando, y el balance se abre con los resultados. No se puede deshacer.',
  'console.ended': 'Todas las partidas han terminado.',
  'console.endAll': 'Terminar ahora todas las partidas',
  'console.advisorOn': 'Los estudiantes pueden consultar al asesor.',
  'console.advisorOff': 'El asesor está desactivado.',
  'console.advisorSwitch':
    'Los estudiantes pueden consultar al asesor («¿Qué harías tú?»: el plan de un bot fuerte desde la vista de su propio asiento)',
  'console.student': 'Estudiante',
  'console.seatedAt': '{name} sentado en la mesa {table}.',
  'console.holdsToken': 'Este navegador guarda la clave de la clase {code}.',
  'console.forgetConfirm':
    '¿Olvidar la clave de la clase {code}? La necesitarás para volver a abrir esta consola.',
  'console.forget': 'Olvidarla en este navegador',
};
