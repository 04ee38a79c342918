import { cut, GatewayError, invalidArgument, notFound } from '../errors';
import type { HandleRegistry } from '../handles/registry';
import { clientConfig, type ClientPolicy } from '../kafka/client-config';
import { ConsumerSession } from '../kafka/consumer-session';
import { partitionKey } from '../kafka/consumer-events';
import type { Logger } from '../logger';
import type { TableStore } from '../tables/table-store';
import type { TableStores } from '../tables/table-stores';
import type { Caller } from '../auth/principal';
import { effectiveAutoCommit, requireJobPermitted, type JobDefinition } from './definition';
import { checkRename } from './fit-columns';
import { SubJob, type JobSink } from './subjob';
import type { KafkaMeter } from '../metrics/kafka-meter';
import { WatchChannel } from './watch-channel';

export interface SubJobsOptions {
  handles: HandleRegistry;
  tables: TableStores;
  clients: ClientPolicy;
  log: Logger;
  /** The most jobs running at once, gateway-wide. */
  maxJobs: number;
  /** The tables databases to resume durable jobs from (every principal's). */
  databases: () => readonly string[];
  /**
   * Who a stored job's owner is now, for its resumption: undefined when that principal is no longer in the
   * principals file (its job must not run, and above all not with the gateway's own Kafka credentials).
   */
  ownerNow: (owner: string, tables: string) => Caller | undefined;
  /** Counts what the jobs' consumers fetch, when metrics are on. */
  meter?: KafkaMeter | undefined;
}

/** Whose a job is: its owner finds it, and its table is in the owner's database. */
export type JobOwner = Pick<Caller, 'owner' | 'tables'>;

/** A job as the plugin names it: by its handle, its action name (or id as text), or its id. */
export type JobRef = { kind: 'handle'; handle: string } | { kind: 'name'; name: string } | { kind: 'id'; id: number };

/** What each call is, in the plugin's texts for a job it cannot find. */
type PluginCall = 'kafka::cancelSubJob(subJobConnection)' | 'kafka::getSubJobConsumer(subJobConnection).' | 'kafka::watchSubJob(subJobConnection)';

interface Running {
  job: SubJob;
  handle: string;
  consumer: string;
  /** Whose job it is (see Caller): only it finds the job. */
  owner: string;
  /** The database its table is in. */
  tables: string;
  /** The job made its consumer: it closes it when it ends. */
  ownsConsumer: boolean;
  channel: WatchChannel | undefined;
  store: TableStore | undefined;
  /** Undoes what the job took: the consumer's hold and its queue's claim. */
  release: () => void;
  stopped: Promise<void> | undefined;
}

const CONNECT_TIMEOUT_MS = 5_000;

const jobKey = (owner: string, actionName: string) => `${owner}\u0000${actionName}`;

/**
 * Every running sub-job: created, found by the plugin's three kinds of names, listed, cancelled, and (durable
 * ones) stored and resumed. A job's handle is in the handle registry like any other, held by the job so that it
 * never expires as idle; the consumer it reads is held by it too, so no other call can read, move or close it.
 */
export class SubJobs {
  private readonly jobs = new Map<string, Running>();
  /** Action names taken by jobs being created: a second create with the same name must not slip in meanwhile. */
  private readonly starting = new Set<string>();
  private nextId = 1;

  /** The counts of the jobs that ended, so that the totals only grow. */
  private readonly ended = { processed: 0, failed: 0, rowsWritten: 0 };

  constructor(private readonly o: SubJobsOptions) {}

  /** Jobs running, and the messages and rows of every job since the gateway started (for the metrics). */
  totals(): { running: number; processed: number; failed: number; rowsWritten: number } {
    const t = { running: this.jobs.size, ...this.ended };
    for (const r of this.jobs.values()) {
      t.processed += r.job.counters.processed;
      t.failed += r.job.counters.failed;
      t.rowsWritten += r.job.counters.rowsWritten;
    }
    return t;
  }

  async create(def: JobDefinition, owner: JobOwner): Promise<{ handle: string; id: number; consumer: string }> {
    // Action names are unique per tables database, where durable jobs are stored by name: per principal, so that
    // one principal's names neither block nor reveal another's (without principals, gateway-wide, as in the plugin).
    const name = jobKey(owner.tables, def.actionName);
    if (this.jobs.has(name) || this.starting.has(name)) {
      throw new GatewayError('ALREADY_EXISTS', 'ACTION_NAME_TAKEN', `[PLUGIN::KAFKA]  actionName '${def.actionName}' has already been used by another kafka subJob connection.`);
    }
    if (this.jobs.size + this.starting.size >= this.o.maxJobs) {
      throw new GatewayError('RESOURCE_EXHAUSTED', 'TOO_MANY_SUBJOBS', `the gateway runs ${this.jobs.size} sub-jobs, its limit; cancel some first`);
    }
    if (def.durable && def.source.kind !== 'create') {
      throw new GatewayError('FAILED_PRECONDITION', 'DURABLE_NEEDS_CREATE', 'a durable job must create its own consumer (source "create"): a handle does not outlive the gateway');
    }
    this.starting.add(name);
    try {
      return await this.start(def, owner);
    } finally {
      this.starting.delete(name);
    }
  }

