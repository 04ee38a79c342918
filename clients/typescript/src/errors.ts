import type { ServiceError, status } from '@grpc/grpc-js';
import { ErrorInfo } from './gen/google/rpc/error_details';
import { Status } from './gen/google/rpc/status';

/** What the gateway says about a failed call: the gRPC code, its message and the ErrorInfo detail. */
export interface ErrorDetails {
  code: status;
  message: string;
  reason: string;
  metadata: Record<string, string>;
}

/** Reads the google.rpc.Status the gateway sends in the grpc-status-details-bin trailer of a failed call. */
export function errorDetails(err: ServiceError): ErrorDetails {
  const details: ErrorDetails = { code: err.code, message: err.details, reason: '', metadata: {} };
  const [bin] = err.metadata?.get('grpc-status-details-bin') ?? [];
  if (!Buffer.isBuffer(bin)) return details;
  for (const any of Status.decode(bin).details) {
    if (any.typeUrl !== 'type.googleapis.com/google.rpc.ErrorInfo') continue;
    const info = ErrorInfo.decode(any.value);
    details.reason = info.reason;
    details.metadata = info.metadata;
  }
  return details;
}
