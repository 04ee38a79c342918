import { saslLogin } from '../../src/kafka/sasl';

describe('SASL logins of the group client', () => {
  // The SCRAM-SHA-256 example exchange of RFC 7677, section 3.
  const nonce = 'rOprNGfwEbeRWgbNEkqO';
  const serverFirst = 'r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096';

  it("SCRAM-SHA-256 sends RFC 7677's messages and accepts its server signature", async () => {
    const login = saslLogin('SCRAM-SHA-256', 'user', 'pencil', nonce);
    expect(login.first().toString()).toBe('n,,n=user,r=rOprNGfwEbeRWgbNEkqO');
    const final = await login.next(Buffer.from(serverFirst));
    expect(final?.toString()).toBe('c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=');
    expect(await login.next(Buffer.from('v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4='))).toBeUndefined();
  });

  it('SCRAM refuses a server that does not know the password, a nonce it did not extend, and a costly iteration count', async () => {
    const wrongSignature = saslLogin('SCRAM-SHA-256', 'user', 'pencil', nonce);
    await wrongSignature.next(Buffer.from(serverFirst));
    await expect(wrongSignature.next(Buffer.from('v=AAAA'))).rejects.toThrow('does not know this password');
    await expect(saslLogin('SCRAM-SHA-256', 'user', 'pencil', nonce).next(Buffer.from('r=other,s=W22Z,i=4096'))).rejects.toThrow('does not extend');
    await expect(saslLogin('SCRAM-SHA-512', 'user', 'pencil', nonce).next(Buffer.from(`r=${nonce}x,s=W22Z,i=100000000`))).rejects.toThrow('iteration count');
    await expect(saslLogin('SCRAM-SHA-512', 'user', 'pencil', nonce).next(Buffer.from('e=invalid-encoding'))).rejects.toThrow('malformed');
  });

  it("SCRAM escapes ',' and '=' in the user name; PLAIN is one message", async () => {
    expect(saslLogin('SCRAM-SHA-512', 'a,b=c', 'p', 'n1').first().toString()).toBe('n,,n=a=2Cb=3Dc,r=n1');
    const plain = saslLogin('PLAIN', 'alice', 'alice-secret');
    expect(plain.first()).toEqual(Buffer.from('\0alice\0alice-secret'));
    expect(await plain.next(Buffer.alloc(0))).toBeUndefined();
  });
});
