import type { Server } from '@grpc/grpc-js';
import type { Http2Server, ServerHttp2Session, Settings } from 'node:http2';

/**
 * The gateway's HTTP/2 receive window, per connection and per stream: how many bytes a client may send ahead of
 * what the gateway has read. The generated TypeScript client gives the gateway the same 8 MiB for downloads.
 */
export const RECEIVE_WINDOW_BYTES = 8 * 1024 * 1024;

/** The parts of grpc-js's Server (1.14) that this file reaches into. grpc-js has no public hook for either. */
interface ServerInternals {
  commonServerOptions?: { settings?: Settings };
  createHttp2Server?: (credentials: unknown) => Http2Server;
}

/**
 * Gives every connection the gateway accepts a receive window of `bytes`, for the connection and for each stream.
 *
 * Why: Node's default is 64 KiB for both, and a client's uploads (ProduceStream, ProduceBatch) can only have that
 * much in flight. At 10 KiB records that is six records: each time the gateway's event loop is busy for a few
 * milliseconds (a GC, a large Consume frame), the client stops too, and then catches up one 64 KiB window per
 * round trip between two event loops. With 8 MiB, end-to-end p99 at 10 KiB and 5,000 msg/s went from about
 * 36 to 24 ms, and varied far less between runs (README, Benchmarks).
 *
 * grpc-js offers this for its client (`grpc-node.flow_control_window`) but not for its server, so the stream
 * window goes into the options it passes to `http2.createServer`, and the connection window is raised on each new
 * session. Must run before the server binds. Returns false, changing nothing, when grpc-js no longer has these
 * internals; the gateway then works with Node's defaults, only slower (a test checks the windows are applied).
 */
export function widenReceiveWindows(server: Server, bytes = RECEIVE_WINDOW_BYTES): boolean {
  const internals = server as unknown as ServerInternals;
  const options = internals.commonServerOptions;
  const create = internals.createHttp2Server;
  if (typeof options !== 'object' || typeof create !== 'function') return false;
  options.settings = { ...options.settings, initialWindowSize: bytes };
  internals.createHttp2Server = (credentials) => {
    const http2Server = create.call(server, credentials);
    http2Server.on('session', (session: ServerHttp2Session) => session.setLocalWindowSize(bytes));
    return http2Server;
  };
  return true;
}
