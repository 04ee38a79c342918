package io.kafkagateway.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * ConsumerService reads DolphinDB values from Kafka, as the plugin's consumer functions do. Calls on one consumer
 * run one at a time, in the order they arrive; different consumers run in parallel.
 * Common gRPC error codes: INVALID_ARGUMENT for a bad argument or a handle of another kind ("consumer should be
 * a consumer handle."), NOT_FOUND for an unknown or closed handle, UNAVAILABLE when the brokers cannot be reached.
 * Offsets are 0 to 2^53-1 (the most librdkafka takes exactly through node-rdkafka); a list of partitions or
 * topics holds at most 1,000 entries.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler (version 1.71.0)",
    comments = "Source: kafkagateway/v1/consumer_service.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class ConsumerServiceGrpc {

  private ConsumerServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "kafkagateway.v1.ConsumerService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.CreateConsumerRequest,
      io.kafkagateway.v1.CreateConsumerResponse> getCreateConsumerMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateConsumer",
      requestType = io.kafkagateway.v1.CreateConsumerRequest.class,
      responseType = io.kafkagateway.v1.CreateConsumerResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.CreateConsumerRequest,
      io.kafkagateway.v1.CreateConsumerResponse> getCreateConsumerMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.CreateConsumerRequest, io.kafkagateway.v1.CreateConsumerResponse> getCreateConsumerMethod;
    if ((getCreateConsumerMethod = ConsumerServiceGrpc.getCreateConsumerMethod) == null) {
      synchronized (ConsumerServiceGrpc.class) {
        if ((getCreateConsumerMethod = ConsumerServiceGrpc.getCreateConsumerMethod) == null) {
          ConsumerServiceGrpc.getCreateConsumerMethod = getCreateConsumerMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.CreateConsumerRequest, io.kafkagateway.v1.CreateConsumerResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateConsumer"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.CreateConsumerRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.CreateConsumerResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConsumerServiceMethodDescriptorSupplier("CreateConsumer"))
              .build();
        }
      }
    }
    return getCreateConsumerMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.CloseConsumerRequest,
      io.kafkagateway.v1.CloseConsumerResponse> getCloseConsumerMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CloseConsumer",
      requestType = io.kafkagateway.v1.CloseConsumerRequest.class,
      responseType = io.kafkagateway.v1.CloseConsumerResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.CloseConsumerRequest,
      io.kafkagateway.v1.CloseConsumerResponse> getCloseConsumerMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.CloseConsumerRequest, io.kafkagateway.v1.CloseConsumerResponse> getCloseConsumerMethod;
    if ((getCloseConsumerMethod = ConsumerServiceGrpc.getCloseConsumerMethod) == null) {
      synchronized (ConsumerServiceGrpc.class) {
        if ((getCloseConsumerMethod = ConsumerServiceGrpc.getCloseConsumerMethod) == null) {
          ConsumerServiceGrpc.getCloseConsumerMethod = getCloseConsumerMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.CloseConsumerRequest, io.kafkagateway.v1.CloseConsumerResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CloseConsumer"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.CloseConsumerRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.CloseConsumerResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConsumerServiceMethodDescriptorSupplier("CloseConsumer"))
              .build();
        }
      }
    }
    return getCloseConsumerMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.SubscribeRequest,
      io.kafkagateway.v1.SubscribeResponse> getSubscribeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Subscribe",
      requestType = io.kafkagateway.v1.SubscribeRequest.class,
      responseType = io.kafkagateway.v1.SubscribeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.SubscribeRequest,
      io.kafkagateway.v1.SubscribeResponse> getSubscribeMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.SubscribeRequest, io.kafkagateway.v1.SubscribeResponse> getSubscribeMethod;
    if ((getSubscribeMethod = ConsumerServiceGrpc.getSubscribeMethod) == null) {
      synchronized (ConsumerServiceGrpc.class) {
        if ((getSubscribeMethod = ConsumerServiceGrpc.getSubscribeMethod) == null) {
          ConsumerServiceGrpc.getSubscribeMethod = getSubscribeMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.SubscribeRequest, io.kafkagateway.v1.SubscribeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Subscribe"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.SubscribeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.SubscribeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConsumerServiceMethodDescriptorSupplier("Subscribe"))
              .build();
        }
      }
    }
    return getSubscribeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.UnsubscribeRequest,
      io.kafkagateway.v1.UnsubscribeResponse> getUnsubscribeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Unsubscribe",
      requestType = io.kafkagateway.v1.UnsubscribeRequest.class,
      responseType = io.kafkagateway.v1.UnsubscribeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.UnsubscribeRequest,
      io.kafkagateway.v1.UnsubscribeResponse> getUnsubscribeMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.UnsubscribeRequest, io.kafkagateway.v1.UnsubscribeResponse> getUnsubscribeMethod;
    if ((getUnsubscribeMethod = ConsumerServiceGrpc.getUnsubscribeMethod) == null) {
      synchronized (ConsumerServiceGrpc.class) {
        if ((getUnsubscribeMethod = ConsumerServiceGrpc.getUnsubscribeMethod) == null) {
          ConsumerServiceGrpc.getUnsubscribeMethod = getUnsubscribeMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.UnsubscribeRequest, io.kafkagateway.v1.UnsubscribeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Unsubscribe"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.UnsubscribeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.UnsubscribeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConsumerServiceMethodDescriptorSupplier("Unsubscribe"))
              .build();
        }
      }
    }
    return getUnsubscribeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.PollRequest,
      io.kafkagateway.v1.PollResponse> getPollMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Poll",
      requestType = io.kafkagateway.v1.PollRequest.class,
      responseType = io.kafkagateway.v1.PollResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.PollRequest,
      io.kafkagateway.v1.PollResponse> getPollMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.PollRequest, io.kafkagateway.v1.PollResponse> getPollMethod;
    if ((getPollMethod = ConsumerServiceGrpc.getPollMethod) == null) {
      synchronized (ConsumerServiceGrpc.class) {
        if ((getPollMethod = ConsumerServiceGrpc.getPollMethod) == null) {
          ConsumerServiceGrpc.getPollMethod = getPollMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.PollRequest, io.kafkagateway.v1.PollResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Poll"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.PollRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.PollResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConsumerServiceMethodDescriptorSupplier("Poll"))
              .build();
        }
      }
    }
    return getPollMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.PollBatchRequest,
      io.kafkagateway.v1.PollBatchResponse> getPollBatchMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PollBatch",
      requestType = io.kafkagateway.v1.PollBatchRequest.class,
      responseType = io.kafkagateway.v1.PollBatchResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.PollBatchRequest,
      io.kafkagateway.v1.PollBatchResponse> getPollBatchMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.PollBatchRequest, io.kafkagateway.v1.PollBatchResponse> getPollBatchMethod;
    if ((getPollBatchMethod = ConsumerServiceGrpc.getPollBatchMethod) == null) {
      synchronized (ConsumerServiceGrpc.class) {
        if ((getPollBatchMethod = ConsumerServiceGrpc.getPollBatchMethod) == null) {
          ConsumerServiceGrpc.getPollBatchMethod = getPollBatchMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.PollBatchRequest, io.kafkagateway.v1.PollBatchResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PollBatch"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.PollBatchRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.PollBatchResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConsumerServiceMethodDescriptorSupplier("PollBatch"))
              .build();
        }
      }
    }
    return getPollBatchMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.PollDictRequest,
      io.kafkagateway.v1.PollDictResponse> getPollDictMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PollDict",
      requestType = io.kafkagateway.v1.PollDictRequest.class,
      responseType = io.kafkagateway.v1.PollDictResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.PollDictRequest,
      io.kafkagateway.v1.PollDictResponse> getPollDictMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.PollDictRequest, io.kafkagateway.v1.PollDictResponse> getPollDictMethod;
    if ((getPollDictMethod = ConsumerServiceGrpc.getPollDictMethod) == null) {
      synchronized (ConsumerServiceGrpc.class) {
        if ((getPollDictMethod = ConsumerServiceGrpc.getPollDictMethod) == null) {
          ConsumerServiceGrpc.getPollDictMethod = getPollDictMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.PollDictRequest, io.kafkagateway.v1.PollDictResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PollDict"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.PollDictRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.PollDictResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConsumerServiceMethodDescriptorSupplier("PollDict"))
              .build();
        }
      }
    }
    return getPollDictMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.PollByteStreamRequest,
      io.kafkagateway.v1.PollByteStreamResponse> getPollByteStreamMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "PollByteStream",
      requestType = io.kafkagateway.v1.PollByteStreamRequest.class,
      responseType = io.kafkagateway.v1.PollByteStreamResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.PollByteStreamRequest,
      io.kafkagateway.v1.PollByteStreamResponse> getPollByteStreamMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.PollByteStreamRequest, io.kafkagateway.v1.PollByteStreamResponse> getPollByteStreamMethod;
    if ((getPollByteStreamMethod = ConsumerServiceGrpc.getPollByteStreamMethod) == null) {
      synchronized (ConsumerServiceGrpc.class) {
        if ((getPollByteStreamMethod = ConsumerServiceGrpc.getPollByteStreamMethod) == null) {
          ConsumerServiceGrpc.getPollByteStreamMethod = getPollByteStreamMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.PollByteStreamRequest, io.kafkagateway.v1.PollByteStreamResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "PollByteStream"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.PollByteStreamRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.PollByteStreamResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConsumerServiceMethodDescriptorSupplier("PollByteStream"))
              .build();
        }
      }
    }
    return getPollByteStreamMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.ConsumeRequest,
      io.kafkagateway.v1.ConsumeResponse> getConsumeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Consume",
      requestType = io.kafkagateway.v1.ConsumeRequest.class,
      responseType = io.kafkagateway.v1.ConsumeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.ConsumeRequest,
      io.kafkagateway.v1.ConsumeResponse> getConsumeMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.ConsumeRequest, io.kafkagateway.v1.ConsumeResponse> getConsumeMethod;
    if ((getConsumeMethod = ConsumerServiceGrpc.getConsumeMethod) == null) {
      synchronized (ConsumerServiceGrpc.class) {
        if ((getConsumeMethod = ConsumerServiceGrpc.getConsumeMethod) == null) {
          ConsumerServiceGrpc.getConsumeMethod = getConsumeMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.ConsumeRequest, io.kafkagateway.v1.ConsumeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Consume"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.ConsumeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.ConsumeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConsumerServiceMethodDescriptorSupplier("Consume"))
              .build();
        }
      }
    }
    return getConsumeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.ConsumeAckedRequest,
      io.kafkagateway.v1.ConsumeAckedResponse> getConsumeAckedMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ConsumeAcked",
      requestType = io.kafkagateway.v1.ConsumeAckedRequest.class,
      responseType = io.kafkagateway.v1.ConsumeAckedResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.BIDI_STREAMING)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.ConsumeAckedRequest,
      io.kafkagateway.v1.ConsumeAckedResponse> getConsumeAckedMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.ConsumeAckedRequest, io.kafkagateway.v1.ConsumeAckedResponse> getConsumeAckedMethod;
    if ((getConsumeAckedMethod = ConsumerServiceGrpc.getConsumeAckedMethod) == null) {
      synchronized (ConsumerServiceGrpc.class) {
        if ((getConsumeAckedMethod = ConsumerServiceGrpc.getConsumeAckedMethod) == null) {
          ConsumerServiceGrpc.getConsumeAckedMethod = getConsumeAckedMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.ConsumeAckedRequest, io.kafkagateway.v1.ConsumeAckedResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.BIDI_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ConsumeAcked"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.ConsumeAckedRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.ConsumeAckedResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConsumerServiceMethodDescriptorSupplier("ConsumeAcked"))
              .build();
        }
      }
    }
    return getConsumeAckedMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.SeekRequest,
      io.kafkagateway.v1.SeekResponse> getSeekMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Seek",
      requestType = io.kafkagateway.v1.SeekRequest.class,
      responseType = io.kafkagateway.v1.SeekResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.SeekRequest,
      io.kafkagateway.v1.SeekResponse> getSeekMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.SeekRequest, io.kafkagateway.v1.SeekResponse> getSeekMethod;
    if ((getSeekMethod = ConsumerServiceGrpc.getSeekMethod) == null) {
      synchronized (ConsumerServiceGrpc.class) {
        if ((getSeekMethod = ConsumerServiceGrpc.getSeekMethod) == null) {
          ConsumerServiceGrpc.getSeekMethod = getSeekMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.SeekRequest, io.kafkagateway.v1.SeekResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Seek"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.SeekRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.SeekResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConsumerServiceMethodDescriptorSupplier("Seek"))
              .build();
        }
      }
    }
    return getSeekMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.CommitRequest,
      io.kafkagateway.v1.CommitResponse> getCommitMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Commit",
      requestType = io.kafkagateway.v1.CommitRequest.class,
      responseType = io.kafkagateway.v1.CommitResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.CommitRequest,
      io.kafkagateway.v1.CommitResponse> getCommitMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.CommitRequest, io.kafkagateway.v1.CommitResponse> getCommitMethod;
    if ((getCommitMethod = ConsumerServiceGrpc.getCommitMethod) == null) {
      synchronized (ConsumerServiceGrpc.class) {
        if ((getCommitMethod = ConsumerServiceGrpc.getCommitMethod) == null) {
          ConsumerServiceGrpc.getCommitMethod = getCommitMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.CommitRequest, io.kafkagateway.v1.CommitResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Commit"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.CommitRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.CommitResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConsumerServiceMethodDescriptorSupplier("Commit"))
              .build();
        }
      }
    }
    return getCommitMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.AssignRequest,
      io.kafkagateway.v1.AssignResponse> getAssignMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Assign",
      requestType = io.kafkagateway.v1.AssignRequest.class,
      responseType = io.kafkagateway.v1.AssignResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.AssignRequest,
      io.kafkagateway.v1.AssignResponse> getAssignMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.AssignRequest, io.kafkagateway.v1.AssignResponse> getAssignMethod;
    if ((getAssignMethod = ConsumerServiceGrpc.getAssignMethod) == null) {
      synchronized (ConsumerServiceGrpc.class) {
        if ((getAssignMethod = ConsumerServiceGrpc.getAssignMethod) == null) {
          ConsumerServiceGrpc.getAssignMethod = getAssignMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.AssignRequest, io.kafkagateway.v1.AssignResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Assign"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.AssignRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.AssignResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConsumerServiceMethodDescriptorSupplier("Assign"))
              .build();
        }
      }
    }
    return getAssignMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.UnassignRequest,
      io.kafkagateway.v1.UnassignResponse> getUnassignMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Unassign",
      requestType = io.kafkagateway.v1.UnassignRequest.class,
      responseType = io.kafkagateway.v1.UnassignResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.UnassignRequest,
      io.kafkagateway.v1.UnassignResponse> getUnassignMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.UnassignRequest, io.kafkagateway.v1.UnassignResponse> getUnassignMethod;
    if ((getUnassignMethod = ConsumerServiceGrpc.getUnassignMethod) == null) {
      synchronized (ConsumerServiceGrpc.class) {
        if ((getUnassignMethod = ConsumerServiceGrpc.getUnassignMethod) == null) {
          ConsumerServiceGrpc.getUnassignMethod = getUnassignMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.UnassignRequest, io.kafkagateway.v1.UnassignResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Unassign"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.UnassignRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.UnassignResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConsumerServiceMethodDescriptorSupplier("Unassign"))
              .build();
        }
      }
    }
    return getUnassignMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.GetAssignmentRequest,
      io.kafkagateway.v1.GetAssignmentResponse> getGetAssignmentMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetAssignment",
      requestType = io.kafkagateway.v1.GetAssignmentRequest.class,
      responseType = io.kafkagateway.v1.GetAssignmentResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.GetAssignmentRequest,
      io.kafkagateway.v1.GetAssignmentResponse> getGetAssignmentMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.GetAssignmentRequest, io.kafkagateway.v1.GetAssignmentResponse> getGetAssignmentMethod;
    if ((getGetAssignmentMethod = ConsumerServiceGrpc.getGetAssignmentMethod) == null) {
      synchronized (ConsumerServiceGrpc.class) {
        if ((getGetAssignmentMethod = ConsumerServiceGrpc.getGetAssignmentMethod) == null) {
          ConsumerServiceGrpc.getGetAssignmentMethod = getGetAssignmentMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.GetAssignmentRequest, io.kafkagateway.v1.GetAssignmentResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetAssignment"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetAssignmentRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetAssignmentResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConsumerServiceMethodDescriptorSupplier("GetAssignment"))
              .build();
        }
      }
    }
    return getGetAssignmentMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.PauseRequest,
      io.kafkagateway.v1.PauseResponse> getPauseMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Pause",
      requestType = io.kafkagateway.v1.PauseRequest.class,
      responseType = io.kafkagateway.v1.PauseResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.PauseRequest,
      io.kafkagateway.v1.PauseResponse> getPauseMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.PauseRequest, io.kafkagateway.v1.PauseResponse> getPauseMethod;
    if ((getPauseMethod = ConsumerServiceGrpc.getPauseMethod) == null) {
      synchronized (ConsumerServiceGrpc.class) {
        if ((getPauseMethod = ConsumerServiceGrpc.getPauseMethod) == null) {
          ConsumerServiceGrpc.getPauseMethod = getPauseMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.PauseRequest, io.kafkagateway.v1.PauseResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Pause"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.PauseRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.PauseResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConsumerServiceMethodDescriptorSupplier("Pause"))
              .build();
        }
      }
    }
    return getPauseMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.ResumeRequest,
      io.kafkagateway.v1.ResumeResponse> getResumeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Resume",
      requestType = io.kafkagateway.v1.ResumeRequest.class,
      responseType = io.kafkagateway.v1.ResumeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.ResumeRequest,
      io.kafkagateway.v1.ResumeResponse> getResumeMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.ResumeRequest, io.kafkagateway.v1.ResumeResponse> getResumeMethod;
    if ((getResumeMethod = ConsumerServiceGrpc.getResumeMethod) == null) {
      synchronized (ConsumerServiceGrpc.class) {
        if ((getResumeMethod = ConsumerServiceGrpc.getResumeMethod) == null) {
          ConsumerServiceGrpc.getResumeMethod = getResumeMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.ResumeRequest, io.kafkagateway.v1.ResumeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Resume"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.ResumeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.ResumeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConsumerServiceMethodDescriptorSupplier("Resume"))
              .build();
        }
      }
    }
    return getResumeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.GetWatermarkOffsetsRequest,
      io.kafkagateway.v1.GetWatermarkOffsetsResponse> getGetWatermarkOffsetsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetWatermarkOffsets",
      requestType = io.kafkagateway.v1.GetWatermarkOffsetsRequest.class,
      responseType = io.kafkagateway.v1.GetWatermarkOffsetsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.GetWatermarkOffsetsRequest,
      io.kafkagateway.v1.GetWatermarkOffsetsResponse> getGetWatermarkOffsetsMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.GetWatermarkOffsetsRequest, io.kafkagateway.v1.GetWatermarkOffsetsResponse> getGetWatermarkOffsetsMethod;
    if ((getGetWatermarkOffsetsMethod = ConsumerServiceGrpc.getGetWatermarkOffsetsMethod) == null) {
      synchronized (ConsumerServiceGrpc.class) {
        if ((getGetWatermarkOffsetsMethod = ConsumerServiceGrpc.getGetWatermarkOffsetsMethod) == null) {
          ConsumerServiceGrpc.getGetWatermarkOffsetsMethod = getGetWatermarkOffsetsMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.GetWatermarkOffsetsRequest, io.kafkagateway.v1.GetWatermarkOffsetsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetWatermarkOffsets"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetWatermarkOffsetsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetWatermarkOffsetsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConsumerServiceMethodDescriptorSupplier("GetWatermarkOffsets"))
              .build();
        }
      }
    }
    return getGetWatermarkOffsetsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.GetCommittedOffsetsRequest,
      io.kafkagateway.v1.GetCommittedOffsetsResponse> getGetCommittedOffsetsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetCommittedOffsets",
      requestType = io.kafkagateway.v1.GetCommittedOffsetsRequest.class,
      responseType = io.kafkagateway.v1.GetCommittedOffsetsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.GetCommittedOffsetsRequest,
      io.kafkagateway.v1.GetCommittedOffsetsResponse> getGetCommittedOffsetsMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.GetCommittedOffsetsRequest, io.kafkagateway.v1.GetCommittedOffsetsResponse> getGetCommittedOffsetsMethod;
    if ((getGetCommittedOffsetsMethod = ConsumerServiceGrpc.getGetCommittedOffsetsMethod) == null) {
      synchronized (ConsumerServiceGrpc.class) {
        if ((getGetCommittedOffsetsMethod = ConsumerServiceGrpc.getGetCommittedOffsetsMethod) == null) {
          ConsumerServiceGrpc.getGetCommittedOffsetsMethod = getGetCommittedOffsetsMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.GetCommittedOffsetsRequest, io.kafkagateway.v1.GetCommittedOffsetsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetCommittedOffsets"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetCommittedOffsetsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetCommittedOffsetsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConsumerServiceMethodDescriptorSupplier("GetCommittedOffsets"))
              .build();
        }
      }
    }
    return getGetCommittedOffsetsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.GetPositionsRequest,
      io.kafkagateway.v1.GetPositionsResponse> getGetPositionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetPositions",
      requestType = io.kafkagateway.v1.GetPositionsRequest.class,
      responseType = io.kafkagateway.v1.GetPositionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.GetPositionsRequest,
      io.kafkagateway.v1.GetPositionsResponse> getGetPositionsMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.GetPositionsRequest, io.kafkagateway.v1.GetPositionsResponse> getGetPositionsMethod;
    if ((getGetPositionsMethod = ConsumerServiceGrpc.getGetPositionsMethod) == null) {
      synchronized (ConsumerServiceGrpc.class) {
        if ((getGetPositionsMethod = ConsumerServiceGrpc.getGetPositionsMethod) == null) {
          ConsumerServiceGrpc.getGetPositionsMethod = getGetPositionsMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.GetPositionsRequest, io.kafkagateway.v1.GetPositionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetPositions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetPositionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetPositionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConsumerServiceMethodDescriptorSupplier("GetPositions"))
              .build();
        }
      }
    }
    return getGetPositionsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.GetOffsetInfoRequest,
      io.kafkagateway.v1.GetOffsetInfoResponse> getGetOffsetInfoMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetOffsetInfo",
      requestType = io.kafkagateway.v1.GetOffsetInfoRequest.class,
      responseType = io.kafkagateway.v1.GetOffsetInfoResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.GetOffsetInfoRequest,
      io.kafkagateway.v1.GetOffsetInfoResponse> getGetOffsetInfoMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.GetOffsetInfoRequest, io.kafkagateway.v1.GetOffsetInfoResponse> getGetOffsetInfoMethod;
    if ((getGetOffsetInfoMethod = ConsumerServiceGrpc.getGetOffsetInfoMethod) == null) {
      synchronized (ConsumerServiceGrpc.class) {
        if ((getGetOffsetInfoMethod = ConsumerServiceGrpc.getGetOffsetInfoMethod) == null) {
          ConsumerServiceGrpc.getGetOffsetInfoMethod = getGetOffsetInfoMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.GetOffsetInfoRequest, io.kafkagateway.v1.GetOffsetInfoResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetOffsetInfo"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetOffsetInfoRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetOffsetInfoResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConsumerServiceMethodDescriptorSupplier("GetOffsetInfo"))
              .build();
        }
      }
    }
    return getGetOffsetInfoMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.StoreOffsetsRequest,
      io.kafkagateway.v1.StoreOffsetsResponse> getStoreOffsetsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "StoreOffsets",
      requestType = io.kafkagateway.v1.StoreOffsetsRequest.class,
      responseType = io.kafkagateway.v1.StoreOffsetsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.StoreOffsetsRequest,
      io.kafkagateway.v1.StoreOffsetsResponse> getStoreOffsetsMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.StoreOffsetsRequest, io.kafkagateway.v1.StoreOffsetsResponse> getStoreOffsetsMethod;
    if ((getStoreOffsetsMethod = ConsumerServiceGrpc.getStoreOffsetsMethod) == null) {
      synchronized (ConsumerServiceGrpc.class) {
        if ((getStoreOffsetsMethod = ConsumerServiceGrpc.getStoreOffsetsMethod) == null) {
          ConsumerServiceGrpc.getStoreOffsetsMethod = getStoreOffsetsMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.StoreOffsetsRequest, io.kafkagateway.v1.StoreOffsetsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "StoreOffsets"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.StoreOffsetsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.StoreOffsetsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConsumerServiceMethodDescriptorSupplier("StoreOffsets"))
              .build();
        }
      }
    }
    return getStoreOffsetsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.GetMemberIdRequest,
      io.kafkagateway.v1.GetMemberIdResponse> getGetMemberIdMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetMemberId",
      requestType = io.kafkagateway.v1.GetMemberIdRequest.class,
      responseType = io.kafkagateway.v1.GetMemberIdResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.GetMemberIdRequest,
      io.kafkagateway.v1.GetMemberIdResponse> getGetMemberIdMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.GetMemberIdRequest, io.kafkagateway.v1.GetMemberIdResponse> getGetMemberIdMethod;
    if ((getGetMemberIdMethod = ConsumerServiceGrpc.getGetMemberIdMethod) == null) {
      synchronized (ConsumerServiceGrpc.class) {
        if ((getGetMemberIdMethod = ConsumerServiceGrpc.getGetMemberIdMethod) == null) {
          ConsumerServiceGrpc.getGetMemberIdMethod = getGetMemberIdMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.GetMemberIdRequest, io.kafkagateway.v1.GetMemberIdResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetMemberId"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetMemberIdRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetMemberIdResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConsumerServiceMethodDescriptorSupplier("GetMemberId"))
              .build();
        }
      }
    }
    return getGetMemberIdMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.GetConsumerTimeoutRequest,
      io.kafkagateway.v1.GetConsumerTimeoutResponse> getGetConsumerTimeoutMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetConsumerTimeout",
      requestType = io.kafkagateway.v1.GetConsumerTimeoutRequest.class,
      responseType = io.kafkagateway.v1.GetConsumerTimeoutResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.GetConsumerTimeoutRequest,
      io.kafkagateway.v1.GetConsumerTimeoutResponse> getGetConsumerTimeoutMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.GetConsumerTimeoutRequest, io.kafkagateway.v1.GetConsumerTimeoutResponse> getGetConsumerTimeoutMethod;
    if ((getGetConsumerTimeoutMethod = ConsumerServiceGrpc.getGetConsumerTimeoutMethod) == null) {
      synchronized (ConsumerServiceGrpc.class) {
        if ((getGetConsumerTimeoutMethod = ConsumerServiceGrpc.getGetConsumerTimeoutMethod) == null) {
          ConsumerServiceGrpc.getGetConsumerTimeoutMethod = getGetConsumerTimeoutMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.GetConsumerTimeoutRequest, io.kafkagateway.v1.GetConsumerTimeoutResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetConsumerTimeout"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetConsumerTimeoutRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetConsumerTimeoutResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConsumerServiceMethodDescriptorSupplier("GetConsumerTimeout"))
              .build();
        }
      }
    }
    return getGetConsumerTimeoutMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.SetConsumerTimeoutRequest,
      io.kafkagateway.v1.SetConsumerTimeoutResponse> getSetConsumerTimeoutMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetConsumerTimeout",
      requestType = io.kafkagateway.v1.SetConsumerTimeoutRequest.class,
      responseType = io.kafkagateway.v1.SetConsumerTimeoutResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.SetConsumerTimeoutRequest,
      io.kafkagateway.v1.SetConsumerTimeoutResponse> getSetConsumerTimeoutMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.SetConsumerTimeoutRequest, io.kafkagateway.v1.SetConsumerTimeoutResponse> getSetConsumerTimeoutMethod;
    if ((getSetConsumerTimeoutMethod = ConsumerServiceGrpc.getSetConsumerTimeoutMethod) == null) {
      synchronized (ConsumerServiceGrpc.class) {
        if ((getSetConsumerTimeoutMethod = ConsumerServiceGrpc.getSetConsumerTimeoutMethod) == null) {
          ConsumerServiceGrpc.getSetConsumerTimeoutMethod = getSetConsumerTimeoutMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.SetConsumerTimeoutRequest, io.kafkagateway.v1.SetConsumerTimeoutResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetConsumerTimeout"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.SetConsumerTimeoutRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.SetConsumerTimeoutResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ConsumerServiceMethodDescriptorSupplier("SetConsumerTimeout"))
              .build();
        }
      }
    }
    return getSetConsumerTimeoutMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static ConsumerServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ConsumerServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ConsumerServiceStub>() {
        @java.lang.Override
        public ConsumerServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ConsumerServiceStub(channel, callOptions);
        }
      };
    return ConsumerServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static ConsumerServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ConsumerServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ConsumerServiceBlockingV2Stub>() {
        @java.lang.Override
        public ConsumerServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ConsumerServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return ConsumerServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static ConsumerServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ConsumerServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ConsumerServiceBlockingStub>() {
        @java.lang.Override
        public ConsumerServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ConsumerServiceBlockingStub(channel, callOptions);
        }
      };
    return ConsumerServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static ConsumerServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ConsumerServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ConsumerServiceFutureStub>() {
        @java.lang.Override
        public ConsumerServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ConsumerServiceFutureStub(channel, callOptions);
        }
      };
    return ConsumerServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * ConsumerService reads DolphinDB values from Kafka, as the plugin's consumer functions do. Calls on one consumer
   * run one at a time, in the order they arrive; different consumers run in parallel.
   * Common gRPC error codes: INVALID_ARGUMENT for a bad argument or a handle of another kind ("consumer should be
   * a consumer handle."), NOT_FOUND for an unknown or closed handle, UNAVAILABLE when the brokers cannot be reached.
   * Offsets are 0 to 2^53-1 (the most librdkafka takes exactly through node-rdkafka); a list of partitions or
   * topics holds at most 1,000 entries.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * CreateConsumer creates a consumer; group.id is required (plugin: consumer(config)).
     * </pre>
     */
    default void createConsumer(io.kafkagateway.v1.CreateConsumerRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.CreateConsumerResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateConsumerMethod(), responseObserver);
    }

    /**
     * <pre>
     * CloseConsumer leaves the group and closes the consumer.
     * </pre>
     */
    default void closeConsumer(io.kafkagateway.v1.CloseConsumerRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.CloseConsumerResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCloseConsumerMethod(), responseObserver);
    }

    /**
     * <pre>
     * Subscribe sets the topics the consumer's group shares (plugin: subscribe). A topic that does not exist
     * yet is no error.
     * </pre>
     */
    default void subscribe(io.kafkagateway.v1.SubscribeRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.SubscribeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSubscribeMethod(), responseObserver);
    }

    /**
     * <pre>
     * Unsubscribe drops the subscription and any assignment (plugin: unsubscribe).
     * </pre>
     */
    default void unsubscribe(io.kafkagateway.v1.UnsubscribeRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.UnsubscribeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUnsubscribeMethod(), responseObserver);
    }

    /**
     * <pre>
     * Poll waits up to the timeout for one message (plugin: consumerPoll).
     * </pre>
     */
    default void poll(io.kafkagateway.v1.PollRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.PollResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPollMethod(), responseObserver);
    }

    /**
     * <pre>
     * PollBatch waits up to the timeout for up to batch_size messages (plugin: consumerPollBatch). It returns
     * early once batch_size messages are in, when a round brings nothing, or at max_bytes (byte_limit_reached).
     * batch_size is 1 to 100,000.
     * </pre>
     */
    default void pollBatch(io.kafkagateway.v1.PollBatchRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.PollBatchResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPollBatchMethod(), responseObserver);
    }

    /**
     * <pre>
     * PollDict polls like PollBatch and returns the values by key; a later message with the same key replaces
     * an earlier one (plugin: pollDict).
     * </pre>
     */
    default void pollDict(io.kafkagateway.v1.PollDictRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.PollDictResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPollDictMethod(), responseObserver);
    }

    /**
     * <pre>
     * PollByteStream waits up to the timeout for one message and returns its payload's bytes as they are
     * (plugin: pollByteStream).
     * </pre>
     */
    default void pollByteStream(io.kafkagateway.v1.PollByteStreamRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.PollByteStreamResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPollByteStreamMethod(), responseObserver);
    }

    /**
     * <pre>
     * Consume streams messages in frames: from a consumer handle, or from a consumer the stream creates from a
     * config and topics (or partitions) and closes when the stream ends. The first frame names the consumer.
     * The gateway fetches more only when the client has taken what was sent, so a slow client slows the fetch and
     * the gateway buffers at most limits.max_buffered_messages. A client that stalls for a third of
     * max.poll.interval.ms gets its partitions paused while the gateway keeps the group membership alive; they
     * resume when it reads again. Rebalances arrive as frames. Cancel or a deadline ends the stream. A consumer the
     * stream creates has a 6 s session by default (session.timeout.ms, heartbeat.interval.ms: a client's own win).
     * gRPC error codes: INVALID_ARGUMENT (bad config, limits or topics), NOT_FOUND (unknown handle, or the handle
     * was closed during the stream), FAILED_PRECONDITION (the handle already has a Consume stream), UNAVAILABLE
     * (the gateway is shutting down).
     * </pre>
     */
    default void consume(io.kafkagateway.v1.ConsumeRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.ConsumeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getConsumeMethod(), responseObserver);
    }

    /**
     * <pre>
     * ConsumeAcked is an at-least-once stream. The first request opens it (a group subscription); later requests
     * acknowledge messages. The gateway stores a partition's offset only when every earlier message of it was
     * acknowledged, commits it within 100 ms (or auto.commit.interval.ms) or after 1000 acknowledgements, and on
     * close, and sends no more while max_unacked messages wait for acknowledgement. Whatever was not acknowledged
     * when the stream ends, however it ends, is delivered again to the group; after a crash of the gateway, so is
     * what was acknowledged in the moments before it. The stream's consumer has a 6 s session by default
     * (session.timeout.ms, heartbeat.interval.ms: a client's own win), so that the group moves on soon after such
     * a crash.
     * </pre>
     */
    default io.grpc.stub.StreamObserver<io.kafkagateway.v1.ConsumeAckedRequest> consumeAcked(
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.ConsumeAckedResponse> responseObserver) {
      return io.grpc.stub.ServerCalls.asyncUnimplementedStreamingCall(getConsumeAckedMethod(), responseObserver);
    }

    /**
     * <pre>
     * Seek moves a partition's next read to an offset, the beginning, the end, or the first message at or after a
     * timestamp. The partition must be assigned to the consumer.
     * </pre>
     */
    default void seek(io.kafkagateway.v1.SeekRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.SeekResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSeekMethod(), responseObserver);
    }

    /**
     * <pre>
     * Commit commits offsets, synchronously or not (plugin: commit, commitTopic, asyncCommit, asyncCommitTopic).
     * A synchronous commit waits for the coordinator's answer: UNAVAILABLE while no coordinator is known
     * (retriable), DEADLINE_EXCEEDED after timeout_ms (the commit may still be applied).
     * </pre>
     */
    default void commit(io.kafkagateway.v1.CommitRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.CommitResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCommitMethod(), responseObserver);
    }

    /**
     * <pre>
     * Assign reads the given partitions, from the given offsets, outside any group balancing (plugin: assign).
     * </pre>
     */
    default void assign(io.kafkagateway.v1.AssignRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.AssignResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getAssignMethod(), responseObserver);
    }

    /**
     * <pre>
     * Unassign drops the assignment (plugin: unassign).
     * </pre>
     */
    default void unassign(io.kafkagateway.v1.UnassignRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.UnassignResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getUnassignMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetAssignment lists the partitions the consumer reads (plugin: getAssignment).
     * </pre>
     */
    default void getAssignment(io.kafkagateway.v1.GetAssignmentRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetAssignmentResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetAssignmentMethod(), responseObserver);
    }

    /**
     * <pre>
     * Pause stops fetching from partitions (plugin: pause).
     * </pre>
     */
    default void pause(io.kafkagateway.v1.PauseRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.PauseResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getPauseMethod(), responseObserver);
    }

    /**
     * <pre>
     * Resume fetches from paused partitions again (plugin: resume).
     * </pre>
     */
    default void resume(io.kafkagateway.v1.ResumeRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.ResumeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getResumeMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetWatermarkOffsets returns a partition's low and high watermarks: the ones librdkafka last saw, or the
     * broker's when query_broker is set (plugin: getOffset).
     * </pre>
     */
    default void getWatermarkOffsets(io.kafkagateway.v1.GetWatermarkOffsetsRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetWatermarkOffsetsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetWatermarkOffsetsMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetCommittedOffsets asks the group coordinator for committed offsets; -1001 when none (plugin: getOffsetCommitted).
     * </pre>
     */
    default void getCommittedOffsets(io.kafkagateway.v1.GetCommittedOffsetsRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetCommittedOffsetsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetCommittedOffsetsMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetPositions returns the next offset the consumer will read per partition; -1001 when none (plugin: getOffsetPosition).
     * </pre>
     */
    default void getPositions(io.kafkagateway.v1.GetPositionsRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetPositionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetPositionsMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetOffsetInfo returns watermarks, position and committed offset per partition (plugin: getOffsetInfo).
     * </pre>
     */
    default void getOffsetInfo(io.kafkagateway.v1.GetOffsetInfoRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetOffsetInfoResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetOffsetInfoMethod(), responseObserver);
    }

    /**
     * <pre>
     * StoreOffsets stores offsets for the next automatic commit; needs enable.auto.offset.store=false
     * (plugin: storeOffset; with no offsets given, storeConsumedOffset).
     * </pre>
     */
    default void storeOffsets(io.kafkagateway.v1.StoreOffsetsRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.StoreOffsetsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getStoreOffsetsMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetMemberId returns the member id the group coordinator gave this consumer (plugin: getMemId); empty
     * until the consumer has joined its group (poll once after Subscribe). Asked of the coordinator itself,
     * over plaintext Kafka: FAILED_PRECONDITION for a consumer whose config uses TLS or SASL.
     * </pre>
     */
    default void getMemberId(io.kafkagateway.v1.GetMemberIdRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetMemberIdResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetMemberIdMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetConsumerTimeout returns the consumer's default poll timeout in milliseconds (plugin: getConsumerTime).
     * </pre>
     */
    default void getConsumerTimeout(io.kafkagateway.v1.GetConsumerTimeoutRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetConsumerTimeoutResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetConsumerTimeoutMethod(), responseObserver);
    }

    /**
     * <pre>
     * SetConsumerTimeout changes the consumer's default poll timeout (plugin: setConsumerTime).
     * </pre>
     */
    default void setConsumerTimeout(io.kafkagateway.v1.SetConsumerTimeoutRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.SetConsumerTimeoutResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetConsumerTimeoutMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service ConsumerService.
   * <pre>
   * ConsumerService reads DolphinDB values from Kafka, as the plugin's consumer functions do. Calls on one consumer
   * run one at a time, in the order they arrive; different consumers run in parallel.
   * Common gRPC error codes: INVALID_ARGUMENT for a bad argument or a handle of another kind ("consumer should be
   * a consumer handle."), NOT_FOUND for an unknown or closed handle, UNAVAILABLE when the brokers cannot be reached.
   * Offsets are 0 to 2^53-1 (the most librdkafka takes exactly through node-rdkafka); a list of partitions or
   * topics holds at most 1,000 entries.
   * </pre>
   */
  public static abstract class ConsumerServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return ConsumerServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service ConsumerService.
   * <pre>
   * ConsumerService reads DolphinDB values from Kafka, as the plugin's consumer functions do. Calls on one consumer
   * run one at a time, in the order they arrive; different consumers run in parallel.
   * Common gRPC error codes: INVALID_ARGUMENT for a bad argument or a handle of another kind ("consumer should be
   * a consumer handle."), NOT_FOUND for an unknown or closed handle, UNAVAILABLE when the brokers cannot be reached.
   * Offsets are 0 to 2^53-1 (the most librdkafka takes exactly through node-rdkafka); a list of partitions or
   * topics holds at most 1,000 entries.
   * </pre>
   */
  public static final class ConsumerServiceStub
      extends io.grpc.stub.AbstractAsyncStub<ConsumerServiceStub> {
    private ConsumerServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ConsumerServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ConsumerServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * CreateConsumer creates a consumer; group.id is required (plugin: consumer(config)).
     * </pre>
     */
    public void createConsumer(io.kafkagateway.v1.CreateConsumerRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.CreateConsumerResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateConsumerMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * CloseConsumer leaves the group and closes the consumer.
     * </pre>
     */
    public void closeConsumer(io.kafkagateway.v1.CloseConsumerRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.CloseConsumerResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCloseConsumerMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Subscribe sets the topics the consumer's group shares (plugin: subscribe). A topic that does not exist
     * yet is no error.
     * </pre>
     */
    public void subscribe(io.kafkagateway.v1.SubscribeRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.SubscribeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSubscribeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Unsubscribe drops the subscription and any assignment (plugin: unsubscribe).
     * </pre>
     */
    public void unsubscribe(io.kafkagateway.v1.UnsubscribeRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.UnsubscribeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUnsubscribeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Poll waits up to the timeout for one message (plugin: consumerPoll).
     * </pre>
     */
    public void poll(io.kafkagateway.v1.PollRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.PollResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPollMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * PollBatch waits up to the timeout for up to batch_size messages (plugin: consumerPollBatch). It returns
     * early once batch_size messages are in, when a round brings nothing, or at max_bytes (byte_limit_reached).
     * batch_size is 1 to 100,000.
     * </pre>
     */
    public void pollBatch(io.kafkagateway.v1.PollBatchRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.PollBatchResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPollBatchMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * PollDict polls like PollBatch and returns the values by key; a later message with the same key replaces
     * an earlier one (plugin: pollDict).
     * </pre>
     */
    public void pollDict(io.kafkagateway.v1.PollDictRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.PollDictResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPollDictMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * PollByteStream waits up to the timeout for one message and returns its payload's bytes as they are
     * (plugin: pollByteStream).
     * </pre>
     */
    public void pollByteStream(io.kafkagateway.v1.PollByteStreamRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.PollByteStreamResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPollByteStreamMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Consume streams messages in frames: from a consumer handle, or from a consumer the stream creates from a
     * config and topics (or partitions) and closes when the stream ends. The first frame names the consumer.
     * The gateway fetches more only when the client has taken what was sent, so a slow client slows the fetch and
     * the gateway buffers at most limits.max_buffered_messages. A client that stalls for a third of
     * max.poll.interval.ms gets its partitions paused while the gateway keeps the group membership alive; they
     * resume when it reads again. Rebalances arrive as frames. Cancel or a deadline ends the stream. A consumer the
     * stream creates has a 6 s session by default (session.timeout.ms, heartbeat.interval.ms: a client's own win).
     * gRPC error codes: INVALID_ARGUMENT (bad config, limits or topics), NOT_FOUND (unknown handle, or the handle
     * was closed during the stream), FAILED_PRECONDITION (the handle already has a Consume stream), UNAVAILABLE
     * (the gateway is shutting down).
     * </pre>
     */
    public void consume(io.kafkagateway.v1.ConsumeRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.ConsumeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getConsumeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ConsumeAcked is an at-least-once stream. The first request opens it (a group subscription); later requests
     * acknowledge messages. The gateway stores a partition's offset only when every earlier message of it was
     * acknowledged, commits it within 100 ms (or auto.commit.interval.ms) or after 1000 acknowledgements, and on
     * close, and sends no more while max_unacked messages wait for acknowledgement. Whatever was not acknowledged
     * when the stream ends, however it ends, is delivered again to the group; after a crash of the gateway, so is
     * what was acknowledged in the moments before it. The stream's consumer has a 6 s session by default
     * (session.timeout.ms, heartbeat.interval.ms: a client's own win), so that the group moves on soon after such
     * a crash.
     * </pre>
     */
    public io.grpc.stub.StreamObserver<io.kafkagateway.v1.ConsumeAckedRequest> consumeAcked(
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.ConsumeAckedResponse> responseObserver) {
      return io.grpc.stub.ClientCalls.asyncBidiStreamingCall(
          getChannel().newCall(getConsumeAckedMethod(), getCallOptions()), responseObserver);
    }

    /**
     * <pre>
     * Seek moves a partition's next read to an offset, the beginning, the end, or the first message at or after a
     * timestamp. The partition must be assigned to the consumer.
     * </pre>
     */
    public void seek(io.kafkagateway.v1.SeekRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.SeekResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSeekMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Commit commits offsets, synchronously or not (plugin: commit, commitTopic, asyncCommit, asyncCommitTopic).
     * A synchronous commit waits for the coordinator's answer: UNAVAILABLE while no coordinator is known
     * (retriable), DEADLINE_EXCEEDED after timeout_ms (the commit may still be applied).
     * </pre>
     */
    public void commit(io.kafkagateway.v1.CommitRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.CommitResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCommitMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Assign reads the given partitions, from the given offsets, outside any group balancing (plugin: assign).
     * </pre>
     */
    public void assign(io.kafkagateway.v1.AssignRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.AssignResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getAssignMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Unassign drops the assignment (plugin: unassign).
     * </pre>
     */
    public void unassign(io.kafkagateway.v1.UnassignRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.UnassignResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getUnassignMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetAssignment lists the partitions the consumer reads (plugin: getAssignment).
     * </pre>
     */
    public void getAssignment(io.kafkagateway.v1.GetAssignmentRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetAssignmentResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetAssignmentMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Pause stops fetching from partitions (plugin: pause).
     * </pre>
     */
    public void pause(io.kafkagateway.v1.PauseRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.PauseResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getPauseMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Resume fetches from paused partitions again (plugin: resume).
     * </pre>
     */
    public void resume(io.kafkagateway.v1.ResumeRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.ResumeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getResumeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetWatermarkOffsets returns a partition's low and high watermarks: the ones librdkafka last saw, or the
     * broker's when query_broker is set (plugin: getOffset).
     * </pre>
     */
    public void getWatermarkOffsets(io.kafkagateway.v1.GetWatermarkOffsetsRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetWatermarkOffsetsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetWatermarkOffsetsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetCommittedOffsets asks the group coordinator for committed offsets; -1001 when none (plugin: getOffsetCommitted).
     * </pre>
     */
    public void getCommittedOffsets(io.kafkagateway.v1.GetCommittedOffsetsRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetCommittedOffsetsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetCommittedOffsetsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetPositions returns the next offset the consumer will read per partition; -1001 when none (plugin: getOffsetPosition).
     * </pre>
     */
    public void getPositions(io.kafkagateway.v1.GetPositionsRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetPositionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetPositionsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetOffsetInfo returns watermarks, position and committed offset per partition (plugin: getOffsetInfo).
     * </pre>
     */
    public void getOffsetInfo(io.kafkagateway.v1.GetOffsetInfoRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetOffsetInfoResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetOffsetInfoMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * StoreOffsets stores offsets for the next automatic commit; needs enable.auto.offset.store=false
     * (plugin: storeOffset; with no offsets given, storeConsumedOffset).
     * </pre>
     */
    public void storeOffsets(io.kafkagateway.v1.StoreOffsetsRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.StoreOffsetsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getStoreOffsetsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetMemberId returns the member id the group coordinator gave this consumer (plugin: getMemId); empty
     * until the consumer has joined its group (poll once after Subscribe). Asked of the coordinator itself,
     * over plaintext Kafka: FAILED_PRECONDITION for a consumer whose config uses TLS or SASL.
     * </pre>
     */
    public void getMemberId(io.kafkagateway.v1.GetMemberIdRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetMemberIdResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetMemberIdMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetConsumerTimeout returns the consumer's default poll timeout in milliseconds (plugin: getConsumerTime).
     * </pre>
     */
    public void getConsumerTimeout(io.kafkagateway.v1.GetConsumerTimeoutRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetConsumerTimeoutResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetConsumerTimeoutMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SetConsumerTimeout changes the consumer's default poll timeout (plugin: setConsumerTime).
     * </pre>
     */
    public void setConsumerTimeout(io.kafkagateway.v1.SetConsumerTimeoutRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.SetConsumerTimeoutResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetConsumerTimeoutMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service ConsumerService.
   * <pre>
   * ConsumerService reads DolphinDB values from Kafka, as the plugin's consumer functions do. Calls on one consumer
   * run one at a time, in the order they arrive; different consumers run in parallel.
   * Common gRPC error codes: INVALID_ARGUMENT for a bad argument or a handle of another kind ("consumer should be
   * a consumer handle."), NOT_FOUND for an unknown or closed handle, UNAVAILABLE when the brokers cannot be reached.
   * Offsets are 0 to 2^53-1 (the most librdkafka takes exactly through node-rdkafka); a list of partitions or
   * topics holds at most 1,000 entries.
   * </pre>
   */
  public static final class ConsumerServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<ConsumerServiceBlockingV2Stub> {
    private ConsumerServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ConsumerServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ConsumerServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * CreateConsumer creates a consumer; group.id is required (plugin: consumer(config)).
     * </pre>
     */
    public io.kafkagateway.v1.CreateConsumerResponse createConsumer(io.kafkagateway.v1.CreateConsumerRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateConsumerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * CloseConsumer leaves the group and closes the consumer.
     * </pre>
     */
    public io.kafkagateway.v1.CloseConsumerResponse closeConsumer(io.kafkagateway.v1.CloseConsumerRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCloseConsumerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Subscribe sets the topics the consumer's group shares (plugin: subscribe). A topic that does not exist
     * yet is no error.
     * </pre>
     */
    public io.kafkagateway.v1.SubscribeResponse subscribe(io.kafkagateway.v1.SubscribeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSubscribeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Unsubscribe drops the subscription and any assignment (plugin: unsubscribe).
     * </pre>
     */
    public io.kafkagateway.v1.UnsubscribeResponse unsubscribe(io.kafkagateway.v1.UnsubscribeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUnsubscribeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Poll waits up to the timeout for one message (plugin: consumerPoll).
     * </pre>
     */
    public io.kafkagateway.v1.PollResponse poll(io.kafkagateway.v1.PollRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPollMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * PollBatch waits up to the timeout for up to batch_size messages (plugin: consumerPollBatch). It returns
     * early once batch_size messages are in, when a round brings nothing, or at max_bytes (byte_limit_reached).
     * batch_size is 1 to 100,000.
     * </pre>
     */
    public io.kafkagateway.v1.PollBatchResponse pollBatch(io.kafkagateway.v1.PollBatchRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPollBatchMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * PollDict polls like PollBatch and returns the values by key; a later message with the same key replaces
     * an earlier one (plugin: pollDict).
     * </pre>
     */
    public io.kafkagateway.v1.PollDictResponse pollDict(io.kafkagateway.v1.PollDictRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPollDictMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * PollByteStream waits up to the timeout for one message and returns its payload's bytes as they are
     * (plugin: pollByteStream).
     * </pre>
     */
    public io.kafkagateway.v1.PollByteStreamResponse pollByteStream(io.kafkagateway.v1.PollByteStreamRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPollByteStreamMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Consume streams messages in frames: from a consumer handle, or from a consumer the stream creates from a
     * config and topics (or partitions) and closes when the stream ends. The first frame names the consumer.
     * The gateway fetches more only when the client has taken what was sent, so a slow client slows the fetch and
     * the gateway buffers at most limits.max_buffered_messages. A client that stalls for a third of
     * max.poll.interval.ms gets its partitions paused while the gateway keeps the group membership alive; they
     * resume when it reads again. Rebalances arrive as frames. Cancel or a deadline ends the stream. A consumer the
     * stream creates has a 6 s session by default (session.timeout.ms, heartbeat.interval.ms: a client's own win).
     * gRPC error codes: INVALID_ARGUMENT (bad config, limits or topics), NOT_FOUND (unknown handle, or the handle
     * was closed during the stream), FAILED_PRECONDITION (the handle already has a Consume stream), UNAVAILABLE
     * (the gateway is shutting down).
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<?, io.kafkagateway.v1.ConsumeResponse>
        consume(io.kafkagateway.v1.ConsumeRequest request) {
      return io.grpc.stub.ClientCalls.blockingV2ServerStreamingCall(
          getChannel(), getConsumeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ConsumeAcked is an at-least-once stream. The first request opens it (a group subscription); later requests
     * acknowledge messages. The gateway stores a partition's offset only when every earlier message of it was
     * acknowledged, commits it within 100 ms (or auto.commit.interval.ms) or after 1000 acknowledgements, and on
     * close, and sends no more while max_unacked messages wait for acknowledgement. Whatever was not acknowledged
     * when the stream ends, however it ends, is delivered again to the group; after a crash of the gateway, so is
     * what was acknowledged in the moments before it. The stream's consumer has a 6 s session by default
     * (session.timeout.ms, heartbeat.interval.ms: a client's own win), so that the group moves on soon after such
     * a crash.
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<io.kafkagateway.v1.ConsumeAckedRequest, io.kafkagateway.v1.ConsumeAckedResponse>
        consumeAcked() {
      return io.grpc.stub.ClientCalls.blockingBidiStreamingCall(
          getChannel(), getConsumeAckedMethod(), getCallOptions());
    }

    /**
     * <pre>
     * Seek moves a partition's next read to an offset, the beginning, the end, or the first message at or after a
     * timestamp. The partition must be assigned to the consumer.
     * </pre>
     */
    public io.kafkagateway.v1.SeekResponse seek(io.kafkagateway.v1.SeekRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSeekMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Commit commits offsets, synchronously or not (plugin: commit, commitTopic, asyncCommit, asyncCommitTopic).
     * A synchronous commit waits for the coordinator's answer: UNAVAILABLE while no coordinator is known
     * (retriable), DEADLINE_EXCEEDED after timeout_ms (the commit may still be applied).
     * </pre>
     */
    public io.kafkagateway.v1.CommitResponse commit(io.kafkagateway.v1.CommitRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCommitMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Assign reads the given partitions, from the given offsets, outside any group balancing (plugin: assign).
     * </pre>
     */
    public io.kafkagateway.v1.AssignResponse assign(io.kafkagateway.v1.AssignRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getAssignMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Unassign drops the assignment (plugin: unassign).
     * </pre>
     */
    public io.kafkagateway.v1.UnassignResponse unassign(io.kafkagateway.v1.UnassignRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUnassignMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetAssignment lists the partitions the consumer reads (plugin: getAssignment).
     * </pre>
     */
    public io.kafkagateway.v1.GetAssignmentResponse getAssignment(io.kafkagateway.v1.GetAssignmentRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetAssignmentMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Pause stops fetching from partitions (plugin: pause).
     * </pre>
     */
    public io.kafkagateway.v1.PauseResponse pause(io.kafkagateway.v1.PauseRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPauseMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Resume fetches from paused partitions again (plugin: resume).
     * </pre>
     */
    public io.kafkagateway.v1.ResumeResponse resume(io.kafkagateway.v1.ResumeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getResumeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetWatermarkOffsets returns a partition's low and high watermarks: the ones librdkafka last saw, or the
     * broker's when query_broker is set (plugin: getOffset).
     * </pre>
     */
    public io.kafkagateway.v1.GetWatermarkOffsetsResponse getWatermarkOffsets(io.kafkagateway.v1.GetWatermarkOffsetsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetWatermarkOffsetsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetCommittedOffsets asks the group coordinator for committed offsets; -1001 when none (plugin: getOffsetCommitted).
     * </pre>
     */
    public io.kafkagateway.v1.GetCommittedOffsetsResponse getCommittedOffsets(io.kafkagateway.v1.GetCommittedOffsetsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetCommittedOffsetsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetPositions returns the next offset the consumer will read per partition; -1001 when none (plugin: getOffsetPosition).
     * </pre>
     */
    public io.kafkagateway.v1.GetPositionsResponse getPositions(io.kafkagateway.v1.GetPositionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetPositionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetOffsetInfo returns watermarks, position and committed offset per partition (plugin: getOffsetInfo).
     * </pre>
     */
    public io.kafkagateway.v1.GetOffsetInfoResponse getOffsetInfo(io.kafkagateway.v1.GetOffsetInfoRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetOffsetInfoMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * StoreOffsets stores offsets for the next automatic commit; needs enable.auto.offset.store=false
     * (plugin: storeOffset; with no offsets given, storeConsumedOffset).
     * </pre>
     */
    public io.kafkagateway.v1.StoreOffsetsResponse storeOffsets(io.kafkagateway.v1.StoreOffsetsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getStoreOffsetsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetMemberId returns the member id the group coordinator gave this consumer (plugin: getMemId); empty
     * until the consumer has joined its group (poll once after Subscribe). Asked of the coordinator itself,
     * over plaintext Kafka: FAILED_PRECONDITION for a consumer whose config uses TLS or SASL.
     * </pre>
     */
    public io.kafkagateway.v1.GetMemberIdResponse getMemberId(io.kafkagateway.v1.GetMemberIdRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetMemberIdMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetConsumerTimeout returns the consumer's default poll timeout in milliseconds (plugin: getConsumerTime).
     * </pre>
     */
    public io.kafkagateway.v1.GetConsumerTimeoutResponse getConsumerTimeout(io.kafkagateway.v1.GetConsumerTimeoutRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetConsumerTimeoutMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SetConsumerTimeout changes the consumer's default poll timeout (plugin: setConsumerTime).
     * </pre>
     */
    public io.kafkagateway.v1.SetConsumerTimeoutResponse setConsumerTimeout(io.kafkagateway.v1.SetConsumerTimeoutRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetConsumerTimeoutMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service ConsumerService.
   * <pre>
   * ConsumerService reads DolphinDB values from Kafka, as the plugin's consumer functions do. Calls on one consumer
   * run one at a time, in the order they arrive; different consumers run in parallel.
   * Common gRPC error codes: INVALID_ARGUMENT for a bad argument or a handle of another kind ("consumer should be
   * a consumer handle."), NOT_FOUND for an unknown or closed handle, UNAVAILABLE when the brokers cannot be reached.
   * Offsets are 0 to 2^53-1 (the most librdkafka takes exactly through node-rdkafka); a list of partitions or
   * topics holds at most 1,000 entries.
   * </pre>
   */
  public static final class ConsumerServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<ConsumerServiceBlockingStub> {
    private ConsumerServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ConsumerServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ConsumerServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * CreateConsumer creates a consumer; group.id is required (plugin: consumer(config)).
     * </pre>
     */
    public io.kafkagateway.v1.CreateConsumerResponse createConsumer(io.kafkagateway.v1.CreateConsumerRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateConsumerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * CloseConsumer leaves the group and closes the consumer.
     * </pre>
     */
    public io.kafkagateway.v1.CloseConsumerResponse closeConsumer(io.kafkagateway.v1.CloseConsumerRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCloseConsumerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Subscribe sets the topics the consumer's group shares (plugin: subscribe). A topic that does not exist
     * yet is no error.
     * </pre>
     */
    public io.kafkagateway.v1.SubscribeResponse subscribe(io.kafkagateway.v1.SubscribeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSubscribeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Unsubscribe drops the subscription and any assignment (plugin: unsubscribe).
     * </pre>
     */
    public io.kafkagateway.v1.UnsubscribeResponse unsubscribe(io.kafkagateway.v1.UnsubscribeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUnsubscribeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Poll waits up to the timeout for one message (plugin: consumerPoll).
     * </pre>
     */
    public io.kafkagateway.v1.PollResponse poll(io.kafkagateway.v1.PollRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPollMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * PollBatch waits up to the timeout for up to batch_size messages (plugin: consumerPollBatch). It returns
     * early once batch_size messages are in, when a round brings nothing, or at max_bytes (byte_limit_reached).
     * batch_size is 1 to 100,000.
     * </pre>
     */
    public io.kafkagateway.v1.PollBatchResponse pollBatch(io.kafkagateway.v1.PollBatchRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPollBatchMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * PollDict polls like PollBatch and returns the values by key; a later message with the same key replaces
     * an earlier one (plugin: pollDict).
     * </pre>
     */
    public io.kafkagateway.v1.PollDictResponse pollDict(io.kafkagateway.v1.PollDictRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPollDictMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * PollByteStream waits up to the timeout for one message and returns its payload's bytes as they are
     * (plugin: pollByteStream).
     * </pre>
     */
    public io.kafkagateway.v1.PollByteStreamResponse pollByteStream(io.kafkagateway.v1.PollByteStreamRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPollByteStreamMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Consume streams messages in frames: from a consumer handle, or from a consumer the stream creates from a
     * config and topics (or partitions) and closes when the stream ends. The first frame names the consumer.
     * The gateway fetches more only when the client has taken what was sent, so a slow client slows the fetch and
     * the gateway buffers at most limits.max_buffered_messages. A client that stalls for a third of
     * max.poll.interval.ms gets its partitions paused while the gateway keeps the group membership alive; they
     * resume when it reads again. Rebalances arrive as frames. Cancel or a deadline ends the stream. A consumer the
     * stream creates has a 6 s session by default (session.timeout.ms, heartbeat.interval.ms: a client's own win).
     * gRPC error codes: INVALID_ARGUMENT (bad config, limits or topics), NOT_FOUND (unknown handle, or the handle
     * was closed during the stream), FAILED_PRECONDITION (the handle already has a Consume stream), UNAVAILABLE
     * (the gateway is shutting down).
     * </pre>
     */
    public java.util.Iterator<io.kafkagateway.v1.ConsumeResponse> consume(
        io.kafkagateway.v1.ConsumeRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getConsumeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Seek moves a partition's next read to an offset, the beginning, the end, or the first message at or after a
     * timestamp. The partition must be assigned to the consumer.
     * </pre>
     */
    public io.kafkagateway.v1.SeekResponse seek(io.kafkagateway.v1.SeekRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSeekMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Commit commits offsets, synchronously or not (plugin: commit, commitTopic, asyncCommit, asyncCommitTopic).
     * A synchronous commit waits for the coordinator's answer: UNAVAILABLE while no coordinator is known
     * (retriable), DEADLINE_EXCEEDED after timeout_ms (the commit may still be applied).
     * </pre>
     */
    public io.kafkagateway.v1.CommitResponse commit(io.kafkagateway.v1.CommitRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCommitMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Assign reads the given partitions, from the given offsets, outside any group balancing (plugin: assign).
     * </pre>
     */
    public io.kafkagateway.v1.AssignResponse assign(io.kafkagateway.v1.AssignRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getAssignMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Unassign drops the assignment (plugin: unassign).
     * </pre>
     */
    public io.kafkagateway.v1.UnassignResponse unassign(io.kafkagateway.v1.UnassignRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getUnassignMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetAssignment lists the partitions the consumer reads (plugin: getAssignment).
     * </pre>
     */
    public io.kafkagateway.v1.GetAssignmentResponse getAssignment(io.kafkagateway.v1.GetAssignmentRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetAssignmentMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Pause stops fetching from partitions (plugin: pause).
     * </pre>
     */
    public io.kafkagateway.v1.PauseResponse pause(io.kafkagateway.v1.PauseRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getPauseMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Resume fetches from paused partitions again (plugin: resume).
     * </pre>
     */
    public io.kafkagateway.v1.ResumeResponse resume(io.kafkagateway.v1.ResumeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getResumeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetWatermarkOffsets returns a partition's low and high watermarks: the ones librdkafka last saw, or the
     * broker's when query_broker is set (plugin: getOffset).
     * </pre>
     */
    public io.kafkagateway.v1.GetWatermarkOffsetsResponse getWatermarkOffsets(io.kafkagateway.v1.GetWatermarkOffsetsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetWatermarkOffsetsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetCommittedOffsets asks the group coordinator for committed offsets; -1001 when none (plugin: getOffsetCommitted).
     * </pre>
     */
    public io.kafkagateway.v1.GetCommittedOffsetsResponse getCommittedOffsets(io.kafkagateway.v1.GetCommittedOffsetsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetCommittedOffsetsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetPositions returns the next offset the consumer will read per partition; -1001 when none (plugin: getOffsetPosition).
     * </pre>
     */
    public io.kafkagateway.v1.GetPositionsResponse getPositions(io.kafkagateway.v1.GetPositionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetPositionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetOffsetInfo returns watermarks, position and committed offset per partition (plugin: getOffsetInfo).
     * </pre>
     */
    public io.kafkagateway.v1.GetOffsetInfoResponse getOffsetInfo(io.kafkagateway.v1.GetOffsetInfoRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetOffsetInfoMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * StoreOffsets stores offsets for the next automatic commit; needs enable.auto.offset.store=false
     * (plugin: storeOffset; with no offsets given, storeConsumedOffset).
     * </pre>
     */
    public io.kafkagateway.v1.StoreOffsetsResponse storeOffsets(io.kafkagateway.v1.StoreOffsetsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getStoreOffsetsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetMemberId returns the member id the group coordinator gave this consumer (plugin: getMemId); empty
     * until the consumer has joined its group (poll once after Subscribe). Asked of the coordinator itself,
     * over plaintext Kafka: FAILED_PRECONDITION for a consumer whose config uses TLS or SASL.
     * </pre>
     */
    public io.kafkagateway.v1.GetMemberIdResponse getMemberId(io.kafkagateway.v1.GetMemberIdRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetMemberIdMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetConsumerTimeout returns the consumer's default poll timeout in milliseconds (plugin: getConsumerTime).
     * </pre>
     */
    public io.kafkagateway.v1.GetConsumerTimeoutResponse getConsumerTimeout(io.kafkagateway.v1.GetConsumerTimeoutRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetConsumerTimeoutMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SetConsumerTimeout changes the consumer's default poll timeout (plugin: setConsumerTime).
     * </pre>
     */
    public io.kafkagateway.v1.SetConsumerTimeoutResponse setConsumerTimeout(io.kafkagateway.v1.SetConsumerTimeoutRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetConsumerTimeoutMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service ConsumerService.
   * <pre>
   * ConsumerService reads DolphinDB values from Kafka, as the plugin's consumer functions do. Calls on one consumer
   * run one at a time, in the order they arrive; different consumers run in parallel.
   * Common gRPC error codes: INVALID_ARGUMENT for a bad argument or a handle of another kind ("consumer should be
   * a consumer handle."), NOT_FOUND for an unknown or closed handle, UNAVAILABLE when the brokers cannot be reached.
   * Offsets are 0 to 2^53-1 (the most librdkafka takes exactly through node-rdkafka); a list of partitions or
   * topics holds at most 1,000 entries.
   * </pre>
   */
  public static final class ConsumerServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<ConsumerServiceFutureStub> {
    private ConsumerServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ConsumerServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ConsumerServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * CreateConsumer creates a consumer; group.id is required (plugin: consumer(config)).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.CreateConsumerResponse> createConsumer(
        io.kafkagateway.v1.CreateConsumerRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateConsumerMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * CloseConsumer leaves the group and closes the consumer.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.CloseConsumerResponse> closeConsumer(
        io.kafkagateway.v1.CloseConsumerRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCloseConsumerMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Subscribe sets the topics the consumer's group shares (plugin: subscribe). A topic that does not exist
     * yet is no error.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.SubscribeResponse> subscribe(
        io.kafkagateway.v1.SubscribeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSubscribeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Unsubscribe drops the subscription and any assignment (plugin: unsubscribe).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.UnsubscribeResponse> unsubscribe(
        io.kafkagateway.v1.UnsubscribeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUnsubscribeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Poll waits up to the timeout for one message (plugin: consumerPoll).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.PollResponse> poll(
        io.kafkagateway.v1.PollRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPollMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * PollBatch waits up to the timeout for up to batch_size messages (plugin: consumerPollBatch). It returns
     * early once batch_size messages are in, when a round brings nothing, or at max_bytes (byte_limit_reached).
     * batch_size is 1 to 100,000.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.PollBatchResponse> pollBatch(
        io.kafkagateway.v1.PollBatchRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPollBatchMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * PollDict polls like PollBatch and returns the values by key; a later message with the same key replaces
     * an earlier one (plugin: pollDict).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.PollDictResponse> pollDict(
        io.kafkagateway.v1.PollDictRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPollDictMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * PollByteStream waits up to the timeout for one message and returns its payload's bytes as they are
     * (plugin: pollByteStream).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.PollByteStreamResponse> pollByteStream(
        io.kafkagateway.v1.PollByteStreamRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPollByteStreamMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Seek moves a partition's next read to an offset, the beginning, the end, or the first message at or after a
     * timestamp. The partition must be assigned to the consumer.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.SeekResponse> seek(
        io.kafkagateway.v1.SeekRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSeekMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Commit commits offsets, synchronously or not (plugin: commit, commitTopic, asyncCommit, asyncCommitTopic).
     * A synchronous commit waits for the coordinator's answer: UNAVAILABLE while no coordinator is known
     * (retriable), DEADLINE_EXCEEDED after timeout_ms (the commit may still be applied).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.CommitResponse> commit(
        io.kafkagateway.v1.CommitRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCommitMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Assign reads the given partitions, from the given offsets, outside any group balancing (plugin: assign).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.AssignResponse> assign(
        io.kafkagateway.v1.AssignRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getAssignMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Unassign drops the assignment (plugin: unassign).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.UnassignResponse> unassign(
        io.kafkagateway.v1.UnassignRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getUnassignMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetAssignment lists the partitions the consumer reads (plugin: getAssignment).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.GetAssignmentResponse> getAssignment(
        io.kafkagateway.v1.GetAssignmentRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetAssignmentMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Pause stops fetching from partitions (plugin: pause).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.PauseResponse> pause(
        io.kafkagateway.v1.PauseRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getPauseMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Resume fetches from paused partitions again (plugin: resume).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.ResumeResponse> resume(
        io.kafkagateway.v1.ResumeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getResumeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetWatermarkOffsets returns a partition's low and high watermarks: the ones librdkafka last saw, or the
     * broker's when query_broker is set (plugin: getOffset).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.GetWatermarkOffsetsResponse> getWatermarkOffsets(
        io.kafkagateway.v1.GetWatermarkOffsetsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetWatermarkOffsetsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetCommittedOffsets asks the group coordinator for committed offsets; -1001 when none (plugin: getOffsetCommitted).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.GetCommittedOffsetsResponse> getCommittedOffsets(
        io.kafkagateway.v1.GetCommittedOffsetsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetCommittedOffsetsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetPositions returns the next offset the consumer will read per partition; -1001 when none (plugin: getOffsetPosition).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.GetPositionsResponse> getPositions(
        io.kafkagateway.v1.GetPositionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetPositionsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetOffsetInfo returns watermarks, position and committed offset per partition (plugin: getOffsetInfo).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.GetOffsetInfoResponse> getOffsetInfo(
        io.kafkagateway.v1.GetOffsetInfoRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetOffsetInfoMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * StoreOffsets stores offsets for the next automatic commit; needs enable.auto.offset.store=false
     * (plugin: storeOffset; with no offsets given, storeConsumedOffset).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.StoreOffsetsResponse> storeOffsets(
        io.kafkagateway.v1.StoreOffsetsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getStoreOffsetsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetMemberId returns the member id the group coordinator gave this consumer (plugin: getMemId); empty
     * until the consumer has joined its group (poll once after Subscribe). Asked of the coordinator itself,
     * over plaintext Kafka: FAILED_PRECONDITION for a consumer whose config uses TLS or SASL.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.GetMemberIdResponse> getMemberId(
        io.kafkagateway.v1.GetMemberIdRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetMemberIdMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetConsumerTimeout returns the consumer's default poll timeout in milliseconds (plugin: getConsumerTime).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.GetConsumerTimeoutResponse> getConsumerTimeout(
        io.kafkagateway.v1.GetConsumerTimeoutRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetConsumerTimeoutMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SetConsumerTimeout changes the consumer's default poll timeout (plugin: setConsumerTime).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.SetConsumerTimeoutResponse> setConsumerTimeout(
        io.kafkagateway.v1.SetConsumerTimeoutRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetConsumerTimeoutMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_CONSUMER = 0;
  private static final int METHODID_CLOSE_CONSUMER = 1;
  private static final int METHODID_SUBSCRIBE = 2;
  private static final int METHODID_UNSUBSCRIBE = 3;
  private static final int METHODID_POLL = 4;
  private static final int METHODID_POLL_BATCH = 5;
  private static final int METHODID_POLL_DICT = 6;
  private static final int METHODID_POLL_BYTE_STREAM = 7;
  private static final int METHODID_CONSUME = 8;
  private static final int METHODID_SEEK = 9;
  private static final int METHODID_COMMIT = 10;
  private static final int METHODID_ASSIGN = 11;
  private static final int METHODID_UNASSIGN = 12;
  private static final int METHODID_GET_ASSIGNMENT = 13;
  private static final int METHODID_PAUSE = 14;
  private static final int METHODID_RESUME = 15;
  private static final int METHODID_GET_WATERMARK_OFFSETS = 16;
  private static final int METHODID_GET_COMMITTED_OFFSETS = 17;
  private static final int METHODID_GET_POSITIONS = 18;
  private static final int METHODID_GET_OFFSET_INFO = 19;
  private static final int METHODID_STORE_OFFSETS = 20;
  private static final int METHODID_GET_MEMBER_ID = 21;
  private static final int METHODID_GET_CONSUMER_TIMEOUT = 22;
  private static final int METHODID_SET_CONSUMER_TIMEOUT = 23;
  private static final int METHODID_CONSUME_ACKED = 24;

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
        case METHODID_CREATE_CONSUMER:
          serviceImpl.createConsumer((io.kafkagateway.v1.CreateConsumerRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.CreateConsumerResponse>) responseObserver);
          break;
        case METHODID_CLOSE_CONSUMER:
          serviceImpl.closeConsumer((io.kafkagateway.v1.CloseConsumerRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.CloseConsumerResponse>) responseObserver);
          break;
        case METHODID_SUBSCRIBE:
          serviceImpl.subscribe((io.kafkagateway.v1.SubscribeRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.SubscribeResponse>) responseObserver);
          break;
        case METHODID_UNSUBSCRIBE:
          serviceImpl.unsubscribe((io.kafkagateway.v1.UnsubscribeRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.UnsubscribeResponse>) responseObserver);
          break;
        case METHODID_POLL:
          serviceImpl.poll((io.kafkagateway.v1.PollRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.PollResponse>) responseObserver);
          break;
        case METHODID_POLL_BATCH:
          serviceImpl.pollBatch((io.kafkagateway.v1.PollBatchRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.PollBatchResponse>) responseObserver);
          break;
        case METHODID_POLL_DICT:
          serviceImpl.pollDict((io.kafkagateway.v1.PollDictRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.PollDictResponse>) responseObserver);
          break;
        case METHODID_POLL_BYTE_STREAM:
          serviceImpl.pollByteStream((io.kafkagateway.v1.PollByteStreamRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.PollByteStreamResponse>) responseObserver);
          break;
        case METHODID_CONSUME:
          serviceImpl.consume((io.kafkagateway.v1.ConsumeRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.ConsumeResponse>) responseObserver);
          break;
        case METHODID_SEEK:
          serviceImpl.seek((io.kafkagateway.v1.SeekRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.SeekResponse>) responseObserver);
          break;
        case METHODID_COMMIT:
          serviceImpl.commit((io.kafkagateway.v1.CommitRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.CommitResponse>) responseObserver);
          break;
        case METHODID_ASSIGN:
          serviceImpl.assign((io.kafkagateway.v1.AssignRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.AssignResponse>) responseObserver);
          break;
        case METHODID_UNASSIGN:
          serviceImpl.unassign((io.kafkagateway.v1.UnassignRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.UnassignResponse>) responseObserver);
          break;
        case METHODID_GET_ASSIGNMENT:
          serviceImpl.getAssignment((io.kafkagateway.v1.GetAssignmentRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetAssignmentResponse>) responseObserver);
          break;
        case METHODID_PAUSE:
          serviceImpl.pause((io.kafkagateway.v1.PauseRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.PauseResponse>) responseObserver);
          break;
        case METHODID_RESUME:
          serviceImpl.resume((io.kafkagateway.v1.ResumeRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.ResumeResponse>) responseObserver);
          break;
        case METHODID_GET_WATERMARK_OFFSETS:
          serviceImpl.getWatermarkOffsets((io.kafkagateway.v1.GetWatermarkOffsetsRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetWatermarkOffsetsResponse>) responseObserver);
          break;
        case METHODID_GET_COMMITTED_OFFSETS:
          serviceImpl.getCommittedOffsets((io.kafkagateway.v1.GetCommittedOffsetsRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetCommittedOffsetsResponse>) responseObserver);
          break;
        case METHODID_GET_POSITIONS:
          serviceImpl.getPositions((io.kafkagateway.v1.GetPositionsRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetPositionsResponse>) responseObserver);
          break;
        case METHODID_GET_OFFSET_INFO:
          serviceImpl.getOffsetInfo((io.kafkagateway.v1.GetOffsetInfoRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetOffsetInfoResponse>) responseObserver);
          break;
        case METHODID_STORE_OFFSETS:
          serviceImpl.storeOffsets((io.kafkagateway.v1.StoreOffsetsRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.StoreOffsetsResponse>) responseObserver);
          break;
        case METHODID_GET_MEMBER_ID:
          serviceImpl.getMemberId((io.kafkagateway.v1.GetMemberIdRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetMemberIdResponse>) responseObserver);
          break;
        case METHODID_GET_CONSUMER_TIMEOUT:
          serviceImpl.getConsumerTimeout((io.kafkagateway.v1.GetConsumerTimeoutRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetConsumerTimeoutResponse>) responseObserver);
          break;
        case METHODID_SET_CONSUMER_TIMEOUT:
          serviceImpl.setConsumerTimeout((io.kafkagateway.v1.SetConsumerTimeoutRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.SetConsumerTimeoutResponse>) responseObserver);
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
        case METHODID_CONSUME_ACKED:
          return (io.grpc.stub.StreamObserver<Req>) serviceImpl.consumeAcked(
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.ConsumeAckedResponse>) responseObserver);
        default:
          throw new AssertionError();
      }
    }
  }

  public static final io.grpc.ServerServiceDefinition bindService(AsyncService service) {
    return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
        .addMethod(
          getCreateConsumerMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.CreateConsumerRequest,
              io.kafkagateway.v1.CreateConsumerResponse>(
                service, METHODID_CREATE_CONSUMER)))
        .addMethod(
          getCloseConsumerMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.CloseConsumerRequest,
              io.kafkagateway.v1.CloseConsumerResponse>(
                service, METHODID_CLOSE_CONSUMER)))
        .addMethod(
          getSubscribeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.SubscribeRequest,
              io.kafkagateway.v1.SubscribeResponse>(
                service, METHODID_SUBSCRIBE)))
        .addMethod(
          getUnsubscribeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.UnsubscribeRequest,
              io.kafkagateway.v1.UnsubscribeResponse>(
                service, METHODID_UNSUBSCRIBE)))
        .addMethod(
          getPollMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.PollRequest,
              io.kafkagateway.v1.PollResponse>(
                service, METHODID_POLL)))
        .addMethod(
          getPollBatchMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.PollBatchRequest,
              io.kafkagateway.v1.PollBatchResponse>(
                service, METHODID_POLL_BATCH)))
        .addMethod(
          getPollDictMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.PollDictRequest,
              io.kafkagateway.v1.PollDictResponse>(
                service, METHODID_POLL_DICT)))
        .addMethod(
          getPollByteStreamMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.PollByteStreamRequest,
              io.kafkagateway.v1.PollByteStreamResponse>(
                service, METHODID_POLL_BYTE_STREAM)))
        .addMethod(
          getConsumeMethod(),
          io.grpc.stub.ServerCalls.asyncServerStreamingCall(
            new MethodHandlers<
              io.kafkagateway.v1.ConsumeRequest,
              io.kafkagateway.v1.ConsumeResponse>(
                service, METHODID_CONSUME)))
        .addMethod(
          getConsumeAckedMethod(),
          io.grpc.stub.ServerCalls.asyncBidiStreamingCall(
            new MethodHandlers<
              io.kafkagateway.v1.ConsumeAckedRequest,
              io.kafkagateway.v1.ConsumeAckedResponse>(
                service, METHODID_CONSUME_ACKED)))
        .addMethod(
          getSeekMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.SeekRequest,
              io.kafkagateway.v1.SeekResponse>(
                service, METHODID_SEEK)))
        .addMethod(
          getCommitMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.CommitRequest,
              io.kafkagateway.v1.CommitResponse>(
                service, METHODID_COMMIT)))
        .addMethod(
          getAssignMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.AssignRequest,
              io.kafkagateway.v1.AssignResponse>(
                service, METHODID_ASSIGN)))
        .addMethod(
          getUnassignMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.UnassignRequest,
              io.kafkagateway.v1.UnassignResponse>(
                service, METHODID_UNASSIGN)))
        .addMethod(
          getGetAssignmentMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.GetAssignmentRequest,
              io.kafkagateway.v1.GetAssignmentResponse>(
                service, METHODID_GET_ASSIGNMENT)))
        .addMethod(
          getPauseMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.PauseRequest,
              io.kafkagateway.v1.PauseResponse>(
                service, METHODID_PAUSE)))
        .addMethod(
          getResumeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.ResumeRequest,
              io.kafkagateway.v1.ResumeResponse>(
                service, METHODID_RESUME)))
        .addMethod(
          getGetWatermarkOffsetsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.GetWatermarkOffsetsRequest,
              io.kafkagateway.v1.GetWatermarkOffsetsResponse>(
                service, METHODID_GET_WATERMARK_OFFSETS)))
        .addMethod(
          getGetCommittedOffsetsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.GetCommittedOffsetsRequest,
              io.kafkagateway.v1.GetCommittedOffsetsResponse>(
                service, METHODID_GET_COMMITTED_OFFSETS)))
        .addMethod(
          getGetPositionsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.GetPositionsRequest,
              io.kafkagateway.v1.GetPositionsResponse>(
                service, METHODID_GET_POSITIONS)))
        .addMethod(
          getGetOffsetInfoMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.GetOffsetInfoRequest,
              io.kafkagateway.v1.GetOffsetInfoResponse>(
                service, METHODID_GET_OFFSET_INFO)))
        .addMethod(
          getStoreOffsetsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.StoreOffsetsRequest,
              io.kafkagateway.v1.StoreOffsetsResponse>(
                service, METHODID_STORE_OFFSETS)))
        .addMethod(
          getGetMemberIdMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.GetMemberIdRequest,
              io.kafkagateway.v1.GetMemberIdResponse>(
                service, METHODID_GET_MEMBER_ID)))
        .addMethod(
          getGetConsumerTimeoutMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.GetConsumerTimeoutRequest,
              io.kafkagateway.v1.GetConsumerTimeoutResponse>(
                service, METHODID_GET_CONSUMER_TIMEOUT)))
        .addMethod(
          getSetConsumerTimeoutMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.SetConsumerTimeoutRequest,
              io.kafkagateway.v1.SetConsumerTimeoutResponse>(
                service, METHODID_SET_CONSUMER_TIMEOUT)))
        .build();
  }

  private static abstract class ConsumerServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    ConsumerServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return io.kafkagateway.v1.ConsumerServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("ConsumerService");
    }
  }

  private static final class ConsumerServiceFileDescriptorSupplier
      extends ConsumerServiceBaseDescriptorSupplier {
    ConsumerServiceFileDescriptorSupplier() {}
  }

  private static final class ConsumerServiceMethodDescriptorSupplier
      extends ConsumerServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    ConsumerServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (ConsumerServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new ConsumerServiceFileDescriptorSupplier())
              .addMethod(getCreateConsumerMethod())
              .addMethod(getCloseConsumerMethod())
              .addMethod(getSubscribeMethod())
              .addMethod(getUnsubscribeMethod())
              .addMethod(getPollMethod())
              .addMethod(getPollBatchMethod())
              .addMethod(getPollDictMethod())
              .addMethod(getPollByteStreamMethod())
              .addMethod(getConsumeMethod())
              .addMethod(getConsumeAckedMethod())
              .addMethod(getSeekMethod())
              .addMethod(getCommitMethod())
              .addMethod(getAssignMethod())
              .addMethod(getUnassignMethod())
              .addMethod(getGetAssignmentMethod())
              .addMethod(getPauseMethod())
              .addMethod(getResumeMethod())
              .addMethod(getGetWatermarkOffsetsMethod())
              .addMethod(getGetCommittedOffsetsMethod())
              .addMethod(getGetPositionsMethod())
              .addMethod(getGetOffsetInfoMethod())
              .addMethod(getStoreOffsetsMethod())
              .addMethod(getGetMemberIdMethod())
              .addMethod(getGetConsumerTimeoutMethod())
              .addMethod(getSetConsumerTimeoutMethod())
              .build();
        }
      }
    }
    return result;
  }
}
