import { Client, credentials, Metadata, status, type ServiceError, type StatusObject } from '@grpc/grpc-js';

/** How a call ended: its status code (0 for OK), the status message, and for unary calls the response's bytes. */
export interface Outcome {
  code: number;
  details: string;
  ms: number;
  response?: Buffer;
  /** The stream was still open when the fuzz cancelled it (as planned): not the server's doing. */
  cancelledByUs?: boolean;
  /** No status arrived even well after the deadline. */
  hung?: boolean;
}

const identity = (b: Buffer) => b;
const GRACE_MS = 5000;

/**
 * A grpc-js client that sends request bytes as they are, so that it can send what no generated client would.
 * `own` gives it a connection of its own (a bystander must not queue behind the fuzz's HTTP/2 connection).
 */
export class RawCaller {
  readonly client: Client;

  constructor(address: string, own = '') {
    this.client = new Client(address, credentials.createInsecure(), {
      'grpc.max_send_message_length': -1,
      'grpc.max_receive_message_length': -1,
      ...(own ? { 'grpc.primary_user_agent': own, 'grpc.use_local_subchannel_pool': 1 } : {}),
    });
  }

  unary(path: string, bytes: Buffer, deadlineMs: number): Promise<Outcome> {
    const start = Date.now();
    return guarded(deadlineMs, start, (done) => {
      this.client.makeUnaryRequest(path, identity, identity, bytes, new Metadata(), { deadline: start + deadlineMs }, (err: ServiceError | null, res?: Buffer) =>
        done(err ? { code: err.code, details: err.details, ms: Date.now() - start } : { code: status.OK, details: '', ms: Date.now() - start, response: res! }),
      );
    });
  }

  /**
   * Opens a stream, writes `messages` (for a client stream), takes at most `maxResponses` and cancels it after
   * `openMs`: a stream of the fuzz never stays open for long, however the server behaves.
   */
  stream(path: string, messages: Buffer[], opts: { clientStream: boolean; openMs: number; deadlineMs: number; endWrites: boolean; maxResponses?: number }): Promise<Outcome> {
    const start = Date.now();
    return guarded(opts.deadlineMs, start, (done) => {
      const md = new Metadata();
      const callOpts = { deadline: start + opts.deadlineMs };
      const call = opts.clientStream
        ? this.client.makeBidiStreamRequest(path, identity, identity, md, callOpts)
        : this.client.makeServerStreamRequest(path, identity, identity, messages[0] ?? Buffer.alloc(0), md, callOpts);
      let cancelledByUs = false;
      let responses = 0;
      const cancel = () => {
        cancelledByUs = true;
        call.cancel();
      };
      const timer = setTimeout(cancel, opts.openMs);
      call.on('data', () => {
        if (++responses >= (opts.maxResponses ?? 20)) cancel();
      });
      call.on('error', () => undefined);
      call.on('status', (s: StatusObject) => {
        clearTimeout(timer);
        const ours = cancelledByUs && s.code === status.CANCELLED;
        done({ code: s.code, details: s.details, ms: Date.now() - start, cancelledByUs: ours });
      });
      if (opts.clientStream) {
        const writable = call as unknown as { write(b: Buffer): boolean; end(): void };
        for (const m of messages) writable.write(m);
        if (opts.endWrites) writable.end();
      }
    });
  }

  close(): void {
    this.client.close();
  }
}

/** Resolves with the call's outcome, or with a "hung" one if none came long after the deadline. */
function guarded(deadlineMs: number, start: number, run: (done: (o: Outcome) => void) => void): Promise<Outcome> {
  return new Promise((resolve) => {
    let settled = false;
    const timer = setTimeout(() => finish({ code: status.DEADLINE_EXCEEDED, details: 'no status from the client either', ms: Date.now() - start, hung: true }), deadlineMs + GRACE_MS);
    function finish(o: Outcome) {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(o);
    }
    run(finish);
  });
}