  private async start(def: JobDefinition, { owner, tables }: JobOwner): Promise<{ handle: string; id: number; consumer: string }> {
    const store = def.target.kind === 'table' ? await this.o.tables.of(tables) : undefined;
    if (def.target.kind === 'table' && store) {
      if (store.has(def.target.table)) {
        const meta = store.meta(def.target.table);
        try {
          checkRename(def.parser.rename, meta.columns.map((c) => ({ name: c.name, dataType: c.type.dataType, scale: c.scale })));
        } catch (err) {
          throw invalidArgument(`parser.rename: ${(err as Error).message}`);
        }
      } else if (!def.target.createTable) store.meta(def.target.table); // NOT_FOUND, the table service's own text
    }

    const made = def.source.kind === 'create' ? await this.makeConsumer(def.source.config, owner) : undefined;
    const consumerId = made ?? (def.source as { consumer: string }).consumer;
    const holder = `sub-job ${cut(def.actionName, 64)}`;
    let held: { resource: ConsumerSession; release: () => void };
    try {
      held = this.o.handles.hold<ConsumerSession>(owner, 'consumer', consumerId, holder);
    } catch (err) {
      if (made) await this.o.handles.close(owner, 'consumer', made).catch(() => undefined);
      throw err;
    }
    const session = held.resource;
    let unclaim: (() => void) | undefined;
    const undo = async () => {
      unclaim?.();
      held.release();
      if (made) await this.o.handles.close(owner, 'consumer', made).catch((err: unknown) => this.o.log.warn({ err }, 'closing a sub-job consumer failed'));
    };
    try {
      unclaim = session.claimForStream(holder);
      const channel = def.target.kind === 'watch' ? new WatchChannel(def.queueDepth) : undefined;
      const sink: JobSink = channel ? { kind: 'watch', channel } : { kind: 'table', store: store!, group: session.identity.groupId };
      const id = this.nextId++;
      const job = new SubJob(id, def, session, sink, effectiveAutoCommit(def.autoCommit, session.autoCommits), this.o.log);
      await job.prepare();
      if (def.source.kind === 'create') this.startReading(session, def.source, job);
      const running: Running = {
        job,
        handle: '',
        consumer: consumerId,
        owner,
        tables,
        ownsConsumer: made !== undefined,
        channel,
        store,
        release: () => {
          unclaim?.();
          held.release();
        },
        stopped: undefined,
      };
      const resource = { close: () => this.stop(running) };
      running.handle = this.o.handles.add('subjob', resource, owner);
      // The job's own handle never goes idle: the job uses it all along, not through calls.
      this.o.handles.hold(owner, 'subjob', running.handle, 'its running job');
      if (def.durable && store) await store.saveJob({ actionName: def.actionName, definition: JSON.stringify({ owner, tables, def }) });
      this.jobs.set(jobKey(tables, def.actionName), running);
      job.start();
      this.o.log.info({ job: def.actionName, id, handle: running.handle }, 'sub-job started');
      return { handle: running.handle, id, consumer: consumerId };
    } catch (err) {
      await undo();
      throw err;
    }
  }

  private async makeConsumer(config: Record<string, string>, owner: string): Promise<string> {
    const checked = clientConfig(config, this.o.clients, 'consumer', this.o.clients.overrideFor(owner));
    const { id } = await this.o.handles.build('consumer', owner, (memory) => ConsumerSession.create(checked, { log: this.o.log, connectTimeoutMs: CONNECT_TIMEOUT_MS, meter: this.o.meter, memory }));
    return id;
  }

  /** A consumer the job made starts reading once the job knows its stored positions: they win over the given offsets. */
  private startReading(session: ConsumerSession, source: Extract<JobDefinition['source'], { kind: 'create' }>, job: SubJob): void {
    if (source.topics.length) {
      session.subscribe(source.topics);
      return;
    }
    session.assign(source.partitions.map((p) => ({ ...p, offset: job.storedNext(partitionKey(p)) ?? p.offset })));
  }

