import { randomBytes } from 'node:crypto';
import { cut, GatewayError, invalidArgument, notFound } from '../errors';
import type { Logger } from '../logger';
import type { MemoryBudget } from './memory-budget';

export type HandleKind = 'producer' | 'consumer' | 'queue' | 'event' | 'subjob';
const KINDS: readonly HandleKind[] = ['producer', 'consumer', 'queue', 'event', 'subjob'];

/** Anything a handle can stand for: it must be able to close itself. */
export interface Closable {
  close(): Promise<void>;
}

interface Entry {
  kind: HandleKind;
  /** The client that created it (see clientOf); its handles count against that client's cap. */
  owner: string;
  resource: Closable;
  lastUsed: number;
  /** The tail of this handle's call chain: calls on one handle run one after another. */
  tail: Promise<unknown>;
  /** Calls running or waiting; an idle sweep leaves a busy handle alone. */
  busy: number;
  /** The handle this one belongs to (a queue's or an event's consumer): closing it closes this one. */
  parent?: string;
  /** The handles that belong to this one. */
  children: Set<string>;
  /** Who keeps this handle for itself (a sub-job reading a consumer): others may only look at it meanwhile. */
  heldBy?: string;
}

/**
 * The one registry of every producer, consumer and other handle. Ids are opaque and unguessable, with the kind
 * as a prefix ("consumer-3q2...") so that a handle of the wrong kind gets the plugin's own message. Calls on one
 * handle are serialised; calls on different handles run in parallel.
 */
export interface HandleRegistryOptions {
  /** The most handles open at once, over all clients. */
  maxHandles: number;
  /** The most handles one client may hold at once. */
  maxPerClient: number;
  idleMs: number;
  log: Logger;
  /** What the clients' producers, consumers and queues may buffer together; undefined: no budget. */
  memory?: MemoryBudget | undefined;
  /** What one client's may buffer, within `memory` (memoryShareBytes); undefined: all of it. */
  memoryPerClient?: number | undefined;
}

/**
 * A place taken in the registry before the resource that will fill it is built: building a Kafka client takes a
 * broker round trip, and places taken only afterwards would let any number of clients be built at once.
 */
export interface Reservation {
  /** Registers the resource in the reserved place and returns its handle id. */
  fill(kind: HandleKind, resource: Closable): string;
  /** Gives the place back (the resource could not be built); a no-op after fill. */
  release(): void;
}

export class HandleRegistry {
  private readonly entries = new Map<string, Entry>();
  /** Handles and reservations per owner. */
  private readonly perOwner = new Map<string, number>();
  /** The memory shares of the owners that hold handles; an owner's goes when its last handle does. */
  private readonly shares = new Map<string, MemoryBudget>();
  /** Places reserved and not yet filled or released. */
  private reserved = 0;
  private readonly sweeper: NodeJS.Timeout;
  /** The memory budget the resources behind handles take from when they are built (memory-budget.ts). */
  readonly memory: MemoryBudget | undefined;

  constructor(private readonly options: HandleRegistryOptions) {
    this.memory = options.memory;
    this.sweeper = setInterval(() => void this.closeIdle(), Math.min(options.idleMs, 60_000));
    this.sweeper.unref();
  }

  /**
   * Throws RESOURCE_EXHAUSTED when `owner` may not open another handle. Called before a Kafka client is built, so
   * that a client at its cap is told at once instead of after a broker round trip.
   */
  checkRoom(owner: string): void {
    const held = this.heldBy(owner);
    if (held >= this.options.maxPerClient) {
      throw new GatewayError(
        'RESOURCE_EXHAUSTED',
        'TOO_MANY_HANDLES_FOR_CLIENT',
        `client ${owner} holds ${held} handles, the limit per client; close some first`,
      );
    }
    if (this.entries.size + this.reserved >= this.options.maxHandles) {
      throw new GatewayError(
        'RESOURCE_EXHAUSTED',
        'TOO_MANY_HANDLES',
        `the gateway holds ${this.entries.size + this.reserved} handles, its limit; close some first`,
      );
    }
  }

  /** Takes a place for `owner` (RESOURCE_EXHAUSTED when there is none) before its resource is built. */
  reserve(owner: string): Reservation {
    this.checkRoom(owner);
    this.reserved++;
    this.perOwner.set(owner, this.heldBy(owner) + 1);
    let open = true;
    const giveBack = () => {
      if (!open) return false;
      open = false;
      this.reserved--;
      this.dropOwned(owner);
      return true;
    };
    return {
      fill: (kind, resource) => {
        if (!giveBack()) throw new Error('a reservation is filled once');
        return this.add(kind, resource, owner);
      },
      release: () => {
        if (giveBack()) this.forgetShareIfIdle(owner);
      },
    };
  }

