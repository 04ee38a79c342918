package io.kafkagateway.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * QueueService gives the plugin's queues of a consumer. node-rdkafka has no librdkafka queue API, so a queue is
 * the gateway's own: what the gateway fetched for the consumer and has not yet handed out, routed as librdkafka
 * routes it. The consumer queue is what Poll and Consume read; a partition queue takes one partition's messages
 * away from it; the main queue holds the consumer's events (errors, rebalances, commits, statistics, logs) from
 * the moment GetMainQueue is called. Every queue holds at most its limits; the partitions feeding a full queue
 * are paused until it has room, and the consumer stays in its group meanwhile.
 * Queue handles belong to their consumer: closing the consumer closes them, and later calls get NOT_FOUND.
 * Common gRPC error codes: INVALID_ARGUMENT for a bad argument or a handle of another kind ("queue should be a
 * queue handle."), NOT_FOUND for an unknown or closed handle.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler (version 1.71.0)",
    comments = "Source: kafkagateway/v1/queue_service.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class QueueServiceGrpc {

  private QueueServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "kafkagateway.v1.QueueService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.GetMainQueueRequest,
      io.kafkagateway.v1.GetMainQueueResponse> getGetMainQueueMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetMainQueue",
      requestType = io.kafkagateway.v1.GetMainQueueRequest.class,
      responseType = io.kafkagateway.v1.GetMainQueueResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.GetMainQueueRequest,
      io.kafkagateway.v1.GetMainQueueResponse> getGetMainQueueMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.GetMainQueueRequest, io.kafkagateway.v1.GetMainQueueResponse> getGetMainQueueMethod;
    if ((getGetMainQueueMethod = QueueServiceGrpc.getGetMainQueueMethod) == null) {
      synchronized (QueueServiceGrpc.class) {
        if ((getGetMainQueueMethod = QueueServiceGrpc.getGetMainQueueMethod) == null) {
          QueueServiceGrpc.getGetMainQueueMethod = getGetMainQueueMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.GetMainQueueRequest, io.kafkagateway.v1.GetMainQueueResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetMainQueue"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetMainQueueRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetMainQueueResponse.getDefaultInstance()))
              .setSchemaDescriptor(new QueueServiceMethodDescriptorSupplier("GetMainQueue"))
              .build();
        }
      }
    }
    return getGetMainQueueMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.GetConsumerQueueRequest,
      io.kafkagateway.v1.GetConsumerQueueResponse> getGetConsumerQueueMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetConsumerQueue",
      requestType = io.kafkagateway.v1.GetConsumerQueueRequest.class,
      responseType = io.kafkagateway.v1.GetConsumerQueueResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.GetConsumerQueueRequest,
      io.kafkagateway.v1.GetConsumerQueueResponse> getGetConsumerQueueMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.GetConsumerQueueRequest, io.kafkagateway.v1.GetConsumerQueueResponse> getGetConsumerQueueMethod;
    if ((getGetConsumerQueueMethod = QueueServiceGrpc.getGetConsumerQueueMethod) == null) {
      synchronized (QueueServiceGrpc.class) {
        if ((getGetConsumerQueueMethod = QueueServiceGrpc.getGetConsumerQueueMethod) == null) {
          QueueServiceGrpc.getGetConsumerQueueMethod = getGetConsumerQueueMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.GetConsumerQueueRequest, io.kafkagateway.v1.GetConsumerQueueResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetConsumerQueue"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetConsumerQueueRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetConsumerQueueResponse.getDefaultInstance()))
              .setSchemaDescriptor(new QueueServiceMethodDescriptorSupplier("GetConsumerQueue"))
              .build();
        }
      }
    }
    return getGetConsumerQueueMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.GetPartitionQueueRequest,
      io.kafkagateway.v1.GetPartitionQueueResponse> getGetPartitionQueueMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetPartitionQueue",
      requestType = io.kafkagateway.v1.GetPartitionQueueRequest.class,
      responseType = io.kafkagateway.v1.GetPartitionQueueResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.GetPartitionQueueRequest,
      io.kafkagateway.v1.GetPartitionQueueResponse> getGetPartitionQueueMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.GetPartitionQueueRequest, io.kafkagateway.v1.GetPartitionQueueResponse> getGetPartitionQueueMethod;
    if ((getGetPartitionQueueMethod = QueueServiceGrpc.getGetPartitionQueueMethod) == null) {
      synchronized (QueueServiceGrpc.class) {
        if ((getGetPartitionQueueMethod = QueueServiceGrpc.getGetPartitionQueueMethod) == null) {
          QueueServiceGrpc.getGetPartitionQueueMethod = getGetPartitionQueueMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.GetPartitionQueueRequest, io.kafkagateway.v1.GetPartitionQueueResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetPartitionQueue"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetPartitionQueueRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetPartitionQueueResponse.getDefaultInstance()))
              .setSchemaDescriptor(new QueueServiceMethodDescriptorSupplier("GetPartitionQueue"))
              .build();
        }
      }
    }
    return getGetPartitionQueueMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.QueueLengthRequest,
      io.kafkagateway.v1.QueueLengthResponse> getQueueLengthMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "QueueLength",
      requestType = io.kafkagateway.v1.QueueLengthRequest.class,
      responseType = io.kafkagateway.v1.QueueLengthResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.QueueLengthRequest,
      io.kafkagateway.v1.QueueLengthResponse> getQueueLengthMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.QueueLengthRequest, io.kafkagateway.v1.QueueLengthResponse> getQueueLengthMethod;
    if ((getQueueLengthMethod = QueueServiceGrpc.getQueueLengthMethod) == null) {
      synchronized (QueueServiceGrpc.class) {
        if ((getQueueLengthMethod = QueueServiceGrpc.getQueueLengthMethod) == null) {
          QueueServiceGrpc.getQueueLengthMethod = getQueueLengthMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.QueueLengthRequest, io.kafkagateway.v1.QueueLengthResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "QueueLength"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.QueueLengthRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.QueueLengthResponse.getDefaultInstance()))
              .setSchemaDescriptor(new QueueServiceMethodDescriptorSupplier("QueueLength"))
              .build();
        }
      }
    }
    return getQueueLengthMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.ForwardQueueRequest,
      io.kafkagateway.v1.ForwardQueueResponse> getForwardQueueMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ForwardQueue",
      requestType = io.kafkagateway.v1.ForwardQueueRequest.class,
      responseType = io.kafkagateway.v1.ForwardQueueResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.ForwardQueueRequest,
      io.kafkagateway.v1.ForwardQueueResponse> getForwardQueueMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.ForwardQueueRequest, io.kafkagateway.v1.ForwardQueueResponse> getForwardQueueMethod;
    if ((getForwardQueueMethod = QueueServiceGrpc.getForwardQueueMethod) == null) {
      synchronized (QueueServiceGrpc.class) {
        if ((getForwardQueueMethod = QueueServiceGrpc.getForwardQueueMethod) == null) {
          QueueServiceGrpc.getForwardQueueMethod = getForwardQueueMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.ForwardQueueRequest, io.kafkagateway.v1.ForwardQueueResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ForwardQueue"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.ForwardQueueRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.ForwardQueueResponse.getDefaultInstance()))
              .setSchemaDescriptor(new QueueServiceMethodDescriptorSupplier("ForwardQueue"))
              .build();
        }
      }
    }
    return getForwardQueueMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.UnforwardQueueRequest,
      io.kafkagateway.v1.UnforwardQueueResponse> getUnforwardQueueMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "UnforwardQueue",
      requestType = io.kafkagateway.v1.UnforwardQueueRequest.class,
      responseType = io.kafkagateway.v1.UnforwardQueueResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.UnforwardQueueRequest,
      io.kafkagateway.v1.UnforwardQueueResponse> getUnforwardQueueMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.UnforwardQueueRequest, io.kafkagateway.v1.UnforwardQueueResponse> getUnforwardQueueMethod;
    if ((getUnforwardQueueMethod = QueueServiceGrpc.getUnforwardQueueMethod) == null) {
      synchronized (QueueServiceGrpc.class) {
        if ((getUnforwardQueueMethod = QueueServiceGrpc.getUnforwardQueueMethod) == null) {
          QueueServiceGrpc.getUnforwardQueueMethod = getUnforwardQueueMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.UnforwardQueueRequest, io.kafkagateway.v1.UnforwardQueueResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "UnforwardQueue"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.UnforwardQueueRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.UnforwardQueueResponse.getDefaultInstance()))
              .setSchemaDescriptor(new QueueServiceMethodDescriptorSupplier("UnforwardQueue"))
              .build();
        }
      }
    }
    return getUnforwardQueueMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.SetQueueTimeoutRequest,
      io.kafkagateway.v1.SetQueueTimeoutResponse> getSetQueueTimeoutMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetQueueTimeout",
      requestType = io.kafkagateway.v1.SetQueueTimeoutRequest.class,
      responseType = io.kafkagateway.v1.SetQueueTimeoutResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.SetQueueTimeoutRequest,
      io.kafkagateway.v1.SetQueueTimeoutResponse> getSetQueueTimeoutMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.SetQueueTimeoutRequest, io.kafkagateway.v1.SetQueueTimeoutResponse> getSetQueueTimeoutMethod;
    if ((getSetQueueTimeoutMethod = QueueServiceGrpc.getSetQueueTimeoutMethod) == null) {
      synchronized (QueueServiceGrpc.class) {
        if ((getSetQueueTimeoutMethod = QueueServiceGrpc.getSetQueueTimeoutMethod) == null) {
          QueueServiceGrpc.getSetQueueTimeoutMethod = getSetQueueTimeoutMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.SetQueueTimeoutRequest, io.kafkagateway.v1.SetQueueTimeoutResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetQueueTimeout"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.SetQueueTimeoutRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.SetQueueTimeoutResponse.getDefaultInstance()))
              .setSchemaDescriptor(new QueueServiceMethodDescriptorSupplier("SetQueueTimeout"))
              .build();
        }
      }
    }
    return getSetQueueTimeoutMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.GetQueueTimeoutRequest,
      io.kafkagateway.v1.GetQueueTimeoutResponse> getGetQueueTimeoutMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetQueueTimeout",
      requestType = io.kafkagateway.v1.GetQueueTimeoutRequest.class,
      responseType = io.kafkagateway.v1.GetQueueTimeoutResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.GetQueueTimeoutRequest,
      io.kafkagateway.v1.GetQueueTimeoutResponse> getGetQueueTimeoutMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.GetQueueTimeoutRequest, io.kafkagateway.v1.GetQueueTimeoutResponse> getGetQueueTimeoutMethod;
    if ((getGetQueueTimeoutMethod = QueueServiceGrpc.getGetQueueTimeoutMethod) == null) {
      synchronized (QueueServiceGrpc.class) {
        if ((getGetQueueTimeoutMethod = QueueServiceGrpc.getGetQueueTimeoutMethod) == null) {
          QueueServiceGrpc.getGetQueueTimeoutMethod = getGetQueueTimeoutMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.GetQueueTimeoutRequest, io.kafkagateway.v1.GetQueueTimeoutResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetQueueTimeout"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetQueueTimeoutRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetQueueTimeoutResponse.getDefaultInstance()))
              .setSchemaDescriptor(new QueueServiceMethodDescriptorSupplier("GetQueueTimeout"))
              .build();
        }
      }
    }
    return getGetQueueTimeoutMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.QueuePollRequest,
      io.kafkagateway.v1.QueuePollResponse> getQueuePollMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "QueuePoll",
      requestType = io.kafkagateway.v1.QueuePollRequest.class,
      responseType = io.kafkagateway.v1.QueuePollResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.QueuePollRequest,
      io.kafkagateway.v1.QueuePollResponse> getQueuePollMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.QueuePollRequest, io.kafkagateway.v1.QueuePollResponse> getQueuePollMethod;
    if ((getQueuePollMethod = QueueServiceGrpc.getQueuePollMethod) == null) {
      synchronized (QueueServiceGrpc.class) {
        if ((getQueuePollMethod = QueueServiceGrpc.getQueuePollMethod) == null) {
          QueueServiceGrpc.getQueuePollMethod = getQueuePollMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.QueuePollRequest, io.kafkagateway.v1.QueuePollResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "QueuePoll"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.QueuePollRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.QueuePollResponse.getDefaultInstance()))
              .setSchemaDescriptor(new QueueServiceMethodDescriptorSupplier("QueuePoll"))
              .build();
        }
      }
    }
    return getQueuePollMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.QueuePollBatchRequest,
      io.kafkagateway.v1.QueuePollBatchResponse> getQueuePollBatchMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "QueuePollBatch",
      requestType = io.kafkagateway.v1.QueuePollBatchRequest.class,
      responseType = io.kafkagateway.v1.QueuePollBatchResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.QueuePollBatchRequest,
      io.kafkagateway.v1.QueuePollBatchResponse> getQueuePollBatchMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.QueuePollBatchRequest, io.kafkagateway.v1.QueuePollBatchResponse> getQueuePollBatchMethod;
    if ((getQueuePollBatchMethod = QueueServiceGrpc.getQueuePollBatchMethod) == null) {
      synchronized (QueueServiceGrpc.class) {
        if ((getQueuePollBatchMethod = QueueServiceGrpc.getQueuePollBatchMethod) == null) {
          QueueServiceGrpc.getQueuePollBatchMethod = getQueuePollBatchMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.QueuePollBatchRequest, io.kafkagateway.v1.QueuePollBatchResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "QueuePollBatch"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.QueuePollBatchRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.QueuePollBatchResponse.getDefaultInstance()))
              .setSchemaDescriptor(new QueueServiceMethodDescriptorSupplier("QueuePollBatch"))
              .build();
        }
      }
    }
    return getQueuePollBatchMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.QueueEventRequest,
      io.kafkagateway.v1.QueueEventResponse> getQueueEventMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "QueueEvent",
      requestType = io.kafkagateway.v1.QueueEventRequest.class,
      responseType = io.kafkagateway.v1.QueueEventResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.QueueEventRequest,
      io.kafkagateway.v1.QueueEventResponse> getQueueEventMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.QueueEventRequest, io.kafkagateway.v1.QueueEventResponse> getQueueEventMethod;
    if ((getQueueEventMethod = QueueServiceGrpc.getQueueEventMethod) == null) {
      synchronized (QueueServiceGrpc.class) {
        if ((getQueueEventMethod = QueueServiceGrpc.getQueueEventMethod) == null) {
          QueueServiceGrpc.getQueueEventMethod = getQueueEventMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.QueueEventRequest, io.kafkagateway.v1.QueueEventResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "QueueEvent"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.QueueEventRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.QueueEventResponse.getDefaultInstance()))
              .setSchemaDescriptor(new QueueServiceMethodDescriptorSupplier("QueueEvent"))
              .build();
        }
      }
    }
    return getQueueEventMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.CloseQueueRequest,
      io.kafkagateway.v1.CloseQueueResponse> getCloseQueueMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CloseQueue",
      requestType = io.kafkagateway.v1.CloseQueueRequest.class,
      responseType = io.kafkagateway.v1.CloseQueueResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.CloseQueueRequest,
      io.kafkagateway.v1.CloseQueueResponse> getCloseQueueMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.CloseQueueRequest, io.kafkagateway.v1.CloseQueueResponse> getCloseQueueMethod;
    if ((getCloseQueueMethod = QueueServiceGrpc.getCloseQueueMethod) == null) {
      synchronized (QueueServiceGrpc.class) {
        if ((getCloseQueueMethod = QueueServiceGrpc.getCloseQueueMethod) == null) {
          QueueServiceGrpc.getCloseQueueMethod = getCloseQueueMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.CloseQueueRequest, io.kafkagateway.v1.CloseQueueResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CloseQueue"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.CloseQueueRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.CloseQueueResponse.getDefaultInstance()))
              .setSchemaDescriptor(new QueueServiceMethodDescriptorSupplier("CloseQueue"))
              .build();
        }
      }
    }
    return getCloseQueueMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.StreamQueueRequest,
      io.kafkagateway.v1.StreamQueueResponse> getStreamQueueMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "StreamQueue",
      requestType = io.kafkagateway.v1.StreamQueueRequest.class,
      responseType = io.kafkagateway.v1.StreamQueueResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.StreamQueueRequest,
      io.kafkagateway.v1.StreamQueueResponse> getStreamQueueMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.StreamQueueRequest, io.kafkagateway.v1.StreamQueueResponse> getStreamQueueMethod;
    if ((getStreamQueueMethod = QueueServiceGrpc.getStreamQueueMethod) == null) {
      synchronized (QueueServiceGrpc.class) {
        if ((getStreamQueueMethod = QueueServiceGrpc.getStreamQueueMethod) == null) {
          QueueServiceGrpc.getStreamQueueMethod = getStreamQueueMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.StreamQueueRequest, io.kafkagateway.v1.StreamQueueResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "StreamQueue"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.StreamQueueRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.StreamQueueResponse.getDefaultInstance()))
              .setSchemaDescriptor(new QueueServiceMethodDescriptorSupplier("StreamQueue"))
              .build();
        }
      }
    }
    return getStreamQueueMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static QueueServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<QueueServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<QueueServiceStub>() {
        @java.lang.Override
        public QueueServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new QueueServiceStub(channel, callOptions);
        }
      };
    return QueueServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static QueueServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<QueueServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<QueueServiceBlockingV2Stub>() {
        @java.lang.Override
        public QueueServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new QueueServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return QueueServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static QueueServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<QueueServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<QueueServiceBlockingStub>() {
        @java.lang.Override
        public QueueServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new QueueServiceBlockingStub(channel, callOptions);
        }
      };
    return QueueServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static QueueServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<QueueServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<QueueServiceFutureStub>() {
        @java.lang.Override
        public QueueServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new QueueServiceFutureStub(channel, callOptions);
        }
      };
    return QueueServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * QueueService gives the plugin's queues of a consumer. node-rdkafka has no librdkafka queue API, so a queue is
   * the gateway's own: what the gateway fetched for the consumer and has not yet handed out, routed as librdkafka
   * routes it. The consumer queue is what Poll and Consume read; a partition queue takes one partition's messages
   * away from it; the main queue holds the consumer's events (errors, rebalances, commits, statistics, logs) from
   * the moment GetMainQueue is called. Every queue holds at most its limits; the partitions feeding a full queue
   * are paused until it has room, and the consumer stays in its group meanwhile.
   * Queue handles belong to their consumer: closing the consumer closes them, and later calls get NOT_FOUND.
   * Common gRPC error codes: INVALID_ARGUMENT for a bad argument or a handle of another kind ("queue should be a
   * queue handle."), NOT_FOUND for an unknown or closed handle.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * The plugin's getMainQueue: the consumer's events are kept in this queue from now on.
     * </pre>
     */
    default void getMainQueue(io.kafkagateway.v1.GetMainQueueRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetMainQueueResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetMainQueueMethod(), responseObserver);
    }

    /**
     * <pre>
     * The plugin's getConsumerQueue: the queue Poll, PollBatch and Consume read.
     * </pre>
     */
    default void getConsumerQueue(io.kafkagateway.v1.GetConsumerQueueRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetConsumerQueueResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetConsumerQueueMethod(), responseObserver);
    }

    /**
     * <pre>
     * The plugin's getPartitionQueue: one partition's messages go to this queue instead of the consumer queue,
     * until the queue is closed (then they, and what the queue held, go back).
     * </pre>
     */
    default void getPartitionQueue(io.kafkagateway.v1.GetPartitionQueueRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetPartitionQueueResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetPartitionQueueMethod(), responseObserver);
    }

    /**
     * <pre>
     * The plugin's queueLength: what the queue holds now.
     * </pre>
     */
    default void queueLength(io.kafkagateway.v1.QueueLengthRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.QueueLengthResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getQueueLengthMethod(), responseObserver);
    }

    /**
     * <pre>
     * The plugin's forToQueue: what arrives in the queue goes to the destination, and what it holds moves there.
     * </pre>
     */
    default void forwardQueue(io.kafkagateway.v1.ForwardQueueRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.ForwardQueueResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getForwardQueueMethod(), responseObserver);
    }

    /**
     * <pre>
     * The plugin's disforToQueue: the queue keeps what arrives again.
     * </pre>
     */
    default void unforwardQueue(io.kafkagateway.v1.UnforwardQueueRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.UnforwardQueueResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUnforwardQueueMethod(), responseObserver);
    }

    /**
     * <pre>
     * The plugin's setQueueTime: how long QueuePoll, QueuePollBatch and QueueEvent wait by default.
     * </pre>
     */
    default void setQueueTimeout(io.kafkagateway.v1.SetQueueTimeoutRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.SetQueueTimeoutResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetQueueTimeoutMethod(), responseObserver);
    }

    /**
     * <pre>
     * The plugin's getQueueTime.
     * </pre>
     */
    default void getQueueTimeout(io.kafkagateway.v1.GetQueueTimeoutRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetQueueTimeoutResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetQueueTimeoutMethod(), responseObserver);
    }

    /**
     * <pre>
     * The plugin's queuePoll: one message from the queue.
     * </pre>
     */
    default void queuePoll(io.kafkagateway.v1.QueuePollRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.QueuePollResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getQueuePollMethod(), responseObserver);
    }

    /**
     * <pre>
     * The plugin's queuePollBatch: several messages from the queue.
     * </pre>
     */
    default void queuePollBatch(io.kafkagateway.v1.QueuePollBatchRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.QueuePollBatchResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getQueuePollBatchMethod(), responseObserver);
    }

    /**
     * <pre>
     * The plugin's queueEvent: the next event of the queue, as an event handle (EventService). Messages make a
     * Fetch event holding them; nothing within the timeout makes an empty event.
     * </pre>
     */
    default void queueEvent(io.kafkagateway.v1.QueueEventRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.QueueEventResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getQueueEventMethod(), responseObserver);
    }

    /**
     * <pre>
     * Closes the queue handle. A partition queue's last handle gives the partition back to the consumer queue; the
     * main queue's last handle stops keeping events.
     * </pre>
     */
    default void closeQueue(io.kafkagateway.v1.CloseQueueRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.CloseQueueResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCloseQueueMethod(), responseObserver);
    }

    /**
     * <pre>
     * A queue's messages and events as a stream, with Consume's frames, limits and backpressure (beyond the
     * plugin). It ends with NOT_FOUND when the queue or its consumer is closed.
     * </pre>
     */
    default void streamQueue(io.kafkagateway.v1.StreamQueueRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.StreamQueueResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getStreamQueueMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service QueueService.
   * <pre>
   * QueueService gives the plugin's queues of a consumer. node-rdkafka has no librdkafka queue API, so a queue is
   * the gateway's own: what the gateway fetched for the consumer and has not yet handed out, routed as librdkafka
   * routes it. The consumer queue is what Poll and Consume read; a partition queue takes one partition's messages
   * away from it; the main queue holds the consumer's events (errors, rebalances, commits, statistics, logs) from
   * the moment GetMainQueue is called. Every queue holds at most its limits; the partitions feeding a full queue
   * are paused until it has room, and the consumer stays in its group meanwhile.
   * Queue handles belong to their consumer: closing the consumer closes them, and later calls get NOT_FOUND.
   * Common gRPC error codes: INVALID_ARGUMENT for a bad argument or a handle of another kind ("queue should be a
   * queue handle."), NOT_FOUND for an unknown or closed handle.
   * </pre>
   */
  public static abstract class QueueServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return QueueServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service QueueService.
   * <pre>
   * QueueService gives the plugin's queues of a consumer. node-rdkafka has no librdkafka queue API, so a queue is
   * the gateway's own: what the gateway fetched for the consumer and has not yet handed out, routed as librdkafka
   * routes it. The consumer queue is what Poll and Consume read; a partition queue takes one partition's messages
   * away from it; the main queue holds the consumer's events (errors, rebalances, commits, statistics, logs) from
   * the moment GetMainQueue is called. Every queue holds at most its limits; the partitions feeding a full queue
   * are paused until it has room, and the consumer stays in its group meanwhile.
   * Queue handles belong to their consumer: closing the consumer closes them, and later calls get NOT_FOUND.
   * Common gRPC error codes: INVALID_ARGUMENT for a bad argument or a handle of another kind ("queue should be a
   * queue handle."), NOT_FOUND for an unknown or closed handle.
   * </pre>
   */
  public static final class QueueServiceStub
      extends io.grpc.stub.AbstractAsyncStub<QueueServiceStub> {
    private QueueServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected QueueServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new QueueServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * The plugin's getMainQueue: the consumer's events are kept in this queue from now on.
     * </pre>
     */
    public void getMainQueue(io.kafkagateway.v1.GetMainQueueRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetMainQueueResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetMainQueueMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The plugin's getConsumerQueue: the queue Poll, PollBatch and Consume read.
     * </pre>
     */
    public void getConsumerQueue(io.kafkagateway.v1.GetConsumerQueueRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetConsumerQueueResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetConsumerQueueMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The plugin's getPartitionQueue: one partition's messages go to this queue instead of the consumer queue,
     * until the queue is closed (then they, and what the queue held, go back).
     * </pre>
     */
    public void getPartitionQueue(io.kafkagateway.v1.GetPartitionQueueRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetPartitionQueueResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetPartitionQueueMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The plugin's queueLength: what the queue holds now.
     * </pre>
     */
    public void queueLength(io.kafkagateway.v1.QueueLengthRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.QueueLengthResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getQueueLengthMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The plugin's forToQueue: what arrives in the queue goes to the destination, and what it holds moves there.
     * </pre>
     */
    public void forwardQueue(io.kafkagateway.v1.ForwardQueueRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.ForwardQueueResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getForwardQueueMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The plugin's disforToQueue: the queue keeps what arrives again.
     * </pre>
     */
    public void unforwardQueue(io.kafkagateway.v1.UnforwardQueueRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.UnforwardQueueResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUnforwardQueueMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The plugin's setQueueTime: how long QueuePoll, QueuePollBatch and QueueEvent wait by default.
     * </pre>
     */
    public void setQueueTimeout(io.kafkagateway.v1.SetQueueTimeoutRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.SetQueueTimeoutResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetQueueTimeoutMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The plugin's getQueueTime.
     * </pre>
     */
    public void getQueueTimeout(io.kafkagateway.v1.GetQueueTimeoutRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetQueueTimeoutResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetQueueTimeoutMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The plugin's queuePoll: one message from the queue.
     * </pre>
     */
    public void queuePoll(io.kafkagateway.v1.QueuePollRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.QueuePollResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getQueuePollMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The plugin's queuePollBatch: several messages from the queue.
     * </pre>
     */
    public void queuePollBatch(io.kafkagateway.v1.QueuePollBatchRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.QueuePollBatchResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getQueuePollBatchMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The plugin's queueEvent: the next event of the queue, as an event handle (EventService). Messages make a
     * Fetch event holding them; nothing within the timeout makes an empty event.
     * </pre>
     */
    public void queueEvent(io.kafkagateway.v1.QueueEventRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.QueueEventResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getQueueEventMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Closes the queue handle. A partition queue's last handle gives the partition back to the consumer queue; the
     * main queue's last handle stops keeping events.
     * </pre>
     */
    public void closeQueue(io.kafkagateway.v1.CloseQueueRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.CloseQueueResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCloseQueueMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * A queue's messages and events as a stream, with Consume's frames, limits and backpressure (beyond the
     * plugin). It ends with NOT_FOUND when the queue or its consumer is closed.
     * </pre>
     */
    public void streamQueue(io.kafkagateway.v1.StreamQueueRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.StreamQueueResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getStreamQueueMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service QueueService.
   * <pre>
   * QueueService gives the plugin's queues of a consumer. node-rdkafka has no librdkafka queue API, so a queue is
   * the gateway's own: what the gateway fetched for the consumer and has not yet handed out, routed as librdkafka
   * routes it. The consumer queue is what Poll and Consume read; a partition queue takes one partition's messages
   * away from it; the main queue holds the consumer's events (errors, rebalances, commits, statistics, logs) from
   * the moment GetMainQueue is called. Every queue holds at most its limits; the partitions feeding a full queue
   * are paused until it has room, and the consumer stays in its group meanwhile.
   * Queue handles belong to their consumer: closing the consumer closes them, and later calls get NOT_FOUND.
   * Common gRPC error codes: INVALID_ARGUMENT for a bad argument or a handle of another kind ("queue should be a
   * queue handle."), NOT_FOUND for an unknown or closed handle.
   * </pre>
   */
  public static final class QueueServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<QueueServiceBlockingV2Stub> {
    private QueueServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected QueueServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new QueueServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * The plugin's getMainQueue: the consumer's events are kept in this queue from now on.
     * </pre>
     */
    public io.kafkagateway.v1.GetMainQueueResponse getMainQueue(io.kafkagateway.v1.GetMainQueueRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetMainQueueMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The plugin's getConsumerQueue: the queue Poll, PollBatch and Consume read.
     * </pre>
     */
    public io.kafkagateway.v1.GetConsumerQueueResponse getConsumerQueue(io.kafkagateway.v1.GetConsumerQueueRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetConsumerQueueMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The plugin's getPartitionQueue: one partition's messages go to this queue instead of the consumer queue,
     * until the queue is closed (then they, and what the queue held, go back).
     * </pre>
     */
    public io.kafkagateway.v1.GetPartitionQueueResponse getPartitionQueue(io.kafkagateway.v1.GetPartitionQueueRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetPartitionQueueMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The plugin's queueLength: what the queue holds now.
     * </pre>
     */
    public io.kafkagateway.v1.QueueLengthResponse queueLength(io.kafkagateway.v1.QueueLengthRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getQueueLengthMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The plugin's forToQueue: what arrives in the queue goes to the destination, and what it holds moves there.
     * </pre>
     */
    public io.kafkagateway.v1.ForwardQueueResponse forwardQueue(io.kafkagateway.v1.ForwardQueueRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getForwardQueueMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The plugin's disforToQueue: the queue keeps what arrives again.
     * </pre>
     */
    public io.kafkagateway.v1.UnforwardQueueResponse unforwardQueue(io.kafkagateway.v1.UnforwardQueueRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUnforwardQueueMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The plugin's setQueueTime: how long QueuePoll, QueuePollBatch and QueueEvent wait by default.
     * </pre>
     */
    public io.kafkagateway.v1.SetQueueTimeoutResponse setQueueTimeout(io.kafkagateway.v1.SetQueueTimeoutRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetQueueTimeoutMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The plugin's getQueueTime.
     * </pre>
     */
    public io.kafkagateway.v1.GetQueueTimeoutResponse getQueueTimeout(io.kafkagateway.v1.GetQueueTimeoutRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetQueueTimeoutMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The plugin's queuePoll: one message from the queue.
     * </pre>
     */
    public io.kafkagateway.v1.QueuePollResponse queuePoll(io.kafkagateway.v1.QueuePollRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getQueuePollMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The plugin's queuePollBatch: several messages from the queue.
     * </pre>
     */
    public io.kafkagateway.v1.QueuePollBatchResponse queuePollBatch(io.kafkagateway.v1.QueuePollBatchRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getQueuePollBatchMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The plugin's queueEvent: the next event of the queue, as an event handle (EventService). Messages make a
     * Fetch event holding them; nothing within the timeout makes an empty event.
     * </pre>
     */
    public io.kafkagateway.v1.QueueEventResponse queueEvent(io.kafkagateway.v1.QueueEventRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getQueueEventMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Closes the queue handle. A partition queue's last handle gives the partition back to the consumer queue; the
     * main queue's last handle stops keeping events.
     * </pre>
     */
    public io.kafkagateway.v1.CloseQueueResponse closeQueue(io.kafkagateway.v1.CloseQueueRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCloseQueueMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * A queue's messages and events as a stream, with Consume's frames, limits and backpressure (beyond the
     * plugin). It ends with NOT_FOUND when the queue or its consumer is closed.
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<?, io.kafkagateway.v1.StreamQueueResponse>
        streamQueue(io.kafkagateway.v1.StreamQueueRequest request) {
      return io.grpc.stub.ClientCalls.blockingV2ServerStreamingCall(
          getChannel(), getStreamQueueMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service QueueService.
   * <pre>
   * QueueService gives the plugin's queues of a consumer. node-rdkafka has no librdkafka queue API, so a queue is
   * the gateway's own: what the gateway fetched for the consumer and has not yet handed out, routed as librdkafka
   * routes it. The consumer queue is what Poll and Consume read; a partition queue takes one partition's messages
   * away from it; the main queue holds the consumer's events (errors, rebalances, commits, statistics, logs) from
   * the moment GetMainQueue is called. Every queue holds at most its limits; the partitions feeding a full queue
   * are paused until it has room, and the consumer stays in its group meanwhile.
   * Queue handles belong to their consumer: closing the consumer closes them, and later calls get NOT_FOUND.
   * Common gRPC error codes: INVALID_ARGUMENT for a bad argument or a handle of another kind ("queue should be a
   * queue handle."), NOT_FOUND for an unknown or closed handle.
   * </pre>
   */
  public static final class QueueServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<QueueServiceBlockingStub> {
    private QueueServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected QueueServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new QueueServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * The plugin's getMainQueue: the consumer's events are kept in this queue from now on.
     * </pre>
     */
    public io.kafkagateway.v1.GetMainQueueResponse getMainQueue(io.kafkagateway.v1.GetMainQueueRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetMainQueueMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The plugin's getConsumerQueue: the queue Poll, PollBatch and Consume read.
     * </pre>
     */
    public io.kafkagateway.v1.GetConsumerQueueResponse getConsumerQueue(io.kafkagateway.v1.GetConsumerQueueRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetConsumerQueueMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The plugin's getPartitionQueue: one partition's messages go to this queue instead of the consumer queue,
     * until the queue is closed (then they, and what the queue held, go back).
     * </pre>
     */
    public io.kafkagateway.v1.GetPartitionQueueResponse getPartitionQueue(io.kafkagateway.v1.GetPartitionQueueRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetPartitionQueueMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The plugin's queueLength: what the queue holds now.
     * </pre>
     */
    public io.kafkagateway.v1.QueueLengthResponse queueLength(io.kafkagateway.v1.QueueLengthRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getQueueLengthMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The plugin's forToQueue: what arrives in the queue goes to the destination, and what it holds moves there.
     * </pre>
     */
    public io.kafkagateway.v1.ForwardQueueResponse forwardQueue(io.kafkagateway.v1.ForwardQueueRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getForwardQueueMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The plugin's disforToQueue: the queue keeps what arrives again.
     * </pre>
     */
    public io.kafkagateway.v1.UnforwardQueueResponse unforwardQueue(io.kafkagateway.v1.UnforwardQueueRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUnforwardQueueMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The plugin's setQueueTime: how long QueuePoll, QueuePollBatch and QueueEvent wait by default.
     * </pre>
     */
    public io.kafkagateway.v1.SetQueueTimeoutResponse setQueueTimeout(io.kafkagateway.v1.SetQueueTimeoutRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetQueueTimeoutMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The plugin's getQueueTime.
     * </pre>
     */
    public io.kafkagateway.v1.GetQueueTimeoutResponse getQueueTimeout(io.kafkagateway.v1.GetQueueTimeoutRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetQueueTimeoutMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The plugin's queuePoll: one message from the queue.
     * </pre>
     */
    public io.kafkagateway.v1.QueuePollResponse queuePoll(io.kafkagateway.v1.QueuePollRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getQueuePollMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The plugin's queuePollBatch: several messages from the queue.
     * </pre>
     */
    public io.kafkagateway.v1.QueuePollBatchResponse queuePollBatch(io.kafkagateway.v1.QueuePollBatchRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getQueuePollBatchMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The plugin's queueEvent: the next event of the queue, as an event handle (EventService). Messages make a
     * Fetch event holding them; nothing within the timeout makes an empty event.
     * </pre>
     */
    public io.kafkagateway.v1.QueueEventResponse queueEvent(io.kafkagateway.v1.QueueEventRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getQueueEventMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Closes the queue handle. A partition queue's last handle gives the partition back to the consumer queue; the
     * main queue's last handle stops keeping events.
     * </pre>
     */
    public io.kafkagateway.v1.CloseQueueResponse closeQueue(io.kafkagateway.v1.CloseQueueRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCloseQueueMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * A queue's messages and events as a stream, with Consume's frames, limits and backpressure (beyond the
     * plugin). It ends with NOT_FOUND when the queue or its consumer is closed.
     * </pre>
     */
    public java.util.Iterator<io.kafkagateway.v1.StreamQueueResponse> streamQueue(
        io.kafkagateway.v1.StreamQueueRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getStreamQueueMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service QueueService.
   * <pre>
   * QueueService gives the plugin's queues of a consumer. node-rdkafka has no librdkafka queue API, so a queue is
   * the gateway's own: what the gateway fetched for the consumer and has not yet handed out, routed as librdkafka
   * routes it. The consumer queue is what Poll and Consume read; a partition queue takes one partition's messages
   * away from it; the main queue holds the consumer's events (errors, rebalances, commits, statistics, logs) from
   * the moment GetMainQueue is called. Every queue holds at most its limits; the partitions feeding a full queue
   * are paused until it has room, and the consumer stays in its group meanwhile.
   * Queue handles belong to their consumer: closing the consumer closes them, and later calls get NOT_FOUND.
   * Common gRPC error codes: INVALID_ARGUMENT for a bad argument or a handle of another kind ("queue should be a
   * queue handle."), NOT_FOUND for an unknown or closed handle.
   * </pre>
   */
  public static final class QueueServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<QueueServiceFutureStub> {
    private QueueServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected QueueServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new QueueServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * The plugin's getMainQueue: the consumer's events are kept in this queue from now on.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.GetMainQueueResponse> getMainQueue(
        io.kafkagateway.v1.GetMainQueueRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetMainQueueMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The plugin's getConsumerQueue: the queue Poll, PollBatch and Consume read.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.GetConsumerQueueResponse> getConsumerQueue(
        io.kafkagateway.v1.GetConsumerQueueRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetConsumerQueueMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The plugin's getPartitionQueue: one partition's messages go to this queue instead of the consumer queue,
     * until the queue is closed (then they, and what the queue held, go back).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.GetPartitionQueueResponse> getPartitionQueue(
        io.kafkagateway.v1.GetPartitionQueueRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetPartitionQueueMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The plugin's queueLength: what the queue holds now.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.QueueLengthResponse> queueLength(
        io.kafkagateway.v1.QueueLengthRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getQueueLengthMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The plugin's forToQueue: what arrives in the queue goes to the destination, and what it holds moves there.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.ForwardQueueResponse> forwardQueue(
        io.kafkagateway.v1.ForwardQueueRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getForwardQueueMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The plugin's disforToQueue: the queue keeps what arrives again.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.UnforwardQueueResponse> unforwardQueue(
        io.kafkagateway.v1.UnforwardQueueRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUnforwardQueueMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The plugin's setQueueTime: how long QueuePoll, QueuePollBatch and QueueEvent wait by default.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.SetQueueTimeoutResponse> setQueueTimeout(
        io.kafkagateway.v1.SetQueueTimeoutRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetQueueTimeoutMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The plugin's getQueueTime.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.GetQueueTimeoutResponse> getQueueTimeout(
        io.kafkagateway.v1.GetQueueTimeoutRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetQueueTimeoutMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The plugin's queuePoll: one message from the queue.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.QueuePollResponse> queuePoll(
        io.kafkagateway.v1.QueuePollRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getQueuePollMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The plugin's queuePollBatch: several messages from the queue.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.QueuePollBatchResponse> queuePollBatch(
        io.kafkagateway.v1.QueuePollBatchRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getQueuePollBatchMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The plugin's queueEvent: the next event of the queue, as an event handle (EventService). Messages make a
     * Fetch event holding them; nothing within the timeout makes an empty event.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.QueueEventResponse> queueEvent(
        io.kafkagateway.v1.QueueEventRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getQueueEventMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Closes the queue handle. A partition queue's last handle gives the partition back to the consumer queue; the
     * main queue's last handle stops keeping events.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.CloseQueueResponse> closeQueue(
        io.kafkagateway.v1.CloseQueueRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCloseQueueMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_GET_MAIN_QUEUE = 0;
  private static final int METHODID_GET_CONSUMER_QUEUE = 1;
  private static final int METHODID_GET_PARTITION_QUEUE = 2;
  private static final int METHODID_QUEUE_LENGTH = 3;
  private static final int METHODID_FORWARD_QUEUE = 4;
  private static final int METHODID_UNFORWARD_QUEUE = 5;
  private static final int METHODID_SET_QUEUE_TIMEOUT = 6;
  private static final int METHODID_GET_QUEUE_TIMEOUT = 7;
  private static final int METHODID_QUEUE_POLL = 8;
  private static final int METHODID_QUEUE_POLL_BATCH = 9;
  private static final int METHODID_QUEUE_EVENT = 10;
  private static final int METHODID_CLOSE_QUEUE = 11;
  private static final int METHODID_STREAM_QUEUE = 12;

  private static final class MethodHandlers<Req, Resp> implements
      io.grpc.stub.ServerCalls.UnaryMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ServerStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.ClientStreamingMethod<Req, Resp>,
      io.grpc.stub.ServerCalls.BidiStreamingMethod<Req, Resp> {
    private final AsyncService serviceImpl;
    private final int methodId;

    MethodHandlers(AsyncService serviceImpl, int methodId) {
      this.serviceImpl = serviceImpl;
      this.methodId = methodId;
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public void invoke(Req request, io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        case METHODID_GET_MAIN_QUEUE:
          serviceImpl.getMainQueue((io.kafkagateway.v1.GetMainQueueRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetMainQueueResponse>) responseObserver);
          break;
        case METHODID_GET_CONSUMER_QUEUE:
          serviceImpl.getConsumerQueue((io.kafkagateway.v1.GetConsumerQueueRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetConsumerQueueResponse>) responseObserver);
          break;
        case METHODID_GET_PARTITION_QUEUE:
          serviceImpl.getPartitionQueue((io.kafkagateway.v1.GetPartitionQueueRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetPartitionQueueResponse>) responseObserver);
          break;
        case METHODID_QUEUE_LENGTH:
          serviceImpl.queueLength((io.kafkagateway.v1.QueueLengthRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.QueueLengthResponse>) responseObserver);
          break;
        case METHODID_FORWARD_QUEUE:
          serviceImpl.forwardQueue((io.kafkagateway.v1.ForwardQueueRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.ForwardQueueResponse>) responseObserver);
          break;
        case METHODID_UNFORWARD_QUEUE:
          serviceImpl.unforwardQueue((io.kafkagateway.v1.UnforwardQueueRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.UnforwardQueueResponse>) responseObserver);
          break;
        case METHODID_SET_QUEUE_TIMEOUT:
          serviceImpl.setQueueTimeout((io.kafkagateway.v1.SetQueueTimeoutRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.SetQueueTimeoutResponse>) responseObserver);
          break;
        case METHODID_GET_QUEUE_TIMEOUT:
          serviceImpl.getQueueTimeout((io.kafkagateway.v1.GetQueueTimeoutRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetQueueTimeoutResponse>) responseObserver);
          break;
        case METHODID_QUEUE_POLL:
          serviceImpl.queuePoll((io.kafkagateway.v1.QueuePollRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.QueuePollResponse>) responseObserver);
          break;
        case METHODID_QUEUE_POLL_BATCH:
          serviceImpl.queuePollBatch((io.kafkagateway.v1.QueuePollBatchRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.QueuePollBatchResponse>) responseObserver);
          break;
        case METHODID_QUEUE_EVENT:
          serviceImpl.queueEvent((io.kafkagateway.v1.QueueEventRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.QueueEventResponse>) responseObserver);
          break;
        case METHODID_CLOSE_QUEUE:
          serviceImpl.closeQueue((io.kafkagateway.v1.CloseQueueRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.CloseQueueResponse>) responseObserver);
          break;
        case METHODID_STREAM_QUEUE:
          serviceImpl.streamQueue((io.kafkagateway.v1.StreamQueueRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.StreamQueueResponse>) responseObserver);
          break;
        default:
          throw new AssertionError();
      }
    }

    @java.lang.Override
    @java.lang.SuppressWarnings("unchecked")
    public io.grpc.stub.StreamObserver<Req> invoke(
        io.grpc.stub.StreamObserver<Resp> responseObserver) {
      switch (methodId) {
        default:
          throw new AssertionError();
      }
    }
  }

  public static final io.grpc.ServerServiceDefinition bindService(AsyncService service) {
    return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
        .addMethod(
          getGetMainQueueMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.GetMainQueueRequest,
              io.kafkagateway.v1.GetMainQueueResponse>(
                service, METHODID_GET_MAIN_QUEUE)))
        .addMethod(
          getGetConsumerQueueMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.GetConsumerQueueRequest,
              io.kafkagateway.v1.GetConsumerQueueResponse>(
                service, METHODID_GET_CONSUMER_QUEUE)))
        .addMethod(
          getGetPartitionQueueMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.GetPartitionQueueRequest,
              io.kafkagateway.v1.GetPartitionQueueResponse>(
                service, METHODID_GET_PARTITION_QUEUE)))
        .addMethod(
          getQueueLengthMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.QueueLengthRequest,
              io.kafkagateway.v1.QueueLengthResponse>(
                service, METHODID_QUEUE_LENGTH)))
        .addMethod(
          getForwardQueueMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.ForwardQueueRequest,
              io.kafkagateway.v1.ForwardQueueResponse>(
                service, METHODID_FORWARD_QUEUE)))
        .addMethod(
          getUnforwardQueueMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.UnforwardQueueRequest,
              io.kafkagateway.v1.UnforwardQueueResponse>(
                service, METHODID_UNFORWARD_QUEUE)))
        .addMethod(
          getSetQueueTimeoutMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.SetQueueTimeoutRequest,
              io.kafkagateway.v1.SetQueueTimeoutResponse>(
                service, METHODID_SET_QUEUE_TIMEOUT)))
        .addMethod(
          getGetQueueTimeoutMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.GetQueueTimeoutRequest,
              io.kafkagateway.v1.GetQueueTimeoutResponse>(
                service, METHODID_GET_QUEUE_TIMEOUT)))
        .addMethod(
          getQueuePollMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.QueuePollRequest,
              io.kafkagateway.v1.QueuePollResponse>(
                service, METHODID_QUEUE_POLL)))
        .addMethod(
          getQueuePollBatchMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.QueuePollBatchRequest,
              io.kafkagateway.v1.QueuePollBatchResponse>(
                service, METHODID_QUEUE_POLL_BATCH)))
        .addMethod(
          getQueueEventMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.QueueEventRequest,
              io.kafkagateway.v1.QueueEventResponse>(
                service, METHODID_QUEUE_EVENT)))
        .addMethod(
          getCloseQueueMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.CloseQueueRequest,
              io.kafkagateway.v1.CloseQueueResponse>(
                service, METHODID_CLOSE_QUEUE)))
        .addMethod(
          getStreamQueueMethod(),
          io.grpc.stub.ServerCalls.asyncServerStreamingCall(
            new MethodHandlers<
              io.kafkagateway.v1.StreamQueueRequest,
              io.kafkagateway.v1.StreamQueueResponse>(
                service, METHODID_STREAM_QUEUE)))
        .build();
  }

  private static abstract class QueueServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    QueueServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return io.kafkagateway.v1.QueueServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("QueueService");
    }
  }

  private static final class QueueServiceFileDescriptorSupplier
      extends QueueServiceBaseDescriptorSupplier {
    QueueServiceFileDescriptorSupplier() {}
  }

  private static final class QueueServiceMethodDescriptorSupplier
      extends QueueServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    QueueServiceMethodDescriptorSupplier(java.lang.String methodName) {
      this.methodName = methodName;
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.MethodDescriptor getMethodDescriptor() {
      return getServiceDescriptor().findMethodByName(methodName);
    }
  }

  private static volatile io.grpc.ServiceDescriptor serviceDescriptor;

  public static io.grpc.ServiceDescriptor getServiceDescriptor() {
    io.grpc.ServiceDescriptor result = serviceDescriptor;
    if (result == null) {
      synchronized (QueueServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new QueueServiceFileDescriptorSupplier())
              .addMethod(getGetMainQueueMethod())
              .addMethod(getGetConsumerQueueMethod())
              .addMethod(getGetPartitionQueueMethod())
              .addMethod(getQueueLengthMethod())
              .addMethod(getForwardQueueMethod())
              .addMethod(getUnforwardQueueMethod())
              .addMethod(getSetQueueTimeoutMethod())
              .addMethod(getGetQueueTimeoutMethod())
              .addMethod(getQueuePollMethod())
              .addMethod(getQueuePollBatchMethod())
              .addMethod(getQueueEventMethod())
              .addMethod(getCloseQueueMethod())
              .addMethod(getStreamQueueMethod())
              .build();
        }
      }
    }
    return result;
  }
}
