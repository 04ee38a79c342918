import type { MetadataServiceServer } from '../../gen/kafkagateway/v1/metadata_service';
import { MetadataClient } from '../../kafka/cluster-metadata';
import { invalidArgument, notFound } from '../../errors';
import type { Logger } from '../../logger';
import { unary } from '../rpc/unary';

const DEFAULT_TIMEOUT_MS = 5000;

/** MetadataService: the plugin's getMetadata. */
export function createMetadataService(deps: { metadata: MetadataClient; log: Logger }): MetadataServiceServer {
  return {
    getMetadata: unary(deps.log, async (req, ctx) => {
      if (req.timeoutMs < 0) throw invalidArgument(`timeout_ms must not be negative, got ${req.timeoutMs}`);
      if (req.topics.some((t) => t === '')) throw invalidArgument('topics must not contain an empty name');
      const timeoutMs = Math.min(req.timeoutMs || DEFAULT_TIMEOUT_MS, ctx.timeLeftMs());
      // A broker list in the request gets a temporary client, as the plugin's getMetadata(brokerString) does.
      const client = req.brokers ? new MetadataClient(req.brokers) : deps.metadata;
      try {
        const metadata = await client.fetch(timeoutMs);
        const wanted = new Set(req.topics);
        const topics = wanted.size ? metadata.topics.filter((t) => wanted.has(t.name)) : metadata.topics;
        const missing = req.topics.filter((name) => !topics.some((t) => t.name === name));
        if (missing.length) throw notFound(`Broker: Unknown topic or partition: ${missing.join(', ')}`, 'TOPIC_NOT_FOUND');
        return { brokers: metadata.brokers, topics, originBrokerId: metadata.originBrokerId };
      } finally {
        if (client !== deps.metadata) await client.close();
      }
    }),
  };
}
