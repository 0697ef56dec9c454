// What `npm start` prints: where the server can be reached, and a warning when it listens only on this
// computer (HOST=127.0.0.1 or localhost): students' phones cannot open a join link or QR code then.

export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}

export function startBanner(opts: {
  host: string;
  port: number;
  url: string;
  addresses: readonly string[];
  dataDir: string;
}): string[] {
  const lines = [`Ceasefire is running.`, `  On this computer:  http://localhost:${opts.port}`];
  if (opts.host === '0.0.0.0' || opts.host === '::') {
    for (const addr of opts.addresses) lines.push(`  On the network:    http://${addr}:${opts.port}`);
    if (opts.addresses.length === 0)
      lines.push('  Warning: no network address found: students on other devices cannot join yet.');
  } else {
    lines.push(`  Listening on:      ${opts.url}`);
  }
  if (isLoopbackHost(opts.host))
    lines.push(
      `  Warning: HOST=${opts.host} listens on this computer only. Phones and other computers cannot reach`,
      '  the join links or QR codes. For a class, start without HOST (or HOST=0.0.0.0).',
    );
  lines.push(`  Games are kept in ${opts.dataDir}. Stop with Ctrl+C.`);
  return lines;
}
