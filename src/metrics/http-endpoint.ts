import { createServer, type Server } from 'node:http';
import type { Registry } from 'prom-client';

export class MetricsListenError extends Error {
  static readonly code = 'KGW_METRICS_LISTEN';
  readonly code = MetricsListenError.code;
  constructor(address: string, why: string) {
    super(`cannot serve metrics on ${address}: ${why}`);
    this.name = 'MetricsListenError';
  }
}

export interface MetricsEndpoint {
  port: number;
  close(): Promise<void>;
}

/**
 * /metrics on an HTTP port of its own, apart from gRPC: scrapers speak HTTP/1.1, and the port can stay on an
 * address that only the monitoring network reaches. Anything else is 404; only GET and HEAD are answered.
 */
export function startMetricsEndpoint(registry: Registry, host: string, port: number): Promise<MetricsEndpoint> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (path !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found: the metrics are at /metrics\n');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' }).end('only GET and HEAD\n');
      return;
    }
    registry.metrics().then(
      (text) => res.writeHead(200, { 'content-type': registry.contentType }).end(req.method === 'HEAD' ? undefined : text),
      () => res.writeHead(500, { 'content-type': 'text/plain' }).end('collecting the metrics failed\n'),
    );
  });
  // A scraper keeps its connection open; a slow or stuck one must not hold the gateway's shutdown.
  server.requestTimeout = 10_000;
  server.headersTimeout = 10_000;
  return new Promise((resolve, reject) => {
    const failed = (err: NodeJS.ErrnoException) =>
      reject(new MetricsListenError(`${host}:${port}`, err.code === 'EADDRINUSE' ? 'the address is already in use' : err.message));
    server.once('error', failed);
    server.listen(port, host, () => {
      server.off('error', failed);
      const address = server.address();
      resolve({
        port: typeof address === 'object' && address ? address.port : port,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
