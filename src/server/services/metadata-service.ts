import type { MetadataServiceServer } from '../../gen/kafkagateway/v1/metadata_service';
import { checkBrokerList, type ClientPolicy } from '../../kafka/client-config';
import { MetadataClient } from '../../kafka/cluster-metadata';
import type { TopicAdmin } from '../../kafka/topic-admin';
import { checkTopicConfig } from '../../kafka/topic-config';
import { describeAllGroups } from '../../kafka/group-admin';
import type { GroupDescription } from '../../kafka/group-protocol';
import type { ConsumerGroup, GetMetadataResponse } from '../../gen/kafkagateway/v1/metadata_service';
import { cut, invalidArgument, notFound } from '../../errors';
import { requireAdmin, requireTopic, seesGroup, seesTopic } from '../../auth/permissions';
import type { Caller } from '../../auth/principal';
import type { Rpc } from '../rpc/call-context';
import { unary } from '../rpc/unary';
import { Slots } from '../../handles/slots';
import { MAX_BROKER_WAIT_MS, MAX_LIST, msOrDefault, topicName } from '../rpc/validate';

const DEFAULT_TIMEOUT_MS = 5000;
const ADMIN_TIMEOUT_MS = 10_000;
/** GetMetadata calls with a broker list of their own that may run at once, each with a temporary client. */
const TEMPORARY_CLIENTS = 4;

/** The most partitions CreateTopic and CreatePartitions give a topic: each costs the cluster files and threads. */
const MAX_PARTITIONS = 1000;
/** The most replicas CreateTopic asks for (librdkafka's own bound is 10,000). */
const MAX_REPLICATION_FACTOR = 100;

const topic = (name: string) => topicName(name, 'topic must not be empty');

/** MetadataService: the plugin's getMetadata. */
export function createMetadataService(deps: { metadata: MetadataClient; topics: TopicAdmin; rpc: Rpc; allowAdminCalls: boolean; clients: ClientPolicy }): MetadataServiceServer {
  const temporary = new Slots(TEMPORARY_CLIENTS, 'GetMetadata calls with their own broker list');
  return {
    createTopic: unary(deps.rpc, async (req, ctx) => {
      if (req.partitions < 1 || req.partitions > MAX_PARTITIONS) throw invalidArgument(`partitions must be from 1 to ${MAX_PARTITIONS}, got ${req.partitions}`);
      if (req.replicationFactor < 0 || req.replicationFactor > MAX_REPLICATION_FACTOR) {
        throw invalidArgument(`replication_factor must be from 1 to ${MAX_REPLICATION_FACTOR} (0: 1), got ${req.replicationFactor}`);
      }
      const config = checkTopicConfig(req.config);
      requireTopic(ctx.caller, 'produce', topic(req.topic));
      await deps.topics.createTopic(topic(req.topic), req.partitions, req.replicationFactor || 1, config, msOrDefault(req.timeoutMs, ADMIN_TIMEOUT_MS));
      return {};
    }),
    deleteTopic: unary(deps.rpc, async (req, ctx) => {
      requireAdmin(ctx.caller, deps.allowAdminCalls, 'DeleteTopic');
      await deps.topics.deleteTopic(topic(req.topic), msOrDefault(req.timeoutMs, ADMIN_TIMEOUT_MS));
      return {};
    }),
    createPartitions: unary(deps.rpc, async (req, ctx) => {
      requireAdmin(ctx.caller, deps.allowAdminCalls, 'CreatePartitions');
      if (req.totalPartitions < 1 || req.totalPartitions > MAX_PARTITIONS) {
        throw invalidArgument(`total_partitions must be from 1 to ${MAX_PARTITIONS}, got ${req.totalPartitions}`);
      }
      await deps.topics.createPartitions(topic(req.topic), req.totalPartitions, msOrDefault(req.timeoutMs, ADMIN_TIMEOUT_MS));
      return {};
    }),
    listTopics: unary(deps.rpc, async (req, ctx) => {
      const timeoutMs = Math.min(msOrDefault(req.timeoutMs, DEFAULT_TIMEOUT_MS), MAX_BROKER_WAIT_MS, ctx.timeLeftMs());
      const { topics } = await deps.metadata.fetch(timeoutMs);
      return { topics: topics.filter((t) => seesTopic(ctx.caller, t.name)).map((t) => ({ name: t.name, partitions: t.partitions.length })) };
    }),
    getMetadata: unary(deps.rpc, async (req, ctx) => {
      if (req.topics.length > MAX_LIST) throw invalidArgument(`topics lists ${req.topics.length} names; at most ${MAX_LIST} may be given at once`, 'LIST_TOO_LONG');
      for (const t of req.topics) topicName(t, 'topics must not contain an empty name');
      const timeoutMs = Math.min(msOrDefault(req.timeoutMs, DEFAULT_TIMEOUT_MS), MAX_BROKER_WAIT_MS, ctx.timeLeftMs());
      if (!req.brokers) return describeCluster(deps.metadata, req.topics, timeoutMs, ctx.caller);
      checkBrokerList(req.brokers, deps.clients);
      // A broker list in the request gets a temporary client, as the plugin's getMetadata(brokerString) does.
      return temporary.run(async () => {
        const client = new MetadataClient(req.brokers, deps.clients.kafka);
        try {
          return await describeCluster(client, req.topics, timeoutMs, ctx.caller);
        } finally {
          await client.close();
        }
      });
    }),
  };
}

/**
 * Brokers, topics (all, or the ones asked for) and consumer groups, as GetMetadata answers: of those the caller
 * sees (a principal with topic or group patterns sees what they name; a topic it does not see is unknown to it).
 */
async function describeCluster(client: MetadataClient, topicNames: string[], timeoutMs: number, caller: Caller): Promise<GetMetadataResponse> {
  const metadata = await client.fetch(timeoutMs);
  const wanted = new Set(topicNames);
  const visible = metadata.topics.filter((t) => seesTopic(caller, t.name));
  const topics = wanted.size ? visible.filter((t) => wanted.has(t.name)) : visible;
  const missing = topicNames.filter((name) => !topics.some((t) => t.name === name));
  if (missing.length) throw notFound(`Broker: Unknown topic or partition: ${cut(missing.join(', '), 256, false)}`, 'TOPIC_NOT_FOUND');
  const groups = await describeAllGroups(
    metadata.brokers.map((b) => `${b.host}:${b.port}`),
    timeoutMs,
    client.connection,
  ).then(
    (list) => ({ groups: list.filter((g) => seesGroup(caller, g.groupId)).map(groupToProto), groupsError: '' }),
    (err: unknown) => ({ groups: [], groupsError: `consumer groups could not be read: ${(err as Error).message}` }),
  );
  return { brokers: metadata.brokers, topics, originBrokerId: metadata.originBrokerId, ...groups };
}

const groupToProto = (g: GroupDescription): ConsumerGroup => ({
  groupId: g.groupId,
  state: g.state,
  protocolType: g.protocolType,
  protocol: g.protocol,
  errorCode: g.errorCode,
  members: g.members.map((m) => ({ memberId: m.memberId, clientId: m.clientId, clientHost: m.clientHost, assignment: m.assignment })),
});
