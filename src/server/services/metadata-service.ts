import type { MetadataServiceServer } from '../../gen/kafkagateway/v1/metadata_service';
import { MetadataClient } from '../../kafka/cluster-metadata';
import type { TopicAdmin } from '../../kafka/topic-admin';
import { describeAllGroups } from '../../kafka/group-admin';
import type { GroupDescription } from '../../kafka/group-protocol';
import type { ConsumerGroup } from '../../gen/kafkagateway/v1/metadata_service';
import { invalidArgument, notFound } from '../../errors';
import type { Logger } from '../../logger';
import { unary } from '../rpc/unary';
import { msOrDefault } from '../rpc/validate';

const DEFAULT_TIMEOUT_MS = 5000;
const ADMIN_TIMEOUT_MS = 10_000;

function topicName(topic: string): string {
  if (topic === '') throw invalidArgument('topic must not be empty');
  return topic;
}

/** MetadataService: the plugin's getMetadata. */
export function createMetadataService(deps: { metadata: MetadataClient; topics: TopicAdmin; log: Logger }): MetadataServiceServer {
  return {
    createTopic: unary(deps.log, async (req) => {
      if (req.partitions < 1) throw invalidArgument(`partitions must be 1 or more, got ${req.partitions}`);
      if (req.replicationFactor < 0) throw invalidArgument(`replication_factor must not be negative, got ${req.replicationFactor}`);
      await deps.topics.createTopic(topicName(req.topic), req.partitions, req.replicationFactor || 1, req.config, msOrDefault(req.timeoutMs, ADMIN_TIMEOUT_MS));
      return {};
    }),
    deleteTopic: unary(deps.log, async (req) => {
      await deps.topics.deleteTopic(topicName(req.topic), msOrDefault(req.timeoutMs, ADMIN_TIMEOUT_MS));
      return {};
    }),
    createPartitions: unary(deps.log, async (req) => {
      if (req.totalPartitions < 1) throw invalidArgument(`total_partitions must be 1 or more, got ${req.totalPartitions}`);
      await deps.topics.createPartitions(topicName(req.topic), req.totalPartitions, msOrDefault(req.timeoutMs, ADMIN_TIMEOUT_MS));
      return {};
    }),
    getMetadata: unary(deps.log, async (req, ctx) => {
      if (req.topics.some((t) => t === '')) throw invalidArgument('topics must not contain an empty name');
      const timeoutMs = Math.min(msOrDefault(req.timeoutMs, DEFAULT_TIMEOUT_MS), ctx.timeLeftMs());
      // A broker list in the request gets a temporary client, as the plugin's getMetadata(brokerString) does.
      const client = req.brokers ? new MetadataClient(req.brokers) : deps.metadata;
      try {
        const metadata = await client.fetch(timeoutMs);
        const wanted = new Set(req.topics);
        const topics = wanted.size ? metadata.topics.filter((t) => wanted.has(t.name)) : metadata.topics;
        const missing = req.topics.filter((name) => !topics.some((t) => t.name === name));
        if (missing.length) throw notFound(`Broker: Unknown topic or partition: ${missing.join(', ')}`, 'TOPIC_NOT_FOUND');
        const groups = await describeAllGroups(
          metadata.brokers.map((b) => `${b.host}:${b.port}`),
          timeoutMs,
        ).then(
          (list) => ({ groups: list.map(groupToProto), groupsError: '' }),
          (err: unknown) => ({ groups: [], groupsError: `consumer groups could not be read: ${(err as Error).message}` }),
        );
        return { brokers: metadata.brokers, topics, originBrokerId: metadata.originBrokerId, ...groups };
      } finally {
        if (client !== deps.metadata) await client.close();
      }
    }),
  };
}

const groupToProto = (g: GroupDescription): ConsumerGroup => ({
  groupId: g.groupId,
  state: g.state,
  protocolType: g.protocolType,
  protocol: g.protocol,
  errorCode: g.errorCode,
  members: g.members.map((m) => ({ memberId: m.memberId, clientId: m.clientId, clientHost: m.clientHost, assignment: m.assignment })),
});
