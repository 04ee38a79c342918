import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Authenticator } from '../../../src/auth/authenticator';
import { requireAdmin, requireConsumeTopics, requireTopic } from '../../../src/auth/permissions';
import { readPrincipalsFile } from '../../../src/auth/principals-file';
import { GatewayError } from '../../../src/errors';

const dir = mkdtempSync(join(tmpdir(), 'kgw-principals-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const file = (content: unknown) => {
  const path = join(dir, `p${n++}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};
const sha = (t: string) => createHash('sha256').update(t).digest('hex');
const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    return err instanceof GatewayError ? `${err.kind} ${err.reason}: ${err.message}` : (err as Error).message;
  }
  throw new Error('expected a refusal');
};
const peer = '10.0.0.9';

describe('the principals file', () => {
  it('loads the README example, with its roles and topic patterns', () => {
    const entries = readPrincipalsFile(resolve(__dirname, '../../../examples/security/principals.json'));
    expect(entries.map((e) => [e.principal.name, e.principal.role])).toEqual([
      ['alice', 'user'],
      ['ops', 'admin'],
      ['sensors', 'user'],
    ]);
    const auth = new Authenticator(resolve(__dirname, '../../../examples/security/principals.json'));
    expect(auth.authenticate({ authorization: ['Bearer alice-example-token'], peer }).owner).toBe('alice');
    expect(auth.authenticate({ authorization: [], certificate: { cn: 'alice', altNames: [] }, peer }).owner).toBe('alice');
    const sensors = auth.authenticate({ authorization: ['Bearer sensors-example-token'], peer });
    expect(() => requireTopic(sensors, 'produce', 'sensors.room1')).not.toThrow();
    expect(() => requireTopic(sensors, 'consume', 'alerts')).not.toThrow();
    expect(refusal(() => requireTopic(sensors, 'produce', 'alerts'))).toBe('PERMISSION_DENIED TOPIC_NOT_PERMITTED: principal sensors may not produce to topic "alerts" (allowed: sensors.*)');
    expect(refusal(() => requireConsumeTopics(sensors, ['^sensors.*']))).toMatch(/may subscribe by topic name only/);
  });

  it('names the entry and key of every mistake', () => {
    const cases: [unknown, string][] = [
      ['{', 'not valid JSON'],
      [{ people: [] }, 'must hold {"principals": [ ... ]}'],
      [{ principals: [{ name: 'a b', tokenSha256: sha('x') }] }, 'principals[0]: name must be an identifier'],
      [{ principals: [{ name: 'a', role: 'root', tokenSha256: sha('x') }] }, 'principals[0]: role must be user or admin'],
      [{ principals: [{ name: 'a', tokenSha256: 'abc' }] }, 'principals[0]: tokenSha256 entries must be 64 hex digits'],
      [{ principals: [{ name: 'a' }] }, 'principals[0]: needs tokenSha256 or certificates'],
      [{ principals: [{ name: 'a', tokenSha256: sha('x'), token: 'x' }] }, 'principals[0]: unknown key "token"'],
      [{ principals: [{ name: 'a', certificates: ['alice'] }] }, 'must start with CN=, DNS:, URI:, email: or IP Address:'],
      [{ principals: [{ name: 'a', tokenSha256: sha('x') }, { name: 'a', tokenSha256: sha('y') }] }, 'principal a is listed twice'],
      [{ principals: [{ name: 'a', tokenSha256: sha('x') }, { name: 'b', tokenSha256: sha('x') }] }, 'a token hash is given to both a and b'],
      [{ principals: [{ name: 'a', tokenSha256: sha('x'), topics: { write: [] } }] }, 'topics.write: only produce and consume'],
      [{ principals: [{ name: 'default', tokenSha256: sha('x') }] }, 'principals[0]: name "default" is reserved'],
      [{ principals: [{ name: 'a', tokenSha256: sha('x'), groups: [1] }] }, 'groups must be a string or an array of non-empty strings'],
    ];
    for (const [content, text] of cases) expect(refusal(() => readPrincipalsFile(file(content)))).toContain(text);
  });

  it('authenticates by token first, then certificate, and says what is missing', () => {
    const auth = new Authenticator(file({ principals: [{ name: 'a', tokenSha256: sha('tok-a') }, { name: 'b', certificates: ['DNS:b.example'], role: 'admin' }] }));
    expect(auth.authenticate({ authorization: ['Bearer tok-a'], peer })).toMatchObject({ owner: 'a', tables: 'a', principal: { role: 'user' } });
    expect(auth.authenticate({ authorization: ['bearer   tok-a'], peer }).owner).toBe('a');
    expect(auth.authenticate({ authorization: [], certificate: { cn: 'x', altNames: ['DNS:b.example'] }, peer }).owner).toBe('b');
    // A token decides, right or wrong, even beside a good certificate.
    expect(refusal(() => auth.authenticate({ authorization: ['Bearer nope'], certificate: { altNames: ['DNS:b.example'] }, peer }))).toBe('UNAUTHENTICATED UNAUTHENTICATED: the bearer token is not known to this gateway');
    expect(refusal(() => auth.authenticate({ authorization: ['Basic eDp5'], peer }))).toMatch(/must be "Bearer <token>"/);
    expect(refusal(() => auth.authenticate({ authorization: ['Bearer a', 'Bearer b'], peer }))).toMatch(/one authorization header/);
    expect(refusal(() => auth.authenticate({ authorization: [], peer }))).toMatch(/needs credentials/);
    expect(refusal(() => auth.authenticate({ authorization: [`Bearer ${'x'.repeat(5000)}`], peer }))).toMatch(/must be "Bearer <token>"/);
  });

  it('without a file lets every call in as its peer address, sharing one tables database; roles and patterns then do not apply', () => {
    const open = new Authenticator(undefined);
    const caller = open.authenticate({ authorization: ['Bearer anything'], peer });
    expect(caller).toEqual({ owner: peer, tables: 'default' });
    expect(() => requireAdmin(caller, true, 'DeleteTopic')).not.toThrow();
    expect(refusal(() => requireAdmin(caller, false, 'DeleteTopic'))).toMatch(/^PERMISSION_DENIED ADMIN_CALLS_DISABLED/);
    expect(() => requireTopic(caller, 'produce', 'any')).not.toThrow();
  });

  it('gives admin calls to admins only', () => {
    const auth = new Authenticator(file({ principals: [{ name: 'u', tokenSha256: sha('u') }, { name: 'r', role: 'admin', tokenSha256: sha('r') }] }));
    const user = auth.authenticate({ authorization: ['Bearer u'], peer });
    const admin = auth.authenticate({ authorization: ['Bearer r'], peer });
    expect(refusal(() => requireAdmin(user, true, 'SetMessageSize'))).toBe('PERMISSION_DENIED ADMIN_ROLE_REQUIRED: SetMessageSize needs the admin role, and principal u is a user');
    expect(() => requireAdmin(admin, true, 'SetMessageSize')).not.toThrow();
    expect(refusal(() => requireAdmin(admin, false, 'SetMessageSize'))).toMatch(/ADMIN_CALLS_DISABLED/);
  });
});
