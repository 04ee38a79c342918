import type { ServiceDefinition } from '@grpc/grpc-js';
import { invalidArgument } from '../../errors';

/**
 * What a request that could not be decoded becomes. grpc-js answers a request its deserializer throws on with
 * INTERNAL "Error deserializing request", though the fault is the client's; so the deserializers of our services
 * never throw, and the call adapters refuse this stand-in with INVALID_ARGUMENT saying what was wrong.
 */
export class MalformedRequest {
  constructor(
    readonly typeName: string,
    readonly why: string,
  ) {}

  toError(): Error {
    return invalidArgument(`the request is not a valid ${this.typeName}: ${this.why}`, 'MALFORMED_REQUEST');
  }
}

/** Throws the INVALID_ARGUMENT for a request that could not be decoded; passes any other through. */
export function wellFormed<Req>(request: Req): Req {
  if (request instanceof MalformedRequest) throw request.toError();
  return request;
}

/** The service definition with every request deserializer turned into one that yields a MalformedRequest instead of throwing. */
export function withMalformedRequests<S extends ServiceDefinition>(service: S, packageName: string): S {
  const out: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(service)) {
    const typeName = `${packageName}.${method.path.split('/').pop()}Request`;
    out[name] = {
      ...method,
      requestDeserialize: (bytes: Buffer) => {
        try {
          return method.requestDeserialize(bytes);
        } catch (err) {
          return new MalformedRequest(typeName, reasonOf(err));
        }
      },
    };
  }
  return out as S;
}

function reasonOf(err: unknown): string {
  if (err instanceof RangeError && /call stack/i.test(err.message)) return 'it is nested too deeply';
  const message = err instanceof Error ? err.message : String(err);
  return `malformed protobuf (${message.slice(0, 80)})`;
}
