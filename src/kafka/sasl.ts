import { createHash, createHmac, pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

/**
 * The client side of the SASL mechanisms the gateway's own group client speaks (the ones librdkafka speaks with
 * a username and password): PLAIN (RFC 4616) and SCRAM-SHA-256/512 (RFC 5802, RFC 7677). Pure message logic; the
 * Kafka framing (SaslHandshake, SaslAuthenticate) is in group-protocol.ts.
 */
export type SaslMechanism = 'PLAIN' | 'SCRAM-SHA-256' | 'SCRAM-SHA-512';

export const SASL_MECHANISMS: readonly SaslMechanism[] = ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'];

/**
 * A login as a sequence of client messages: `first()` is sent first; `next(reply)` answers each server message
 * with the next client message, or undefined when the exchange is complete (the last reply checked).
 */
export interface SaslLogin {
  first(): Buffer;
  next(reply: Buffer): Promise<Buffer | undefined>;
}

/** A broker that asks for more PBKDF2 rounds than this is refused: the gateway's CPU is not the broker's to spend. */
const MAX_SCRAM_ITERATIONS = 100_000;
/** RFC 5802 and Kafka's own minimum. */
const MIN_SCRAM_ITERATIONS = 4096;

const pbkdf2Async = promisify(pbkdf2);

export function saslLogin(mechanism: SaslMechanism, username: string, password: string, nonce = randomBytes(18).toString('base64')): SaslLogin {
  if (mechanism === 'PLAIN') {
    return {
      first: () => Buffer.from(`\0${username}\0${password}`, 'utf8'),
      next: async () => undefined,
    };
  }
  return scramLogin(mechanism === 'SCRAM-SHA-256' ? 'sha256' : 'sha512', username, password, nonce);
}

function scramLogin(hash: 'sha256' | 'sha512', username: string, password: string, nonce: string): SaslLogin {
  const bare = `n=${scramName(username)},r=${nonce}`;
  let expectedServerSignature: Buffer | undefined;
  return {
    first: () => Buffer.from(`n,,${bare}`, 'utf8'),
    async next(reply) {
      const text = reply.toString('utf8');
      if (expectedServerSignature) {
        const fields = scramFields(text);
        if (fields['e'] !== undefined) throw new Error(`the broker refused the SCRAM proof: ${fields['e']}`);
        const signature = Buffer.from(fields['v'] ?? '', 'base64');
        if (signature.length !== expectedServerSignature.length || !timingSafeEqual(signature, expectedServerSignature)) {
          throw new Error("the broker's SCRAM signature is wrong: it does not know this password");
        }
        return undefined;
      }
      const { r, s, i } = scramFields(text);
      if (!r || !s || !i) throw new Error('malformed SCRAM server-first-message');
      if (!r.startsWith(nonce) || r.length === nonce.length) throw new Error('the SCRAM server nonce does not extend the client nonce');
      const iterations = Number(i);
      if (!Number.isSafeInteger(iterations) || iterations < MIN_SCRAM_ITERATIONS || iterations > MAX_SCRAM_ITERATIONS) {
        throw new Error(`SCRAM iteration count ${iterations} is outside ${MIN_SCRAM_ITERATIONS}..${MAX_SCRAM_ITERATIONS}`);
      }
      const salted = await pbkdf2Async(Buffer.from(password, 'utf8'), Buffer.from(s, 'base64'), iterations, hash === 'sha256' ? 32 : 64, hash);
      const clientKey = hmac(hash, salted, 'Client Key');
      const storedKey = createHash(hash).update(clientKey).digest();
      const withoutProof = `c=biws,r=${r}`;
      const authMessage = `${bare},${text},${withoutProof}`;
      const clientSignature = hmac(hash, storedKey, authMessage);
      const proof = Buffer.alloc(clientKey.length);
      for (let k = 0; k < proof.length; k++) proof[k] = clientKey[k]! ^ clientSignature[k]!;
      expectedServerSignature = hmac(hash, hmac(hash, salted, 'Server Key'), authMessage);
      return Buffer.from(`${withoutProof},p=${proof.toString('base64')}`, 'utf8');
    },
  };
}

const hmac = (hash: string, key: Buffer, data: string) => createHmac(hash, key).update(data, 'utf8').digest();

/** RFC 5802's saslname: ',' and '=' are escaped. */
const scramName = (name: string) => name.replace(/=/g, '=3D').replace(/,/g, '=2C');

function scramFields(message: string): Record<string, string | undefined> {
  const out: Record<string, string> = {};
  for (const part of message.split(',')) {
    const at = part.indexOf('=');
    if (at === 1) out[part[0]!] = part.slice(2);
  }
  return out;
}
