// The bystander of the RPC fuzz, in a process of its own (see gateway-watch.ts): in the test's process, its timers
// and answers would wait for whatever the test does (building a 16 MiB request, decoding one), and it would
// measure the test instead of the gateway.
//   argv: <gateway address> <gateway pid> <probes as JSON: [{ path, hex }]>
//   stdin: a line "stop" ends it; stdout: one JSON line with what it saw, then it exits.
const { readFileSync } = require('node:fs');
const readline = require('node:readline');
const { Client, credentials, Metadata } = require('@grpc/grpc-js');

const [address, pid, probesJson] = process.argv.slice(2);
const probes = JSON.parse(probesJson).map((p) => ({ path: p.path, bytes: Buffer.from(p.hex, 'hex') }));
const identity = (b) => b;
// A connection of its own: the bystander must not queue behind anyone's HTTP/2 connection.
const client = new Client(address, credentials.createInsecure(), { 'grpc.primary_user_agent': 'bystander', 'grpc.use_local_subchannel_pool': 1 });
const PERIOD_MS = 100;
const CALL_DEADLINE_MS = 5000;

const seen = { calls: 0, worstMs: 0, worstCall: '', worstWindow: [0, 0], failures: [], peakRss: 0 };
let running = true;

function rss() {
  const kib = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return kib ? Number(kib[1]) * 1024 : 0;
}

function call(path, bytes) {
  return new Promise((resolve) =>
    client.makeUnaryRequest(path, identity, identity, bytes, new Metadata(), { deadline: Date.now() + CALL_DEADLINE_MS }, (err) =>
      resolve(err ? `code ${err.code} ${err.details}` : undefined),
    ),
  );
}

const rssTimer = setInterval(() => {
  try {
    seen.peakRss = Math.max(seen.peakRss, rss());
  } catch {
    // the gateway is gone: the test reports that itself
  }
}, 50);

// A call's latency counts from when it was due, so that a gateway whose event loop was blocked shows even if the
// call itself, once sent, was quick.
const loop = (async () => {
  let due = Date.now();
  while (running) {
    for (const probe of probes) {
      const failure = await call(probe.path, probe.bytes);
      const ms = Date.now() - due;
      seen.calls++;
      if (ms > seen.worstMs) Object.assign(seen, { worstMs: ms, worstCall: probe.path, worstWindow: [due, Date.now()] });
      if (failure && seen.failures.length < 5) seen.failures.push(`${probe.path}: ${failure}`);
      due = Date.now() + PERIOD_MS;
      await new Promise((r) => setTimeout(r, PERIOD_MS));
    }
  }
})();

readline.createInterface({ input: process.stdin }).on('line', async (line) => {
  if (line.trim() !== 'stop') return;
  running = false;
  await loop;
  clearInterval(rssTimer);
  client.close();
  process.stdout.write(`${JSON.stringify(seen)}\n`, () => process.exit(0));
});
