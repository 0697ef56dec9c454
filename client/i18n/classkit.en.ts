// English messages of the class kit: the lesson clock, saved class setups, and the printable lesson plan
// and student debrief handout (/lesson-plan, /handout).
export const classkitEn = {
  'title.lessonPlan': 'Lesson plan — Ceasefire',
  'title.handout': 'Debrief handout — Ceasefire',
  // The lesson clock.
  'clock.title': 'Lesson clock',
  'clock.none': 'No lesson clock: every game plays all its rounds.',
  'clock.status': 'Finish by <b>{time}</b> · {left} left',
  'clock.up': 'Finish by <b>{time}</b> · time is up',
  'clock.field': 'Finish by (your local time)',
  'clock.set': 'Set the clock',
  'clock.clear': 'Clear the clock',
  'clock.setDone': 'Lesson clock set: finish by {time}.',
  'clock.cleared': 'Lesson clock cleared.',
  'clock.bad': 'Type a time like 11:40.',
  'clock.past': '{time} has passed already today: choose a later time.',
  'clock.hint':
    'When a round’s review begins at a table and the review and one more whole round (at that table’s pace) do not fit before this time, its elections are held at once; at the finish time every table still playing holds them. The history says the lesson clock called them.',
  'clock.hm': '{h} h {m} min',
  'clock.m': '{m} min',
  'clock.s': '{s} s',
  'clock.fit': 'Lesson clock: rounds up to {last} of {rounds} fit ({pace} a round, {from}).',
  'clock.fitLast': 'Lesson clock: this is the last round that fits ({pace} a round, {from}).',
  'clock.paceMeasured': 'measured',
  'clock.paceTimers': 'from the timers',
  'clock.paceUnknown':
    'Lesson clock: the pace is not known until a round is played (or every phase is timed).',
  'clock.calledEarly': 'Elections called early by the lesson clock',
  'clock.deadline': 'Elections held at the lesson’s finish time',
  // The lesson clock on the class projector, in large type for the room.
  'pj.clock.left': '<b>{left}</b> left',
  'pj.clock.finishBy': 'Finish by {time}',
  'pj.clock.up': 'Time is up',
  'runClass.finishBy': 'Finish by (optional, your local time)',
  'runClass.finishHint':
    'The lesson clock calls the elections early at a table when another full round will not fit.',
  // Saved class setups.
  'setups.saveTitle': 'Save this class setup',
  'setups.saveLead':
    'Keeps the tables, scenario, variables, timers, bots-only tables, role order, class list with its seats and the lesson clock’s length, to start the same class again (a new class code; no student’s game, sign-in or messages).',
  'setups.name': 'Name of the setup',
  'setups.save': 'Save the setup',
  'setups.saving': 'Saving…',
  'setups.saved': 'Setup “{name}” saved. Start it again from the start page, under “Run a class”.',
  'setups.needName': 'Give the setup a name.',
  'setups.keyTitle': 'Your setup key (shown once)',
  'setups.keyLead':
    'This browser keeps it. To start your setups from another device, paste it there under “My saved setups”. Keep it private: it opens your setups.',
  'setups.title': 'My saved setups',
  'setups.loading': 'Loading your setups…',
  'setups.empty': 'No saved setup yet: save one from a class console.',
  'setups.tables': { one: '{count} table', other: '{count} tables' },
  'setups.names': { one: '{count} name on the class list', other: '{count} names on the class list' },
  'setups.clockLength': 'lesson clock {m} min',
  'setups.start': 'Start again',
  'setups.startLabel': 'Start “{name}” again as a new class',
  'setups.duplicate': 'Duplicate',
  'setups.duplicateLabel': 'Duplicate “{name}”',
  'setups.duplicated': 'Copy made: “{name}”.',
  'setups.delete': 'Delete',
  'setups.deleteLabel': 'Delete “{name}”',
  'setups.confirmDelete': 'Delete the setup “{name}”? Classes already started from it are kept.',
  'setups.deleted': 'Setup “{name}” deleted.',
  'setups.useKey': 'Open my setups on this device',
  'setups.keyField': 'Setup key',
  'setups.keySubmit': 'Open my setups',
  'setups.keyEmpty': 'Paste the setup key shown when you first saved a setup.',
  // Printable pages.
  'print.button': 'Print',
  'print.lessonPlan': 'Lesson plan',
  'print.handout': 'Student debrief handout',
  'plan.title': 'Lesson plan: Ceasefire in a class',
  'plan.lead':
    'For a teacher running Ceasefire with 5–40 students at several tables (5 seats each; bots take the rest). Two timings: a single 45-minute lesson (4 rounds) and a 90-minute double lesson (8 rounds).',
  'plan.before': 'Before the lesson (10 minutes, once)',
  'plan.before.1':
    'Start the server on a computer on the school network and use the <b>network address</b> it prints (not localhost): that is the address phones can open.',
  'plan.before.2':
    'On the start page, <b>Run a class</b>: tables = students ÷ 3 (rounded up) gives 2–4 students a table; bots play the other seats. Set <b>Finish by</b> to the end of the lesson. Keep the console tab open: it holds the class token.',
  'plan.before.3':
    'Optional: <b>Import a class list</b> and <b>Auto-assign</b>; choose which roles students get first. Then <b>Save this class setup</b> to start the same class again next time.',
  'plan.before.4': 'Print the role briefs (one page per role) and this page’s student handout.',
  'plan.col.time': 'Minutes',
  'plan.col.what': 'What happens',
  'plan.col.console': 'In the console',
  'plan.45': '45 minutes (4 rounds)',
  'plan.45.1.what': 'The class projector on the room screen: code and QR. Students join.',
  'plan.45.1.console': 'Auto-assign; late students join the emptiest table by themselves.',
  'plan.45.2.what':
    'The situation in two sentences; every student reads their role card (objective, secret agenda).',
  'plan.45.2.console':
    'Timers: crisis 60 s, negotiation 240 s, orders 120 s, review 60 s. Lesson clock: finish by the 36th minute.',
  'plan.45.3.what': 'Rounds 1–4.',
  'plan.45.3.console':
    'Start all tables. Watch Tension and the rounds that fit per table; one inject at the table that is coasting.',
  'plan.45.4.what': 'The elections: called by the lesson clock, or by you with “End all games now”.',
  'plan.45.4.console': 'Nothing to do if the clock is set; otherwise confirm “End all games now”.',
  'plan.45.5.what': 'Debrief (below), 2 prompts.',
  'plan.45.5.console': 'Class debrief page; the class projector shows the outcomes.',
  'plan.90': '90 minutes (8 rounds)',
  'plan.90.1.what': 'Join, roles, the map and the four phases explained on one table’s projector view.',
  'plan.90.1.console':
    'As above; timers crisis 60 s, negotiation 300 s, orders 150 s, review 90 s; lesson clock at the 70th minute.',
  'plan.90.2.what':
    'Rounds 1–8 (about 7 minutes a round). Pause all at round 4 for “what has happened so far”.',
  'plan.90.2.console': 'Pause all / Resume all; one inject per table around round 5.',
  'plan.90.3.what': 'Debrief: outcomes, then each table’s own prompts, then the reference list for homework.',
  'plan.90.3.console': 'Download the results CSV (per student) and, if needed, the rounds CSV.',
  'plan.bots':
    'A decision a student does not make before time runs out (a crisis choice, a triggered pledge) is taken by that seat’s bot; the history says so, which is itself a good debrief question.',
  'plan.debrief': 'Debrief (10–20 minutes)',
  'plan.debrief.1':
    '<b>Outcome per table</b> on the screen: which tables held, which collapsed, and when (the Tension chart).',
  'plan.debrief.2':
    '<b>Each table’s prompts</b>, chosen from what happened there (a broken pledge, an induced spoiler, low DDR, a false rumour). Let the table answer with its history.',
  'plan.debrief.3':
    '<b>Results per student</b>: objective and secret agenda met or missed. Ask the spoilers to reveal their type and whether the others guessed it.',
  'plan.debrief.4': 'The <b>reference list</b> under the prompts: the seed texts and the works they cite.',
  'plan.after': 'After the lesson',
  'plan.after.body':
    'Download what you want to keep (students’ private messages are left out unless you tick the box), then <b>Delete this class’s data</b> on the debrief page.',
  'handout.title': 'After the game: what happened at your table?',
  'handout.lead':
    'Answer with your table’s history in front of you. There are no wrong answers, only reasons.',
  'handout.name': 'Name',
  'handout.table': 'Table',
  'handout.role': 'Role',
  'handout.q1': 'What was your role’s public objective? Did you meet it? And your secret agenda?',
  'handout.q2': 'Name one moment another side could not verify what you did. What did they assume?',
  'handout.q3':
    'Was a pledge made at your table? Was it believed, honoured, broken? What happened to Fear after?',
  'handout.q4': 'When did Tension rise fastest, and why?',
  'handout.q5':
    'Which idea from the readings (commitment problem, credibility, spoilers) did you see in play?',
  'handout.q6': 'What would you do differently in the first two rounds?',
} as const;
