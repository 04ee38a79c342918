import { randomUUID } from 'node:crypto';
import { status } from '@grpc/grpc-js';
import { MetadataServiceClient } from '../../src/gen/kafkagateway/v1/metadata_service';
import * as metadataPb from '../../src/gen/kafkagateway/v1/metadata_service';
import { credentials } from '@grpc/grpc-js';
import { startTestGateway } from '../helpers/gateway';
import { createTopic, failure, gatewayClients, promisify } from '../helpers/kafka-clients';
import { brokerScriptAsync, TEST_BROKER_ENV } from '../helpers/test-broker';

describe('consumer groups: GetMemberId and the groups of GetMetadata', () => {
  let gateway: Awaited<ReturnType<typeof startTestGateway>>;
  let api: ReturnType<typeof gatewayClients>;
  let metadataClient: MetadataServiceClient;
  let metadata: ReturnType<typeof promisify<MetadataServiceClient>>;

  beforeAll(async () => {
    gateway = await startTestGateway();
    api = gatewayClients(gateway.address);
    metadataClient = new MetadataServiceClient(gateway.address, credentials.createInsecure());
    metadata = promisify(metadataClient, metadataPb);
  });
  afterAll(async () => {
    api.close();
    metadataClient.close();
    await gateway.stop();
  });

  it("GetMemberId is the member id Kafka's own kafka-consumer-groups reports, and GetMetadata lists the group with its assignment", async () => {
    const topic = `mg-${randomUUID()}`;
    await createTopic(topic, 2);
    const group = `g-${randomUUID()}`;
    const { consumer } = await api.consumer.createConsumer({ config: { 'group.id': group } });
    // Not a member before joining.
    expect((await api.consumer.getMemberId({ consumer })).memberId).toBe('');
    await api.consumer.subscribe({ consumer, topics: [topic] });
    let memberId = '';
    for (let i = 0; i < 20 && !memberId; i++) {
      await api.consumer.poll({ consumer, timeoutMs: 500 });
      memberId = (await api.consumer.getMemberId({ consumer, timeoutMs: 5000 })).memberId;
    }
    expect(memberId).toMatch(/^kgw-/);

    const described = await brokerScriptAsync('consumer-groups', TEST_BROKER_ENV, ['--describe', '--group', group, '--members']);
    expect(described.code).toBe(0);
    const row = described.stdout.split('\n').find((l) => l.startsWith(group));
    expect(row?.split(/\s+/)[1]).toBe(memberId);

    const { groups, groupsError } = await metadata.getMetadata({ timeoutMs: 5000 });
    expect(groupsError).toBe('');
    const mine = groups.find((g) => g.groupId === group);
    expect(mine).toMatchObject({ state: 'Stable', protocolType: 'consumer', errorCode: 0 });
    expect(mine!.members).toHaveLength(1);
    expect(mine!.members[0]!.memberId).toBe(memberId);
    expect(mine!.members[0]!.assignment.sort((a, b) => a.partition - b.partition)).toEqual([
      { topic, partition: 0 },
      { topic, partition: 1 },
    ]);
    await api.consumer.closeConsumer({ consumer });
    expect((await failure(api.consumer.getMemberId({ consumer }))).code).toBe(status.NOT_FOUND);
  }, 120_000);
});