  /** Stops a job after its batch in progress and frees what it took; its durable definition stays. */
  private stop(running: Running): Promise<void> {
    running.stopped ??= (async () => {
      await running.job.stop();
      running.release();
      this.jobs.delete(jobKey(running.tables, running.job.def.actionName));
      const c = running.job.counters;
      this.ended.processed += c.processed;
      this.ended.failed += c.failed;
      this.ended.rowsWritten += c.rowsWritten;
      if (running.ownsConsumer) {
        await this.o.handles.close(running.owner, 'consumer', running.consumer).catch((err: unknown) => this.o.log.warn({ err }, 'closing a sub-job consumer failed'));
      }
      this.o.log.info({ job: running.job.def.actionName }, 'sub-job stopped');
    })();
    return running.stopped;
  }

  /** The plugin's cancelSubJob: stops the job, forgets a durable one, and says so in the plugin's words. */
  async cancel(ref: JobRef, owner: string): Promise<string> {
    const running = this.find(ref, owner, 'kafka::cancelSubJob(subJobConnection)');
    if (running.job.def.durable) await running.store?.deleteJob(running.job.def.actionName);
    await this.o.handles.close(owner, 'subjob', running.handle, true);
    return `subscription: ${running.job.def.actionName}(${running.job.id}) is stopped.`;
  }

  consumerOf(ref: JobRef, owner: string): string {
    return this.find(ref, owner, 'kafka::getSubJobConsumer(subJobConnection).').consumer;
  }

  /** The channel a watcher reads; FAILED_PRECONDITION for a job into a table. */
  channelOf(ref: JobRef, owner: string): { channel: WatchChannel; job: SubJob } {
    const running = this.find(ref, owner, 'kafka::watchSubJob(subJobConnection)');
    if (!running.channel) {
      throw new GatewayError('FAILED_PRECONDITION', 'SUBJOB_NOT_WATCHED', `sub-job ${running.job.def.actionName} writes into a table; WatchSubJob needs a job whose target is watch`);
    }
    return { channel: running.channel, job: running.job };
  }

  /** The owner's running jobs, oldest first. */
  list(owner: string): { job: SubJob; owner: string; handle: string }[] {
    return [...this.jobs.values()].filter((r) => r.owner === owner).sort((a, b) => a.job.id - b.job.id).map((r) => ({ job: r.job, owner: r.owner, handle: r.handle }));
  }

  /** Resumes the durable jobs stored in the tables' database; one that cannot start is logged and left stored. */
  async resume(): Promise<void> {
    for (const tables of this.o.databases()) {
      const store = await this.o.tables.of(tables);
      for (const stored of await store.storedJobs()) {
        try {
          const { owner, def } = JSON.parse(stored.definition) as { owner: string; def: JobDefinition };
          // The database a job is stored in is its owner's: that, not what the row says, decides where it writes.
          const caller = this.o.ownerNow(owner, tables);
          if (!caller) {
            this.o.log.warn({ job: stored.actionName, principal: owner }, `durable sub-job ${stored.actionName} not resumed: principal ${owner} is no longer in the principals file; it stays stored`);
            continue;
          }
          // What the principal may read now decides, not what it could when it made the job.
          requireJobPermitted(caller, def);
          await this.create(def, caller);
        } catch (err) {
          this.o.log.error({ err, job: stored.actionName }, `durable sub-job ${stored.actionName} not resumed: ${(err as Error).message}; it stays stored`);
        }
      }
    }
  }

  private find(ref: JobRef, owner: string, caller: PluginCall): Running {
    if (ref.kind === 'handle') {
      if (!ref.handle.startsWith('subjob-')) throw invalidArgument(`${caller} subjob should be a subjob handle.`, 'WRONG_HANDLE_KIND');
      for (const r of this.jobs.values()) if (r.handle === ref.handle && r.owner === owner) return r;
      throw notFound(`${caller} Invalid subJob handle resource.`, 'SUBJOB_NOT_FOUND');
    }
    if (ref.kind === 'id') {
      for (const r of this.jobs.values()) if (r.job.id === ref.id && r.owner === owner) return r;
      throw notFound(`${caller} Invalid subJob handle long.`, 'SUBJOB_NOT_FOUND');
    }
    for (const r of this.jobs.values()) if (r.job.def.actionName === ref.name && r.owner === owner) return r;
    for (const r of this.jobs.values()) if (String(r.job.id) === ref.name && r.owner === owner) return r;
    throw notFound(`[PLUGIN::KAFKA] Unknown handle name ${cut(ref.name, 64, false) === ref.name ? `'${ref.name}'` : cut(ref.name, 64)}.`, 'SUBJOB_NOT_FOUND');
  }
}
