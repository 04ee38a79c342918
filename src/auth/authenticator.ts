import { createHash } from 'node:crypto';
import { GatewayError } from '../errors';
import { DEFAULT_PRINCIPAL } from '../tables/table-stores';
import type { Caller, Principal } from './principal';
import { readPrincipalsFile, type PrincipalEntry } from './principals-file';

/** What a call brings to prove who it is, as the transport hands it over. */
export interface Credentials {
  /** The values of the call's `authorization` metadata. */
  authorization: string[];
  /** The verified client certificate's subject CN and subjectAltName entries (mTLS), if any. */
  certificate?: { cn?: string; altNames: string[] };
  /** The peer's address (whose quota calls count against without authentication). */
  peer: string;
}

const unauthenticated = (message: string) => new GatewayError('UNAUTHENTICATED', 'UNAUTHENTICATED', message);

/**
 * Turns a call's credentials into a Caller. Without a principals file every call is let in and keyed by its peer
 * address (the tables are then one shared database). With one, a call needs a bearer token whose SHA-256 is
 * listed, or a client certificate with a listed name; a token that is present decides, right or wrong, so that a
 * stolen certificate cannot be outranked by guessing. The file is read again by reload() (SIGHUP): a file that
 * does not check out leaves the old set in place.
 */
export class Authenticator {
  private byToken = new Map<string, Principal>();
  private byCertificate = new Map<string, Principal>();
  private principals: Principal[] = [];
  private byPrincipalName = new Map<string, Principal>();

  constructor(private readonly file: string | undefined) {
    if (file !== undefined) this.use(readPrincipalsFile(file));
  }

  get enabled(): boolean {
    return this.file !== undefined;
  }

  /** Every principal of the file (empty without authentication). */
  get all(): readonly Principal[] {
    return this.principals;
  }

  /** The principal of that name, when authentication is on (an owner without authentication is an address). */
  byName(name: string): Principal | undefined {
    return this.byPrincipalName.get(name);
  }

  /** Reads the principals file again; throws (keeping the current set) when it does not check out. */
  reload(): number {
    if (this.file === undefined) return 0;
    this.use(readPrincipalsFile(this.file));
    return this.principals.length;
  }

  authenticate(creds: Credentials): Caller {
    if (this.file === undefined) return { owner: creds.peer, tables: DEFAULT_PRINCIPAL };
    const principal = this.identify(creds);
    return { owner: principal.name, tables: principal.name, principal };
  }

  private identify(creds: Credentials): Principal {
    if (creds.authorization.length > 1) throw unauthenticated('send one authorization header, not several');
    const header = creds.authorization[0];
    if (header !== undefined) {
      const token = /^Bearer +(\S{1,4096})\s*$/i.exec(header)?.[1];
      if (token === undefined) throw unauthenticated('the authorization header must be "Bearer <token>"');
      const principal = this.byToken.get(createHash('sha256').update(token).digest('hex'));
      if (!principal) throw unauthenticated('the bearer token is not known to this gateway');
      return principal;
    }
    if (creds.certificate) {
      const names = [...(creds.certificate.cn !== undefined ? [`CN=${creds.certificate.cn}`] : []), ...creds.certificate.altNames];
      for (const name of names) {
        const principal = this.byCertificate.get(name);
        if (principal) return principal;
      }
      throw unauthenticated('the client certificate names no principal of this gateway');
    }
    throw unauthenticated('this gateway needs credentials: an "authorization: Bearer <token>" header or a client certificate');
  }

  private use(entries: PrincipalEntry[]): void {
    const byToken = new Map<string, Principal>();
    const byCertificate = new Map<string, Principal>();
    for (const e of entries) {
      for (const h of e.tokenHashes) byToken.set(h, e.principal);
      for (const n of e.certificateNames) byCertificate.set(n, e.principal);
    }
    this.byToken = byToken;
    this.byCertificate = byCertificate;
    this.principals = entries.map((e) => e.principal);
    this.byPrincipalName = new Map(this.principals.map((p) => [p.name, p]));
  }
}

/** A certificate's subjectAltName as node prints it ("DNS:a, URI:b") split into its entries. */
export function altNames(subjectaltname: string | undefined): string[] {
  if (!subjectaltname) return [];
  return subjectaltname.split(/,\s*/).map((s) => s.trim()).filter((s) => s !== '');
}
