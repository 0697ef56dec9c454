// Spanish messages of the class kit: the lesson clock, saved class setups, and the printable lesson plan
// and student debrief handout (the same keys as classkit.en.ts).
import type { classkitEn } from './classkit.en.ts';
import type { Message } from './format.ts';

export const classkitEs: { readonly [K in keyof typeof classkitEn]: Message } = {
  'title.lessonPlan': 'Plan de clase — Ceasefire',
  'title.handout': 'Hoja de balance — Ceasefire',
  'clock.title': 'Reloj de la clase',
  'clock.none': 'Sin reloj de la clase: cada partida juega todas sus rondas.',
  'clock.status': 'Terminar a las <b>{time}</b> · quedan {left}',
  'clock.up': 'Terminar a las <b>{time}</b> · se acabó el tiempo',
  'clock.field': 'Terminar a las (tu hora local)',
  'clock.set': 'Poner el reloj',
  'clock.clear': 'Quitar el reloj',
  'clock.setDone': 'Reloj de la clase puesto: terminar a las {time}.',
  'clock.cleared': 'Reloj de la clase quitado.',
  'clock.bad': 'Escribe una hora como 11:40.',
  'clock.past': 'Las {time} ya pasaron hoy: elige una hora posterior.',
  'clock.hint':
    'Cuando empieza la revisión de una ronda en una mesa y la revisión y otra ronda completa (al ritmo de esa mesa) no caben antes de esta hora, sus elecciones se celebran en el acto; a la hora final, todas las mesas que sigan jugando las celebran. El historial dice que las convocó el reloj de la clase.',
  'clock.hm': '{h} h {m} min',
  'clock.m': '{m} min',
  'clock.s': '{s} s',
  'clock.fit': 'Reloj de la clase: caben las rondas hasta la {last} de {rounds} ({pace} por ronda, {from}).',
  'clock.fitLast': 'Reloj de la clase: esta es la última ronda que cabe ({pace} por ronda, {from}).',
  'clock.paceMeasured': 'medido',
  'clock.paceTimers': 'según los temporizadores',
  'clock.paceUnknown':
    'Reloj de la clase: el ritmo no se conoce hasta jugar una ronda (o con todas las fases cronometradas).',
  'clock.calledEarly': 'Elecciones adelantadas por el reloj de la clase',
  'clock.deadline': 'Elecciones celebradas a la hora final de la clase',
  'pj.clock.left': 'Quedan <b>{left}</b>',
  'pj.clock.finishBy': 'Terminar a las {time}',
  'pj.clock.up': 'Se acabó el tiempo',
  'runClass.finishBy': 'Terminar a las (opcional, tu hora local)',
  'runClass.finishHint':
    'El reloj de la clase adelanta las elecciones en una mesa cuando no cabe otra ronda completa.',
  'setups.saveTitle': 'Guardar la configuración de esta clase',
  'setups.saveLead':
    'Guarda las mesas, el escenario, las variables, los temporizadores, las mesas solo de bots, el orden de los roles, la lista de clase con sus asientos y la duración del reloj de la clase, para empezar la misma clase otra vez (un código nuevo; ni partidas, ni accesos, ni mensajes de los estudiantes).',
  'setups.name': 'Nombre de la configuración',
  'setups.save': 'Guardar la configuración',
  'setups.saving': 'Guardando…',
  'setups.saved':
    'Configuración «{name}» guardada. Vuelve a empezarla desde la página de inicio, en «Dirigir una clase».',
  'setups.needName': 'Ponle un nombre a la configuración.',
  'setups.keyTitle': 'Tu clave de configuraciones (se muestra una vez)',
  'setups.keyLead':
    'Este navegador la guarda. Para empezar tus configuraciones desde otro dispositivo, pégala allí en «Mis configuraciones guardadas». Mantenla en privado: abre tus configuraciones.',
  'setups.title': 'Mis configuraciones guardadas',
  'setups.loading': 'Cargando tus configuraciones…',
  'setups.empty': 'Aún no hay configuraciones guardadas: guarda una desde la consola de una clase.',
  'setups.tables': { one: '{count} mesa', other: '{count} mesas' },
  'setups.names': {
    one: '{count} nombre en la lista de clase',
    other: '{count} nombres en la lista de clase',
  },
  'setups.clockLength': 'reloj de la clase de {m} min',
  'setups.start': 'Empezar otra vez',
  'setups.startLabel': 'Empezar «{name}» otra vez como una clase nueva',
  'setups.duplicate': 'Duplicar',
  'setups.duplicateLabel': 'Duplicar «{name}»',
  'setups.duplicated': 'Copia hecha: «{name}».',
  'setups.delete': 'Borrar',
  'setups.deleteLabel': 'Borrar «{name}»',
  'setups.confirmDelete': '¿Borrar la configuración «{name}»? Las clases ya empezadas con ella se conservan.',
  'setups.deleted': 'Configuración «{name}» borrada.',
  'setups.useKey': 'Abrir mis configuraciones en este dispositivo',
  'setups.keyField': 'Clave de configuraciones',
  'setups.keySubmit': 'Abrir mis configuraciones',
  'setups.keyEmpty': 'Pega la clave que se mostró al guardar tu primera configuración.',
  'print.button': 'Imprimir',
  'print.lessonPlan': 'Plan de clase',
  'print.handout': 'Hoja de balance para estudiantes',
  'plan.title': 'Plan de clase: Ceasefire en el aula',
  'plan.lead':
    'Para un docente que dirige Ceasefire con 5–40 estudiantes en varias mesas (5 asientos cada una; los bots ocupan el resto). Dos duraciones: una clase de 45 minutos (4 rondas) y una doble de 90 minutos (8 rondas).',
  'plan.before': 'Antes de la clase (10 minutos, una vez)',
  'plan.before.1':
    'Arranca el servidor en un ordenador de la red del centro y usa la <b>dirección de red</b> que muestra (no localhost): es la que pueden abrir los teléfonos.',
  'plan.before.2':
    'En la página de inicio, <b>Dirigir una clase</b>: mesas = estudiantes ÷ 3 (redondeando hacia arriba) da 2–4 estudiantes por mesa; los bots juegan los demás asientos. Pon <b>Terminar a las</b> en el final de la clase. Deja abierta la pestaña de la consola: guarda la clave de la clase.',
  'plan.before.3':
    'Opcional: <b>Importar una lista de clase</b> y <b>Asignar automáticamente</b>; elige qué roles reciben antes los estudiantes. Después, <b>Guardar la configuración de esta clase</b> para empezar la misma clase la próxima vez.',
  'plan.before.4':
    'Imprime las fichas de los roles (una página por rol) y la hoja de balance de esta página.',
  'plan.col.time': 'Minutos',
  'plan.col.what': 'Qué ocurre',
  'plan.col.console': 'En la consola',
  'plan.45': '45 minutos (4 rondas)',
  'plan.45.1.what': 'El proyector de la clase en la pantalla del aula: código y QR. Los estudiantes entran.',
  'plan.45.1.console': 'Asignar automáticamente; quien llega tarde entra solo en la mesa más vacía.',
  'plan.45.2.what':
    'La situación en dos frases; cada estudiante lee su ficha de rol (objetivo, agenda secreta).',
  'plan.45.2.console':
    'Temporizadores: crisis 60 s, negociación 240 s, órdenes 120 s, revisión 60 s. Reloj de la clase: terminar en el minuto 36.',
  'plan.45.3.what': 'Rondas 1–4.',
  'plan.45.3.console':
    'Empezar todas las mesas. Vigila la Tensión y las rondas que caben en cada mesa; un evento en la mesa que va demasiado tranquila.',
  'plan.45.4.what':
    'Las elecciones: las convoca el reloj de la clase, o tú con «Terminar todas las partidas ya».',
  'plan.45.4.console':
    'Nada que hacer si el reloj está puesto; si no, confirma «Terminar todas las partidas ya».',
  'plan.45.5.what': 'Balance (abajo), 2 preguntas.',
  'plan.45.5.console': 'Página de balance de la clase; el proyector de la clase muestra los resultados.',
  'plan.90': '90 minutos (8 rondas)',
  'plan.90.1.what':
    'Entrada, roles, el mapa y las cuatro fases explicadas en la vista de proyector de una mesa.',
  'plan.90.1.console':
    'Como arriba; temporizadores crisis 60 s, negociación 300 s, órdenes 150 s, revisión 90 s; reloj de la clase en el minuto 70.',
  'plan.90.2.what':
    'Rondas 1–8 (unos 7 minutos por ronda). Pausa general en la ronda 4 para «qué ha pasado hasta ahora».',
  'plan.90.2.console': 'Pausar todo / Reanudar todo; un evento por mesa hacia la ronda 5.',
  'plan.90.3.what':
    'Balance: resultados, luego las preguntas propias de cada mesa, luego la lista de referencias como tarea.',
  'plan.90.3.console': 'Descarga el CSV de resultados (por estudiante) y, si hace falta, el CSV de rondas.',
  'plan.bots':
    'Una decisión que un estudiante no toma antes de que se acabe el tiempo (una elección de crisis, una promesa activada) la toma el bot de ese asiento; el historial lo dice, y eso ya es una buena pregunta para el balance.',
  'plan.debrief': 'Balance (10–20 minutos)',
  'plan.debrief.1':
    '<b>Resultado por mesa</b> en la pantalla: qué mesas aguantaron, cuáles se hundieron y cuándo (el gráfico de Tensión).',
  'plan.debrief.2':
    '<b>Las preguntas de cada mesa</b>, elegidas según lo que pasó allí (una promesa rota, un saboteador incentivado, poco DDR, un rumor falso). Deja que la mesa responda con su historial.',
  'plan.debrief.3':
    '<b>Resultados por estudiante</b>: objetivo y agenda secreta cumplidos o no. Pide a los saboteadores que revelen su tipo y si los demás lo adivinaron.',
  'plan.debrief.4':
    'La <b>lista de referencias</b> bajo las preguntas: los textos de partida y las obras que citan.',
  'plan.after': 'Después de la clase',
  'plan.after.body':
    'Descarga lo que quieras conservar (los mensajes privados de los estudiantes quedan fuera salvo que marques la casilla) y luego <b>Borrar los datos de esta clase</b> en la página de balance.',
  'handout.title': 'Después de la partida: ¿qué pasó en tu mesa?',
  'handout.lead':
    'Responde con el historial de tu mesa delante. No hay respuestas incorrectas, solo razones.',
  'handout.name': 'Nombre',
  'handout.table': 'Mesa',
  'handout.role': 'Rol',
  'handout.q1': '¿Cuál era el objetivo público de tu rol? ¿Lo cumpliste? ¿Y tu agenda secreta?',
  'handout.q2': 'Di un momento en que otro lado no pudo verificar lo que hiciste. ¿Qué supuso?',
  'handout.q3':
    '¿Se hizo alguna promesa en tu mesa? ¿Se creyó, se cumplió, se rompió? ¿Qué pasó después con el Miedo?',
  'handout.q4': '¿Cuándo subió más deprisa la Tensión, y por qué?',
  'handout.q5':
    '¿Qué idea de las lecturas (el problema del compromiso, la credibilidad, los saboteadores) viste en juego?',
  'handout.q6': '¿Qué harías distinto en las dos primeras rondas?',
};
