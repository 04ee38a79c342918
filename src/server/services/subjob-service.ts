import { invalidArgument } from '../../errors';
import type { CreateSubJobRequest, JobStat, SubJobRef, SubJobServiceServer } from '../../gen/kafkagateway/v1/subjob_service';
import { LOGICAL_STARTS, offsetOut } from '../../kafka/offsets';
import { checkOptions, parserMarshalType, requireJobPermitted, type JobDefinition, type JobSource, type JobTarget } from '../../subjobs/definition';
import { jobStatRow, jobStatTable, type JobStatRow } from '../../subjobs/job-stat';
import type { JobRef, SubJobs } from '../../subjobs/subjobs';
import { tableName } from '../../tables/names';
import { unary } from '../rpc/unary';
import { nonEmptyTopics, offsetList } from '../rpc/validate';
import type { Rpc } from '../rpc/call-context';
import { watchStream } from '../streams/watch-stream';

export interface SubJobServiceDeps {
  subjobs: SubJobs;
  rpc: Rpc;
}

/** SubJobService: the plugin's sub-job functions. The jobs themselves live in src/subjobs; this checks and converts. */
export function createSubJobService(deps: SubJobServiceDeps): SubJobServiceServer {
  const { subjobs, rpc } = deps;
  return {
    createSubJob: unary(rpc, async (req, ctx) => {
      const def = definition(req);
      requireJobPermitted(ctx.caller, def);
      const created = await subjobs.create(def, ctx.caller);
      return { subjob: created.handle, id: BigInt(created.id), consumer: created.consumer };
    }),
    getJobStat: unary(rpc, async (_req, ctx) => {
      const rows = await Promise.all(subjobs.list(ctx.caller.owner).map(({ job, owner, handle }) => jobStatRow(job, owner, handle)));
      return { jobs: rows.map(statProto), table: { kind: { $case: 'table', value: jobStatTable(rows) } } };
    }),
    cancelSubJob: unary(rpc, async (req, ctx) => ({ text: await subjobs.cancel(jobRef(req.job), ctx.caller.owner) })),
    getSubJobConsumer: unary(rpc, async (req, ctx) => ({ consumer: subjobs.consumerOf(jobRef(req.job), ctx.caller.owner) })),
    watchSubJob: watchStream(deps, (req) => jobRef(req.job)),
  };
}

function jobRef(ref: SubJobRef | undefined): JobRef {
  const r = ref?.ref;
  if (!r) throw invalidArgument('job must name the sub-job: handle, name (action name or id) or id');
  if (r.$case === 'handle') return { kind: 'handle', handle: r.value };
  if (r.$case === 'name') return { kind: 'name', name: r.value };
  if (r.value < 0n || r.value > BigInt(Number.MAX_SAFE_INTEGER)) throw invalidArgument(`id must be a job id (0 or more), got ${r.value}`);
  return { kind: 'id', id: Number(r.value) };
}

/** The request checked into a job definition: every refusal happens here, before a consumer is touched. */
function definition(req: CreateSubJobRequest): JobDefinition {
  const options = checkOptions({ actionName: req.actionName, throttle: req.throttle, batchSize: req.batchSize, queueDepth: req.queueDepth });
  return {
    ...options,
    source: source(req),
    target: target(req),
    parser: {
      marshalType: parserMarshalType(req.parser?.marshalType ?? 0),
      rename: { ...(req.parser?.rename ?? {}) },
      valueColumn: req.parser?.valueColumn ?? '',
      messageColumns: {
        topic: req.parser?.messageColumns?.topic ?? '',
        partition: req.parser?.messageColumns?.partition ?? '',
        offset: req.parser?.messageColumns?.offset ?? '',
        key: req.parser?.messageColumns?.key ?? '',
        timestamp: req.parser?.messageColumns?.timestamp ?? '',
      },
    },
    autoCommit: req.autoCommit,
    msgAsTable: req.msgAsTable,
    durable: req.durable,
  };
}

function source(req: CreateSubJobRequest): JobSource {
  const s = req.source;
  if (!s) throw invalidArgument('consumer should be a consumer handle. Set consumer (a handle) or create (a config with topics or partitions)');
  if (s.$case === 'consumer') {
    if (!s.value) throw invalidArgument('consumer should be a consumer handle.');
    return { kind: 'handle', consumer: s.value };
  }
  const spec = s.value;
  if (spec.topics.length > 0 && spec.partitions.length > 0) throw invalidArgument('create: set topics or partitions, not both');
  if (spec.partitions.length > 0) return { kind: 'create', config: spec.config, topics: [], partitions: offsetList(spec.partitions, LOGICAL_STARTS) };
  return { kind: 'create', config: spec.config, topics: nonEmptyTopics(spec.topics), partitions: [] };
}

function target(req: CreateSubJobRequest): JobTarget {
  const t = req.target?.kind;
  if (!t) throw invalidArgument('table should be a DolphinDB table. Set target.table (a table name) or target.watch (true)');
  if (t.$case === 'watch') {
    if (!t.value) throw invalidArgument('target.watch must be true when set');
    return { kind: 'watch' };
  }
  return { kind: 'table', table: tableName(t.value), createTable: req.target!.createTable };
}

function statProto(r: JobStatRow): JobStat {
  return {
    subscriptionId: r.subscriptionId,
    user: r.user,
    actionName: r.actionName,
    createTimestamp: BigInt(r.createTimestamp),
    processedMsgCount: BigInt(r.processedMsgCount),
    failedMsgCount: BigInt(r.failedMsgCount),
    lastErrMsg: r.lastErrMsg,
    lastFailedTimestamp: r.lastFailedTimestamp,
    msgAsTable: r.msgAsTable,
    batchSize: BigInt(r.batchSize),
    throttle: r.throttle,
    autoCommit: r.autoCommit,
    subjob: r.handle,
    target: r.target,
    durable: r.durable,
    rowsWritten: BigInt(r.rowsWritten),
    partitions: r.partitions.map((p) => ({
      topic: p.topic,
      partition: p.partition,
      nextOffset: offsetOut(p.nextOffset),
      highWatermark: offsetOut(p.high),
      lag: BigInt(p.lag),
    })),
  };
}
