import { status } from '@grpc/grpc-js';
import { GatewayError, invalidArgument, notFound } from '../../src/errors';
import { createLogger } from '../../src/logger';
import { ErrorInfo } from '../../src/gen/google/rpc/error_details';
import { Status } from '../../src/gen/google/rpc/status';
import { toGrpcStatus, toStatusProto } from '../../src/server/status/to-grpc-status';

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

  it('treats an unmapped but retriable Kafka error as UNAVAILABLE, and never answers UNKNOWN', () => {
    expect(toGrpcStatus(kafkaError(1234, 'something transient', true), log).code).toBe(status.UNAVAILABLE);
    expect(toGrpcStatus(kafkaError(1235, 'something else'), log).code).toBe(status.FAILED_PRECONDITION);
  });

  it('calls "Waiting for coordinator" UNAVAILABLE and retriable, as it is', () => {
    const s = toStatusProto(kafkaError(-180, 'Local: Waiting for coordinator'), log);
    expect(s.code).toBe(status.UNAVAILABLE);
    const info = ErrorInfo.decode(s.details[0]!.value);
    expect(info).toMatchObject({ reason: 'COORDINATOR_UNAVAILABLE', metadata: { kafka_name: 'ERR__WAIT_COORD', retriable: 'true' } });
  });

  it('hides the text of unexpected errors', () => {
    const result = toGrpcStatus(new TypeError('secret internals at /srv/x.ts:12'), log);
    expect(result).toMatchObject({ code: status.INTERNAL, details: 'internal error' });
  });
});

describe('status details', () => {
  /** What a client's status-details helper does: read the trailer, decode Status, then its ErrorInfo. */
  function errorInfoOf(err: unknown) {
    const s = toGrpcStatus(err, log);
    const [bin] = s.metadata!.get('grpc-status-details-bin') as Buffer[];
    const decoded = Status.decode(bin!);
    expect(decoded.code).toBe(s.code);
    expect(decoded.message).toBe(s.details);
    expect(decoded.details).toHaveLength(1);
    expect(decoded.details[0]!.typeUrl).toBe('type.googleapis.com/google.rpc.ErrorInfo');
    return ErrorInfo.decode(decoded.details[0]!.value);
  }

  it('carries the reason of a gateway error in an ErrorInfo', () => {
    expect(errorInfoOf(new GatewayError('RESOURCE_EXHAUSTED', 'TOO_MANY_HANDLES', 'too many'))).toEqual({
      reason: 'TOO_MANY_HANDLES',
      domain: 'kafkagateway',
      metadata: {},
    });
  });

  it('carries the Kafka code, name and retriability of a librdkafka error', () => {
    expect(errorInfoOf(kafkaError(-184, 'Local: Queue full', true))).toEqual({
      reason: 'PRODUCER_QUEUE_FULL',
      domain: 'kafkagateway',
      metadata: { kafka_code: '-184', kafka_name: 'ERR__QUEUE_FULL', retriable: 'true' },
    });
  });

  it('builds the same Status for in-band errors', () => {
    const s = toStatusProto(notFound('gone', 'HANDLE_NOT_FOUND'), log);
    expect(s.code).toBe(status.NOT_FOUND);
    expect(ErrorInfo.decode(s.details[0]!.value).reason).toBe('HANDLE_NOT_FOUND');
  });
});
