// A TCP proxy in front of several server processes, like a load balancer without sticky sessions:
// each new connection goes to the first backend (in this proxy's order) that accepts it, so when a
// backend dies its clients' reconnections land on the next one.
import net from 'node:net';

export interface TcpProxy {
  readonly url: string;
  /** Which backend each open connection went to (port numbers), for assertions. */
  readonly connections: () => number[];
  close(): Promise<void>;
}

export async function startProxy(backends: readonly number[]): Promise<TcpProxy> {
  const open = new Map<net.Socket, number>();
  const server = net.createServer((client) => {
    client.pause();
    const tryBackend = (i: number) => {
      const port = backends[i];
      if (port === undefined) {
        client.destroy();
        return;
      }
      const upstream = net.connect(port, '127.0.0.1');
      upstream.once('connect', () => {
        open.set(client, port);
        client.pipe(upstream);
        upstream.pipe(client);
        client.resume();
        const done = () => {
          open.delete(client);
          client.destroy();
          upstream.destroy();
        };
        client.on('close', done);
        upstream.on('close', done);
        client.on('error', done);
        upstream.on('error', done);
      });
      upstream.once('error', () => {
        if (!open.has(client)) tryBackend(i + 1);
      });
    };
    tryBackend(0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    connections: () => [...open.values()],
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of open.keys()) s.destroy();
        server.close(() => resolve());
      }),
  };
}
