// Fair seating against the real server: auto-assign spreads 8 students 3/3/2 with the factions first (or
// the teacher's order), a table without students is held back unless it is a bots-only demonstration, a
// late student joins the emptiest table in play, and a roster (CSV) is seated before anyone signs in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getScenario } from '../../game/scenario.ts';
import { ceasefireServerGame } from '../../server/ceasefire.ts';
import { defaultRoleOrder, parseRoster, planSeats } from '../../server/facilitator/seating.ts';
import { api, startServer } from '../helpers/server.ts';

let server: Awaited<ReturnType<typeof startServer>>;
let base: string;

beforeAll(async () => {
  server = await startServer({ game: await ceasefireServerGame(), bots: { delayMs: 100 } });
  base = server.url;
});
afterAll(async () => {
  await server.close();
});

async function newClass(tables: number) {
  const r = await api(base, '/api/sessions', { body: { tables } });
  expect(r.status).toBe(200);
  const code = r.body.code as string;
  const auth = { authorization: `Bearer ${r.body.facilitatorToken}` };
  const join = async (name: string) => {
    const s = await api(base, `/api/sessions/${code}/students`, { body: { name } });
    expect(s.status).toBe(200);
    return s.body as { studentId: string; studentToken: string };
  };
  const snap = async () => (await api(base, `/api/sessions/${code}`, { headers: auth })).body;
  const control = (body: Record<string, unknown>) =>
    api(base, `/api/sessions/${code}/control`, { body, headers: auth });
  return { code, auth, join, snap, control };
}

type Snap = {
  tables: { index: number; paused: boolean; started: boolean; demo: boolean; seats: SeatSnap[] }[];
  students: { id: string; name: string; table: number | null; playerID: string | null; joined: boolean }[];
};
type SeatSnap = { playerID: string; role: string; student: { name: string } | null; bot: boolean };

const kindOf = (role: string) => getScenario().roles.find((r) => r.id === role)!.kind;
const studentRoles = (t: Snap['tables'][number]) => t.seats.filter((s) => s.student).map((s) => s.role);

describe('the seating plan', () => {
  it('spreads students evenly and fills factions, then guarantors, then the spoiler', () => {
    const roles = getScenario().roles;
    const order = defaultRoleOrder(roles);
    expect(order.map(kindOf)).toEqual(['faction', 'faction', 'guarantor', 'guarantor', 'spoiler']);
    const free = roles.map((r, i) => ({ playerID: String(i), role: r.id }));
    const tables = [0, 1, 2].map((index) => ({ index, humans: 0, free }));
    const plan = planSeats(tables, ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], order);
    const per = [0, 1, 2].map((t) => plan.filter((p) => p.table === t).length);
    expect(per).toEqual([3, 3, 2]);
    const third = plan.filter((p) => p.table === 2).map((p) => roles[Number(p.playerID)]!.kind);
    expect(third).toEqual(['faction', 'faction']);
    // A table that already has people gets newcomers last.
    const late = planSeats([{ ...tables[0]!, humans: 2 }, tables[1]!], ['x'], order);
    expect(late[0]!.table).toBe(1);
  });

  it('reads a pasted list and CSV files with a header', () => {
    expect(parseRoster('Ada\n  Ben  \n\nCy\n')).toEqual(['Ada', 'Ben', 'Cy']);
    expect(parseRoster('Name,Email\n"Lovelace, Ada",ada@x\nBen,ben@x\n')).toEqual(['Lovelace, Ada', 'Ben']);
    expect(parseRoster('first name;last name\nAda;Lovelace\nBen;Ngata')).toEqual([
      'Ada Lovelace',
      'Ben Ngata',
    ]);
    expect(parseRoster('\uFEFFAda\r\nBen\r\n')).toEqual(['Ada', 'Ben']);
  });
});

