import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import type { GetMetadataRequest, GetMetadataResponse } from '../../src/gen/kafkagateway/v1/metadata_service';
import { metadataClient, unaryCall } from './gateway';
import { REPO } from './test-broker';

export const CLUSTER_SCRIPT = resolve(REPO, 'scripts/kafka-cluster.sh');

/** scripts/kafka-cluster.sh without blocking this process (an in-process gateway keeps serving meanwhile). */
export function clusterScript(env: Record<string, string>, ...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((res) => {
    const child = execFile(CLUSTER_SCRIPT, args, { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 300_000 }, (_err, stdout, stderr) =>
      res({ code: child.exitCode, stdout, stderr }),
    );
  });
}

/** Each partition's leader and in-sync replicas, as the gateway's GetMetadata reports them. */
export async function partitionsOf(gateway: string, topic: string): Promise<{ id: number; leader: number; isrs: number[] }[]> {
  const client = metadataClient(gateway);
  try {
    const r = await unaryCall<GetMetadataRequest, GetMetadataResponse>(client.getMetadata.bind(client), { brokers: '', topics: [topic], timeoutMs: 10_000 });
    return (r.topics.find((t) => t.name === topic)?.partitions ?? []).map((p) => ({ id: p.id, leader: p.leader, isrs: [...p.isrs].sort() }));
  } finally {
    client.close();
  }
}
