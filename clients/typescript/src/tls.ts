import { readFileSync } from 'node:fs';
import { credentials, Metadata, type ChannelCredentials } from '@grpc/grpc-js';

/**
 * How to reach a gateway that serves TLS (`--tls-cert`). Each PEM is a file path (a string) or the PEM itself
 * (a Buffer or Uint8Array).
 */
export interface TlsOptions {
  /** The CA that signed the gateway's certificate; unset, the system's trusted roots. */
  ca?: string | Uint8Array;
  /** A client certificate and its key, for a gateway started with `--tls-client-ca` (mutual TLS): both or neither. */
  cert?: string | Uint8Array;
  key?: string | Uint8Array;
  /** Sent as `authorization: Bearer <token>` with every call, streams included; unset or empty, none is sent. */
  token?: string;
}

const pem = (what: string, source: string | Uint8Array | undefined): Buffer | null => {
  if (source === undefined) return null;
  if (typeof source !== 'string') return Buffer.from(source);
  try {
    return readFileSync(source);
  } catch (err) {
    throw new Error(`cannot read the ${what} file ${source}: ${(err as Error).message}`);
  }
};

/** Channel credentials for `new Gateway(address, tlsCredentials({ ... }))`: TLS, and a bearer token on every call. */
export function tlsCredentials(options: TlsOptions): ChannelCredentials {
  if ((options.cert === undefined) !== (options.key === undefined)) throw new Error('a client certificate needs its key, and a key its certificate: give both cert and key, or neither');
  const channel = credentials.createSsl(pem('CA', options.ca), pem('client key', options.key), pem('client certificate', options.cert));
  const token = options.token;
  if (!token) return channel;
  // A header value cannot hold a line break; grpc-js would fail every call with an obscure error instead.
  if (/[\r\n]/.test(token)) throw new Error('the bearer token contains a line break (read from a file? trim it)');
  return credentials.combineChannelCredentials(
    channel,
    credentials.createFromMetadataGenerator((_params, callback) => {
      const metadata = new Metadata();
      metadata.set('authorization', `Bearer ${token}`);
      callback(null, metadata);
    }),
  );
}
