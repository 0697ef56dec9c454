// Saved class setups against the real server, on both stores: a teacher saves a class's setup (tables,
// scenario, variables, timers, bots-only table, role order, roster and seating plan, lesson clock
// length), lists it with their setup key only, duplicates it and starts it again as a new class with a
// new code; bad input is a 400 with the reason and changes nothing.
import { afterAll, describe, expect, it } from 'vitest';
import { ceasefireServerGame } from '../../server/ceasefire.ts';
import type { SqliteStore } from '../../server/store.ts';
import { api, startServer } from '../helpers/server.ts';
import { newDatabase, postgres, STORE_KINDS, stopServices, storeMissing } from '../helpers/services.ts';

afterAll(async () => {
  await stopServices();
});

describe.each(STORE_KINDS)('saved class setups in the %s store', (kind) => {
  const missing = storeMissing(kind);
  if (missing) {
    it.skip(missing, () => {});
    return;
  }

  it('saves, lists only for its teacher, duplicates, starts again as a new class, deletes', async () => {
    const databaseUrl = kind === 'postgres' ? await newDatabase(await postgres()) : undefined;
    const server = await startServer({
      game: await ceasefireServerGame(),
      bots: { delayMs: 20 },
      ...(databaseUrl ? { databaseUrl } : {}),
    });
    const base = server.url;
    try {
      // A class as a teacher prepared it.
      const variables = { rounds: 6, enforcement: false, timers: { negotiation: 200 } };
      const finishAt = Date.now() + 45 * 60_000;
      const made = await api(base, '/api/sessions', {
        body: { tables: 3, bots: [['4'], [], []], difficulty: 'hard', variables, finishAt },
      });
      expect(made.status).toBe(200);
      const code = made.body.code as string;
      const auth = { authorization: `Bearer ${made.body.facilitatorToken}` };
      const control = (b: Record<string, unknown>) =>
        api(base, `/api/sessions/${code}/control`, { body: b, headers: auth });
      expect((await control({ action: 'timers', table: 1, durations: { orders: 90 } })).status).toBe(200);
      expect((await control({ action: 'demo', table: 2, on: true })).status).toBe(200);
      const order = ['un', 'regional', 'government', 'movement', 'spoiler'];
      expect(
        (await api(base, `/api/sessions/${code}/settings`, { body: { roleOrder: order }, headers: auth }))
          .status,
      ).toBe(200);
      await api(base, `/api/sessions/${code}/roster`, { body: { text: 'Ana\nBen\nCarla' }, headers: auth });
      expect(
        (await api(base, `/api/sessions/${code}/autoseat`, { body: {}, headers: auth })).body.seated,
      ).toBe(3);
      // Ana signs in (she now has a student token at this class).
      expect((await api(base, `/api/sessions/${code}/students`, { body: { name: 'Ana' } })).status).toBe(200);
      const before = (await api(base, `/api/sessions/${code}`, { headers: auth })).body;

      // Saving: the facilitator token of the class is needed; a bad name or key is a 400.
      const path = `/api/sessions/${code}/setups`;
      expect((await api(base, path, { body: { name: 'Year 11' } })).status).toBe(401);
      expect(
        (await api(base, path, { body: { name: 'Year 11' }, headers: { authorization: 'Bearer nope' } }))
          .status,
      ).toBe(403);
      const noName = await api(base, path, { body: { name: '   ' }, headers: auth });
      expect(noName.status).toBe(400);
      expect(noName.body.message).toMatch(/^name/);
      const shortKey = await api(base, path, { body: { name: 'Year 11', teacherKey: 'abc' }, headers: auth });
      expect(shortKey.status).toBe(400);
      expect(shortKey.body.message).toMatch(/teacherKey/);

      const first = await api(base, path, { body: { name: ' Year 11  Tuesday ' }, headers: auth });
      expect(first.status).toBe(200);
      const key = first.body.teacherKey as string; // made on the first save, shown once
      expect(key.length).toBeGreaterThanOrEqual(16);
      expect(first.body.setup).toMatchObject({
        name: 'Year 11 Tuesday',
        tables: 3,
        students: 3,
        lessonMinutes: 45,
      });
      const second = await api(base, path, { body: { name: 'Year 12', teacherKey: key }, headers: auth });
      expect(second.status).toBe(200);
      expect(second.body.teacherKey).toBeUndefined();

      // Listing: only with that key.
      const mine = { authorization: `Bearer ${key}` };
      const other = { authorization: `Bearer ${'x'.repeat(24)}` };
      expect((await api(base, '/api/setups')).status).toBe(401);
      expect((await api(base, '/api/setups', { headers: other })).body.setups).toEqual([]);
      const listed = await api(base, '/api/setups', { headers: mine });
      expect(listed.body.setups.map((s: { name: string }) => s.name).sort()).toEqual([
        'Year 11 Tuesday',
        'Year 12',
      ]);
      const id = first.body.setup.id as string;
      expect((await api(base, `/api/setups/${id}`, { headers: other })).status).toBe(404);
      const full = (await api(base, `/api/setups/${id}`, { headers: mine })).body.setup;
      expect(full).toMatchObject({ bots: [['4'], [], []], difficulty: 'hard', variables, lessonMinutes: 45 });
      expect(JSON.stringify(full)).not.toMatch(/token|credentials/i);
      expect((await api(base, `/api/setups/${id}/start`, { body: {}, headers: other })).status).toBe(404);
      expect((await api(base, `/api/setups/${id}/delete`, { body: {}, headers: other })).status).toBe(404);
      if (kind === 'sqlite') {
        const rows = (server.store as unknown as SqliteStore).db.prepare('SELECT * FROM class_setups').all();
        expect(JSON.stringify(rows)).not.toContain(key);
      }

      // Duplicating.
      const bad = await api(base, `/api/setups/${id}/duplicate`, { body: { name: 42 }, headers: mine });
      expect(bad.status).toBe(400);
      expect(bad.body.message).toMatch(/^name/);
      const dup = await api(base, `/api/setups/${id}/duplicate`, { body: {}, headers: mine });
      expect(dup.status).toBe(200);
      expect(dup.body.setup).toMatchObject({ name: 'Year 11 Tuesday (copy)', tables: 3, students: 3 });
      expect(dup.body.setup.id).not.toBe(id);
      expect((await api(base, '/api/setups', { headers: mine })).body.setups).toHaveLength(3);

      // Starting the copy again: a new class, the same setup, no student's sign-in carried over.
      const started = await api(base, `/api/setups/${dup.body.setup.id}/start`, { body: {}, headers: mine });
      expect(started.status).toBe(200);
      const again = started.body as { code: string; facilitatorToken: string };
      expect(again.code).not.toBe(code);
      expect(again.facilitatorToken).not.toBe(made.body.facilitatorToken);
      const snap = (
        await api(base, `/api/sessions/${again.code}`, {
          headers: { authorization: `Bearer ${again.facilitatorToken}` },
        })
      ).body;
      expect(snap.scenario).toBe(before.scenario);
      expect(snap.variables).toEqual(before.variables);
      expect(snap.tables.map((t: { durations: unknown }) => t.durations)).toEqual(
        before.tables.map((t: { durations: unknown }) => t.durations),
      );
      expect(snap.tables[1].durations).toEqual({ negotiation: 200, orders: 90 });
      expect(snap.tables.map((t: { demo: boolean }) => t.demo)).toEqual([false, false, true]);
      expect(snap.tables.map((t: { rounds: number }) => t.rounds)).toEqual([6, 6, 6]);
      expect(snap.roleOrder).toEqual(order);
      const seatsOf = (s: { students: { name: string; table: number; playerID: string }[] }) =>
        s.students.map((x) => `${x.name}@${x.table}:${x.playerID}`).sort();
      expect(seatsOf(snap)).toEqual(seatsOf(before));
      expect(snap.students.every((s: { joined: boolean }) => !s.joined)).toBe(true);
      // Table 1's seat 4 was a bot's from the start: in the new class a bot plays it, unless the seating
      // plan gives it to a student.
      const seat4 = snap.tables[0].seats.find((x: { playerID: string }) => x.playerID === '4');
      const planned4 = before.students.find(
        (x: { table: number; playerID: string }) => x.table === 0 && x.playerID === '4',
      );
      expect(seat4.bot).toBe(!planned4);
      expect(Math.abs(snap.clock.finishAt - (Date.now() + 45 * 60_000))).toBeLessThan(60_000);
      // Ana signs in to the new class and takes her planned seat.
      const ana = await api(base, `/api/sessions/${again.code}/students`, { body: { name: 'ana' } });
      const seat = await api(base, `/api/sessions/${again.code}/students/${ana.body.studentId}`, {
        headers: { 'x-student-token': ana.body.studentToken },
      });
      const planned = before.students.find((s: { name: string }) => s.name === 'Ana');
      expect(seat.body.seat).toMatchObject({ table: planned.table, playerID: planned.playerID });

      // One class cannot be saved without end (its token would fill the store): 20 saves at most.
      for (let i = 2; i < 20; i++)
        expect(
          (await api(base, path, { body: { name: `S${i}`, teacherKey: 'k'.repeat(20) }, headers: auth }))
            .status,
        ).toBe(200);
      const full21 = await api(base, path, { body: { name: 'One more' }, headers: auth });
      expect(full21.status).toBe(409);
      expect(full21.body.error).toBe('too_many_setups');

      // Deleting.
      expect((await api(base, `/api/setups/${id}/delete`, { body: {}, headers: mine })).status).toBe(200);
      const left = (await api(base, '/api/setups', { headers: mine })).body.setups.map(
        (s: { id: string }) => s.id,
      );
      expect(left).not.toContain(id);
      expect(left).toHaveLength(2);
    } finally {
      await server.close();
    }
  }, 60_000);
});
