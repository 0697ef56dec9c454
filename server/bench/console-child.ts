// The server process of the console benchmark: the real server with the real Ceasefire rules.
import { createServer } from '../app.ts';
import { ceasefireServerGame } from '../ceasefire.ts';

const game = await ceasefireServerGame();
const server = await createServer({
  game,
  port: 0,
  host: '127.0.0.1',
  dataDir: process.env.DATA_DIR ?? './data-bench',
  staticDir: '/nonexistent',
  limits: { httpBurst: 100_000, httpRate: 100_000, socketBurst: 1000, socketRate: 1000 },
});
console.log(`LISTENING ${server.url}`);
const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