  /**
   * Builds a resource in a reserved place: the place is given back if building fails, and the resource is
   * registered once built. `make` gets the memory budget the resource takes from: its owner's share.
   */
  async build<T extends Closable>(kind: HandleKind, owner: string, make: (memory: MemoryBudget | undefined) => Promise<T>): Promise<{ id: string; resource: T }> {
    const place = this.reserve(owner);
    let resource: T;
    try {
      resource = await make(this.memoryOf(owner));
    } catch (err) {
      place.release();
      throw err;
    }
    return { id: place.fill(kind, resource), resource };
  }

  /** `owner`'s share of the memory budget; undefined without a budget. Only while the owner holds a place. */
  private memoryOf(owner: string): MemoryBudget | undefined {
    if (!this.memory) return undefined;
    let share = this.shares.get(owner);
    if (!share) this.shares.set(owner, (share = this.memory.share(owner, this.options.memoryPerClient ?? this.memory.totalBytes)));
    return share;
  }

  /**
   * Registers a resource for `owner` and returns its new handle id. With a parent, the handle belongs to it: it is
   * closed with the parent, and using it counts as using the parent (which is then not closed as idle).
   */
  add(kind: HandleKind, resource: Closable, owner: string, parent?: { kind: HandleKind; id: string }): string {
    const parentEntry = parent ? this.lookup(parent.kind, parent.id, owner) : undefined;
    this.checkRoom(owner);
    const id = `${kind}-${randomBytes(16).toString('base64url')}`;
    this.entries.set(id, { kind, owner, resource, lastUsed: Date.now(), tail: Promise.resolve(), busy: 0, children: new Set(), ...(parent ? { parent: parent.id } : {}) });
    parentEntry?.children.add(id);
    this.perOwner.set(owner, (this.perOwner.get(owner) ?? 0) + 1);
    return id;
  }

  /**
   * Keeps a handle for `holder` until the returned function is called: meanwhile calls that do not only look at it
   * (run without `look`) and close get FAILED_PRECONDITION, and it is never closed as idle. The holder uses the
   * resource itself, not through run. Returns the resource.
   */
  hold<T extends Closable>(owner: string, kind: HandleKind, id: string, holder: string): { resource: T; release: () => void } {
    const entry = this.lookup(kind, id, owner);
    if (entry.heldBy !== undefined) throw heldError(kind, id, entry.heldBy);
    if (entry.children.size > 0) {
      throw new GatewayError('FAILED_PRECONDITION', 'HANDLE_HAS_CHILDREN', `${kind} ${cut(id)} has ${entry.children.size} queue or event handles open: close them first`);
    }
    entry.heldBy = holder;
    return {
      resource: entry.resource as T,
      release: () => {
        if (entry.heldBy === holder) delete entry.heldBy;
        entry.lastUsed = Date.now();
      },
    };
  }

  /**
   * Runs `fn` on the handle's resource once every earlier call on the same handle has finished. `look`: the call
   * only looks at the resource, and may run while another holds it. A handle `owner` does not own is NOT_FOUND,
   * exactly like one that does not exist: its id tells another client nothing.
   */
  run<T extends Closable, R>(owner: string, kind: HandleKind, id: string, fn: (resource: T) => Promise<R>, opts: { look?: boolean } = {}): Promise<R> {
    let entry: Entry;
    try {
      entry = this.lookup(kind, id, owner);
      if (entry.heldBy !== undefined && !opts.look) throw heldError(kind, id, entry.heldBy);
    } catch (err) {
      return Promise.reject(err);
    }
    entry.busy++;
    const result = entry.tail.then(() => {
      // The handle may have been closed while this call waited.
      if (this.entries.get(id) !== entry) throw closed(kind, id);
      entry.lastUsed = Date.now();
      const parent = entry.parent ? this.entries.get(entry.parent) : undefined;
      if (parent) parent.lastUsed = entry.lastUsed;
      return fn(entry.resource as T);
    });
    entry.tail = result.then(
      () => this.settle(entry),
      () => this.settle(entry),
    );
    return result;
  }

  /**
   * Closes a handle after the calls already queued on it, and first the handles that belong to it; later calls get
   * NOT_FOUND. A held handle is not closed (FAILED_PRECONDITION), unless `force` (at shutdown, its holder gone).
   */
  async close(owner: string, kind: HandleKind, id: string, force = false): Promise<void> {
    const entry = this.lookupOrUndefined(kind, id, owner);
    if (entry?.heldBy !== undefined && !force) throw heldError(kind, id, entry.heldBy);
    if (force && entry) delete entry.heldBy;
    for (const child of [...(entry?.children ?? [])]) {
      const c = this.entries.get(child);
      if (c) await this.close(c.owner, c.kind, child).catch((err: unknown) => this.options.log.warn({ err, id: child }, 'closing a handle failed'));
    }
    await this.run(owner, kind, id, async (resource) => {
      this.remove(id);
      await resource.close();
    });
  }

