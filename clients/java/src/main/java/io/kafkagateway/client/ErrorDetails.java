package io.kafkagateway.client;

import com.google.protobuf.Any;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.ErrorInfo;
import io.grpc.Status;
import io.grpc.protobuf.StatusProto;
import java.util.Map;

/** What the gateway says about a failed call: the gRPC code, the message and the ErrorInfo detail. */
public record ErrorDetails(Status.Code code, String message, String reason, Map<String, String> metadata) {

  /** Reads the google.rpc.Status that the gateway sends in the grpc-status-details-bin trailer. */
  public static ErrorDetails of(Throwable error) {
    Status status = Status.fromThrowable(error);
    com.google.rpc.Status details = StatusProto.fromThrowable(error);
    if (details != null) {
      for (Any detail : details.getDetailsList()) {
        if (!detail.is(ErrorInfo.class)) continue;
        try {
          ErrorInfo info = detail.unpack(ErrorInfo.class);
          return new ErrorDetails(status.getCode(), status.getDescription(), info.getReason(), info.getMetadataMap());
        } catch (InvalidProtocolBufferException e) {
          break;
        }
      }
    }
    return new ErrorDetails(status.getCode(), status.getDescription(), "", Map.of());
  }
}
