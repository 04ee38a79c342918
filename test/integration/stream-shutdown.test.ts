import { status } from '@grpc/grpc-js';
import { ProduceRecord, ProduceStreamRequest, type ProduceStreamResponse } from '../../src/gen/kafkagateway/v1/producer_service';
import { TailTableRequest, type TailTableResponse } from '../../src/gen/kafkagateway/v1/table_service';
import { DataType } from '../../src/gen/kafkagateway/v1/value';
import { startTestGateway } from '../helpers/gateway';
import { freshTopic, gatewayClients } from '../helpers/kafka-clients';
import { FrameReader, waitFor } from '../helpers/streams';

/**
 * Every stream, whatever its kind, goes through one adapter that registers it for shutdown: a gateway that stops
 * ends them with UNAVAILABLE instead of waiting out its shutdown timeout while a client keeps a stream open.
 */
describe('streams at shutdown', () => {
  it('ends an open ProduceStream and a TailTable stream with UNAVAILABLE, after answering what was sent', async () => {
    const gateway = await startTestGateway(undefined, { shutdownTimeoutMs: 30_000 });
    const api = gatewayClients(gateway.address);
    try {
      const topic = await freshTopic('shutdown');
      const { producer } = await api.producer.createProducer({ config: {} });
      const produce = new FrameReader<ProduceStreamResponse>(api.raw.producer.produceStream());
      const record = ProduceRecord.fromPartial({ topic, payload: { $case: 'rawValue', value: Buffer.from('before the stop') } });
      (produce.call as unknown as { write(r: ProduceStreamRequest): void }).write(ProduceStreamRequest.fromPartial({ producer, record }));
      const answered = await produce.next();
      expect(answered?.result?.deliveries.length).toBe(1);

      await api.tables.createTable({ name: 'tailed', columns: [{ name: 'id', type: DataType.DATA_TYPE_INT, scale: 0 }] });
      const tail = new FrameReader<TailTableResponse>(api.raw.tables.tailTable(TailTableRequest.fromPartial({ table: 'tailed' })));
      await waitFor(() => gateway.streams.count === 2);

      const started = Date.now();
      await gateway.stop();
      // Well inside the 30 s shutdown timeout: the streams were ended, not waited out.
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(await produce.next(5_000)).toBeUndefined();
      expect(produce.error?.code).toBe(status.UNAVAILABLE);
      expect(produce.error?.details).toBe('the gateway is shutting down');
      // The tail may have sent its (empty) first frame before the stop.
      while (await tail.next(5_000));
      expect(tail.error?.code).toBe(status.UNAVAILABLE);
    } finally {
      api.close();
      await gateway.stop();
    }
  });
});
