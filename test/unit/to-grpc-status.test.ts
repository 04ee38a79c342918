import { status } from '@grpc/grpc-js';
import { GatewayError, invalidArgument, notFound } from '../../src/errors';
import { createLogger } from '../../src/logger';
import { toGrpcStatus } from '../../src/server/status/to-grpc-status';

const log = createLogger('silent');

function kafkaError(code: number, message: string, isRetriable = false) {
  return Object.assign(new Error(message), { code, isRetriable });
}

describe('toGrpcStatus', () => {
  it('maps gateway error kinds to their gRPC codes and keeps the message', () => {
    expect(toGrpcStatus(invalidArgument('timeout_ms must not be negative'), log)).toMatchObject({
      code: status.INVALID_ARGUMENT,
      details: 'timeout_ms must not be negative',
    });
    expect(toGrpcStatus(notFound('no such topic'), log).code).toBe(status.NOT_FOUND);
    expect(toGrpcStatus(new GatewayError('RESOURCE_EXHAUSTED', 'TOO_MANY_HANDLES', 'too many'), log).code).toBe(
      status.RESOURCE_EXHAUSTED,
    );
  });

  it('maps librdkafka codes through the table, with the plugin prefix', () => {
    expect(toGrpcStatus(kafkaError(-195, 'Local: Broker transport failure'), log)).toMatchObject({
      code: status.UNAVAILABLE,
      details: '[PLUGIN::KAFKA] Local: Broker transport failure',
    });
    expect(toGrpcStatus(kafkaError(3, 'Broker: Unknown topic or partition'), log).code).toBe(status.NOT_FOUND);
    expect(toGrpcStatus(kafkaError(-185, 'Local: Timed out'), log).code).toBe(status.DEADLINE_EXCEEDED);
    expect(toGrpcStatus(kafkaError(-184, 'Local: Queue full'), log).code).toBe(status.RESOURCE_EXHAUSTED);
  });

  it('treats an unmapped but retriable Kafka error as UNAVAILABLE', () => {
    expect(toGrpcStatus(kafkaError(1234, 'something transient', true), log).code).toBe(status.UNAVAILABLE);
  });

  it('hides the text of unexpected errors', () => {
    const result = toGrpcStatus(new TypeError('secret internals at /srv/x.ts:12'), log);
    expect(result).toMatchObject({ code: status.INTERNAL, details: 'internal error' });
  });
});
