// The built client from the same port (with SPA fallback), the page shown when there is no build,
// /health, and per-IP rate limits on the API.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { api, startServer, tempDir } from '../helpers/server.ts';

const servers: Awaited<ReturnType<typeof startServer>>[] = [];
afterAll(async () => {
  for (const s of servers) await s.close();
});

describe('static client and health', () => {
  it('serves dist/ with an SPA fallback to index.html', async () => {
    const dist = tempDir('ceasefire-dist-');
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Ceasefire app</title>');
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'assets', 'app.js'), 'console.log(1)');
    const server = await startServer({ staticDir: dist });
    servers.push(server);
    const home = await fetch(`${server.url}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('Ceasefire app');
    const js = await fetch(`${server.url}/assets/app.js`);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
    const route = await fetch(`${server.url}/join/ABCDEF`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('Ceasefire app');
    expect((await api(server.url, '/assets/missing.js')).status).toBe(404);
    expect(await api(server.url, '/api/nope')).toMatchObject({ status: 404, body: { error: 'not_found' } });
    const health = await api(server.url, '/health');
    expect(health.body).toMatchObject({ ok: true, game: 'ceasefire' });
  });

  it('says to run npm run build when there is no build', async () => {
    const server = await startServer();
    servers.push(server);
    const res = await fetch(`${server.url}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('npm run build');
  });

  it('rate-limits the API per address with a JSON reason', async () => {
    const server = await startServer({ limits: { httpBurst: 5, httpRate: 0.1 } });
    servers.push(server);
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await api(server.url, '/games')).status);
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    const limited = await api(server.url, '/games');
    expect(limited).toMatchObject({ status: 429, body: { error: 'rate_limited' } });
    expect((await api(server.url, '/health')).status).toBe(200);
  });
});