describe('fair seating in a class', () => {
  it('auto-assign seats 8 students on 3 tables 3/3/2, factions first at every table', async () => {
    const c = await newClass(3);
    for (const n of ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']) await c.join(n);
    const r = await api(base, `/api/sessions/${c.code}/autoseat`, { body: {}, headers: c.auth });
    expect(r.body.seated).toBe(8);
    const s = (await c.snap()) as Snap;
    expect(s.tables.map((t) => t.seats.filter((x) => x.student).length)).toEqual([3, 3, 2]);
    for (const t of s.tables) {
      const kinds = studentRoles(t).map(kindOf);
      expect(kinds.filter((k) => k === 'faction')).toHaveLength(2);
      expect(kinds).not.toContain('spoiler');
    }
  });

  it('a teacher-chosen order puts the spoiler first', async () => {
    const c = await newClass(2);
    const order = [...defaultRoleOrder(getScenario().roles)].reverse();
    const bad = await api(base, `/api/sessions/${c.code}/settings`, {
      body: { roleOrder: ['government'] },
      headers: c.auth,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/each role exactly once/);
    const ok = await api(base, `/api/sessions/${c.code}/settings`, {
      body: { roleOrder: order },
      headers: c.auth,
    });
    expect(ok.status).toBe(200);
    expect(ok.body.roleOrder).toEqual(order);
    await c.join('A');
    await c.join('B');
    await api(base, `/api/sessions/${c.code}/autoseat`, { body: {}, headers: c.auth });
    const s = (await c.snap()) as Snap;
    for (const t of s.tables) expect(studentRoles(t).map(kindOf)).toEqual(['spoiler']);
  });

  it('a table without students is not started unless it is a bots-only demonstration', async () => {
    const c = await newClass(3);
    for (const n of ['A', 'B', 'C']) await c.join(n);
    await api(base, `/api/sessions/${c.code}/autoseat`, { body: {}, headers: c.auth });
    // Move C from table 3 to table 1: table 3 is now empty (2/1/0).
    let s = (await c.snap()) as Snap;
    const cy = s.students.find((x) => x.name === 'C')!;
    expect(cy.table).toBe(2);
    const freeAt0 = s.tables[0]!.seats.find((x) => !x.student)!;
    await api(base, `/api/sessions/${c.code}/seat`, {
      body: { studentId: cy.id, table: 0, playerID: freeAt0.playerID },
      headers: c.auth,
    });
    const all = await c.control({ action: 'start', table: 'all' });
    expect(all.status).toBe(200);
    expect(all.body.notice).toMatch(/Not started \(no student\): table 3/);
    s = all.body as Snap;
    expect(s.tables.map((t) => t.started)).toEqual([true, true, false]);
    expect(s.tables[2]!.paused).toBe(true);
    const one = await c.control({ action: 'start', table: 2 });
    expect(one.status).toBe(409);
    expect(one.body.error).toBe('no_students');

    // A late student joins the emptiest table in play (table 2, one student), not the empty table 3.
    const late = await c.join('Late');
    const me = await api(base, `/api/sessions/${c.code}/students/${late.studentId}`, {
      headers: { 'x-student-token': late.studentToken },
    });
    expect(me.body.seat).toMatchObject({ table: 1 });
    expect(typeof me.body.seat.credentials).toBe('string');

    // The teacher makes table 3 a demonstration: it starts with bots only and takes no student.
    const demo = await c.control({ action: 'demo', table: 2, on: true });
    expect(demo.status).toBe(200);
    expect(demo.body.tables[2].demo).toBe(true);
    const started = await c.control({ action: 'start', table: 2 });
    expect(started.status).toBe(200);
    expect(started.body.tables[2]).toMatchObject({ started: true, paused: false, demo: true });
    expect(started.body.tables[2].seats.every((x: SeatSnap) => x.bot)).toBe(true);
    const pub = await api(base, `/api/sessions/${c.code}/public`);
    expect(pub.body.freeSeats.some((f: { table: number }) => f.table === 2)).toBe(false);
    const seatDemo = await api(base, `/api/sessions/${c.code}/seat`, {
      body: { studentId: cy.id, table: 2, playerID: '0' },
      headers: c.auth,
    });
    expect(seatDemo.status).toBe(409);
    expect(seatDemo.body.error).toBe('demo_table');
  });

  it('a roster is seated before anyone signs in; signing in with that name takes the planned seat', async () => {
    const c = await newClass(2);
    const bad = await api(base, `/api/sessions/${c.code}/roster`, {
      body: { text: '   \n ' },
      headers: c.auth,
    });
    expect(bad.status).toBe(400);
    const r = await api(base, `/api/sessions/${c.code}/roster`, {
      body: { text: 'name,class\nAda Lovelace,10B\nBen Ngata,10B\nCy Park,10B\n' },
      headers: c.auth,
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ added: 3, names: ['Ada Lovelace', 'Ben Ngata', 'Cy Park'] });
    expect((await api(base, `/api/sessions/${c.code}/roster`, { body: { text: 'X' } })).status).toBe(401);
    await api(base, `/api/sessions/${c.code}/autoseat`, { body: {}, headers: c.auth });
    const s = (await c.snap()) as Snap;
    expect(s.students.every((x) => !x.joined && x.table !== null)).toBe(true);
    const planned = s.students.find((x) => x.name === 'Ben Ngata')!;
    const ben = await c.join('  ben   ngata ');
    expect(ben.studentId).toBe(planned.id);
    const me = await api(base, `/api/sessions/${c.code}/students/${ben.studentId}`, {
      headers: { 'x-student-token': ben.studentToken },
    });
    expect(me.body.seat).toMatchObject({ table: planned.table, playerID: planned.playerID });
    const after = (await c.snap()) as Snap;
    expect(after.students.find((x) => x.id === planned.id)!.joined).toBe(true);
    // The same name again is a new student (the entry is taken); an unjoined entry has no usable token.
    const again = await c.join('Ben Ngata');
    expect(again.studentId).not.toBe(planned.id);
    const ada = after.students.find((x) => x.name === 'Ada Lovelace')!;
    const spy = await api(base, `/api/sessions/${c.code}/students/${ada.id}`, {
      headers: { 'x-student-token': '' },
    });
    expect(spy.status).toBe(403);
  });
});