  private lookupOrUndefined(kind: HandleKind, id: string, owner: string): Entry | undefined {
    try {
      return this.lookup(kind, id, owner);
    } catch {
      return undefined;
    }
  }

  /** Closes every handle, as closeWhere does: when the gateway stops. */
  async closeAll(): Promise<void> {
    clearInterval(this.sweeper);
    await this.closeWhere(() => true);
  }

  /** Closes every handle of `owner` (a principal no longer in the principals file); how many were closed. */
  closeOwnedBy(owner: string): Promise<number> {
    return this.closeWhere((e) => e.owner === owner);
  }

  /**
   * Closes the handles `pick` chooses, held ones included: sub-jobs first, so that each finishes its batch and
   * lets go of the consumer it reads before that consumer closes; then the rest, parents closing their children.
   */
  private async closeWhere(pick: (e: Entry) => boolean): Promise<number> {
    let closed = 0;
    for (const jobs of [true, false]) {
      const batch = [...this.entries].filter(([, e]) => pick(e) && !e.parent && (e.kind === 'subjob') === jobs);
      await Promise.all(
        batch.map(([id, e]) => {
          const handles = 1 + e.children.size;
          return this.close(e.owner, e.kind, id, true).then(
            () => (closed += handles),
            (err: unknown) => this.options.log.warn({ err, id }, 'closing a handle failed'),
          );
        }),
      );
    }
    return closed;
  }

  get size(): number {
    return this.entries.size;
  }

  /** How many handles are open of each kind (every kind, 0 included). */
  countByKind(): Record<HandleKind, number> {
    const counts = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<HandleKind, number>;
    for (const e of this.entries.values()) counts[e.kind]++;
    return counts;
  }

  /** How many handles `owner` holds. */
  heldBy(owner: string): number {
    return this.perOwner.get(owner) ?? 0;
  }

  private remove(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    if (entry.parent) this.entries.get(entry.parent)?.children.delete(id);
    this.dropOwned(entry.owner);
    this.forgetShareIfIdle(entry.owner);
  }

  /**
   * Drops the memory share of an owner that holds no place any more. Its resources are closed or closing: one
   * still closing keeps its charge on the gateway's budget until it has closed, as it holds a place in neither cap.
   */
  private forgetShareIfIdle(owner: string): void {
    if (!this.perOwner.has(owner)) this.shares.delete(owner);
  }

  private dropOwned(owner: string): void {
    const held = (this.perOwner.get(owner) ?? 1) - 1;
    if (held > 0) this.perOwner.set(owner, held);
    else this.perOwner.delete(owner);
  }

  private settle(entry: Entry): void {
    entry.busy--;
    entry.lastUsed = Date.now();
  }

  private lookup(kind: HandleKind, id: string, owner: string): Entry {
    const prefix = id.slice(0, id.indexOf('-'));
    if (!id) throw invalidArgument(`${kind} is required: pass the ${kind} handle`);
    if (KINDS.includes(prefix as HandleKind) && prefix !== kind) throw invalidArgument(`${kind} should be ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} handle.`, 'WRONG_HANDLE_KIND');
    const entry = this.entries.get(id);
    if (!entry || entry.owner !== owner) throw closed(kind, id);
    return entry;
  }

  private async closeIdle(): Promise<void> {
    const limit = Date.now() - this.options.idleMs;
    for (const [id, entry] of this.entries) {
      if (entry.busy > 0 || entry.heldBy !== undefined || entry.lastUsed > limit || !this.entries.has(id)) continue;
      this.options.log.info({ id }, `closing ${entry.kind} handle idle for ${this.options.idleMs} ms`);
      await this.close(entry.owner, entry.kind, id).catch((err) => this.options.log.warn({ err, id }, 'closing an idle handle failed'));
    }
  }
}

const heldError = (kind: HandleKind, id: string, holder: string) =>
  new GatewayError('FAILED_PRECONDITION', 'CONSUMER_HELD_BY_SUBJOB', `${kind} ${cut(id)} is used by ${holder}: cancel it first`);
const closed = (kind: HandleKind, id: string) => notFound(`${kind} ${cut(id)} does not exist or was closed`, 'HANDLE_NOT_FOUND');
