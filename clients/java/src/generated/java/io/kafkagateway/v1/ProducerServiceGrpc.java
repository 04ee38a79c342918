package io.kafkagateway.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * ProducerService writes DolphinDB values to Kafka, as the plugin's producer functions do.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler (version 1.71.0)",
    comments = "Source: kafkagateway/v1/producer_service.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class ProducerServiceGrpc {

  private ProducerServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "kafkagateway.v1.ProducerService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.CreateProducerRequest,
      io.kafkagateway.v1.CreateProducerResponse> getCreateProducerMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateProducer",
      requestType = io.kafkagateway.v1.CreateProducerRequest.class,
      responseType = io.kafkagateway.v1.CreateProducerResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.CreateProducerRequest,
      io.kafkagateway.v1.CreateProducerResponse> getCreateProducerMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.CreateProducerRequest, io.kafkagateway.v1.CreateProducerResponse> getCreateProducerMethod;
    if ((getCreateProducerMethod = ProducerServiceGrpc.getCreateProducerMethod) == null) {
      synchronized (ProducerServiceGrpc.class) {
        if ((getCreateProducerMethod = ProducerServiceGrpc.getCreateProducerMethod) == null) {
          ProducerServiceGrpc.getCreateProducerMethod = getCreateProducerMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.CreateProducerRequest, io.kafkagateway.v1.CreateProducerResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateProducer"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.CreateProducerRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.CreateProducerResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProducerServiceMethodDescriptorSupplier("CreateProducer"))
              .build();
        }
      }
    }
    return getCreateProducerMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.CloseProducerRequest,
      io.kafkagateway.v1.CloseProducerResponse> getCloseProducerMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CloseProducer",
      requestType = io.kafkagateway.v1.CloseProducerRequest.class,
      responseType = io.kafkagateway.v1.CloseProducerResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.CloseProducerRequest,
      io.kafkagateway.v1.CloseProducerResponse> getCloseProducerMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.CloseProducerRequest, io.kafkagateway.v1.CloseProducerResponse> getCloseProducerMethod;
    if ((getCloseProducerMethod = ProducerServiceGrpc.getCloseProducerMethod) == null) {
      synchronized (ProducerServiceGrpc.class) {
        if ((getCloseProducerMethod = ProducerServiceGrpc.getCloseProducerMethod) == null) {
          ProducerServiceGrpc.getCloseProducerMethod = getCloseProducerMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.CloseProducerRequest, io.kafkagateway.v1.CloseProducerResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CloseProducer"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.CloseProducerRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.CloseProducerResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProducerServiceMethodDescriptorSupplier("CloseProducer"))
              .build();
        }
      }
    }
    return getCloseProducerMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.ProduceRequest,
      io.kafkagateway.v1.ProduceResponse> getProduceMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Produce",
      requestType = io.kafkagateway.v1.ProduceRequest.class,
      responseType = io.kafkagateway.v1.ProduceResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.ProduceRequest,
      io.kafkagateway.v1.ProduceResponse> getProduceMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.ProduceRequest, io.kafkagateway.v1.ProduceResponse> getProduceMethod;
    if ((getProduceMethod = ProducerServiceGrpc.getProduceMethod) == null) {
      synchronized (ProducerServiceGrpc.class) {
        if ((getProduceMethod = ProducerServiceGrpc.getProduceMethod) == null) {
          ProducerServiceGrpc.getProduceMethod = getProduceMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.ProduceRequest, io.kafkagateway.v1.ProduceResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Produce"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.ProduceRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.ProduceResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProducerServiceMethodDescriptorSupplier("Produce"))
              .build();
        }
      }
    }
    return getProduceMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.ProduceBatchRequest,
      io.kafkagateway.v1.ProduceBatchResponse> getProduceBatchMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ProduceBatch",
      requestType = io.kafkagateway.v1.ProduceBatchRequest.class,
      responseType = io.kafkagateway.v1.ProduceBatchResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.ProduceBatchRequest,
      io.kafkagateway.v1.ProduceBatchResponse> getProduceBatchMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.ProduceBatchRequest, io.kafkagateway.v1.ProduceBatchResponse> getProduceBatchMethod;
    if ((getProduceBatchMethod = ProducerServiceGrpc.getProduceBatchMethod) == null) {
      synchronized (ProducerServiceGrpc.class) {
        if ((getProduceBatchMethod = ProducerServiceGrpc.getProduceBatchMethod) == null) {
          ProducerServiceGrpc.getProduceBatchMethod = getProduceBatchMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.ProduceBatchRequest, io.kafkagateway.v1.ProduceBatchResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ProduceBatch"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.ProduceBatchRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.ProduceBatchResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProducerServiceMethodDescriptorSupplier("ProduceBatch"))
              .build();
        }
      }
    }
    return getProduceBatchMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.ProduceStreamRequest,
      io.kafkagateway.v1.ProduceStreamResponse> getProduceStreamMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ProduceStream",
      requestType = io.kafkagateway.v1.ProduceStreamRequest.class,
      responseType = io.kafkagateway.v1.ProduceStreamResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.BIDI_STREAMING)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.ProduceStreamRequest,
      io.kafkagateway.v1.ProduceStreamResponse> getProduceStreamMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.ProduceStreamRequest, io.kafkagateway.v1.ProduceStreamResponse> getProduceStreamMethod;
    if ((getProduceStreamMethod = ProducerServiceGrpc.getProduceStreamMethod) == null) {
      synchronized (ProducerServiceGrpc.class) {
        if ((getProduceStreamMethod = ProducerServiceGrpc.getProduceStreamMethod) == null) {
          ProducerServiceGrpc.getProduceStreamMethod = getProduceStreamMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.ProduceStreamRequest, io.kafkagateway.v1.ProduceStreamResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.BIDI_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ProduceStream"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.ProduceStreamRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.ProduceStreamResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProducerServiceMethodDescriptorSupplier("ProduceStream"))
              .build();
        }
      }
    }
    return getProduceStreamMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.FlushRequest,
      io.kafkagateway.v1.FlushResponse> getFlushMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Flush",
      requestType = io.kafkagateway.v1.FlushRequest.class,
      responseType = io.kafkagateway.v1.FlushResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.FlushRequest,
      io.kafkagateway.v1.FlushResponse> getFlushMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.FlushRequest, io.kafkagateway.v1.FlushResponse> getFlushMethod;
    if ((getFlushMethod = ProducerServiceGrpc.getFlushMethod) == null) {
      synchronized (ProducerServiceGrpc.class) {
        if ((getFlushMethod = ProducerServiceGrpc.getFlushMethod) == null) {
          ProducerServiceGrpc.getFlushMethod = getFlushMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.FlushRequest, io.kafkagateway.v1.FlushResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Flush"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.FlushRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.FlushResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProducerServiceMethodDescriptorSupplier("Flush"))
              .build();
        }
      }
    }
    return getFlushMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.GetProducerTimeoutRequest,
      io.kafkagateway.v1.GetProducerTimeoutResponse> getGetProducerTimeoutMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetProducerTimeout",
      requestType = io.kafkagateway.v1.GetProducerTimeoutRequest.class,
      responseType = io.kafkagateway.v1.GetProducerTimeoutResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.GetProducerTimeoutRequest,
      io.kafkagateway.v1.GetProducerTimeoutResponse> getGetProducerTimeoutMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.GetProducerTimeoutRequest, io.kafkagateway.v1.GetProducerTimeoutResponse> getGetProducerTimeoutMethod;
    if ((getGetProducerTimeoutMethod = ProducerServiceGrpc.getGetProducerTimeoutMethod) == null) {
      synchronized (ProducerServiceGrpc.class) {
        if ((getGetProducerTimeoutMethod = ProducerServiceGrpc.getGetProducerTimeoutMethod) == null) {
          ProducerServiceGrpc.getGetProducerTimeoutMethod = getGetProducerTimeoutMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.GetProducerTimeoutRequest, io.kafkagateway.v1.GetProducerTimeoutResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetProducerTimeout"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetProducerTimeoutRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetProducerTimeoutResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProducerServiceMethodDescriptorSupplier("GetProducerTimeout"))
              .build();
        }
      }
    }
    return getGetProducerTimeoutMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.SetProducerTimeoutRequest,
      io.kafkagateway.v1.SetProducerTimeoutResponse> getSetProducerTimeoutMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetProducerTimeout",
      requestType = io.kafkagateway.v1.SetProducerTimeoutRequest.class,
      responseType = io.kafkagateway.v1.SetProducerTimeoutResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.SetProducerTimeoutRequest,
      io.kafkagateway.v1.SetProducerTimeoutResponse> getSetProducerTimeoutMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.SetProducerTimeoutRequest, io.kafkagateway.v1.SetProducerTimeoutResponse> getSetProducerTimeoutMethod;
    if ((getSetProducerTimeoutMethod = ProducerServiceGrpc.getSetProducerTimeoutMethod) == null) {
      synchronized (ProducerServiceGrpc.class) {
        if ((getSetProducerTimeoutMethod = ProducerServiceGrpc.getSetProducerTimeoutMethod) == null) {
          ProducerServiceGrpc.getSetProducerTimeoutMethod = getSetProducerTimeoutMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.SetProducerTimeoutRequest, io.kafkagateway.v1.SetProducerTimeoutResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetProducerTimeout"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.SetProducerTimeoutRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.SetProducerTimeoutResponse.getDefaultInstance()))
              .setSchemaDescriptor(new ProducerServiceMethodDescriptorSupplier("SetProducerTimeout"))
              .build();
        }
      }
    }
    return getSetProducerTimeoutMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static ProducerServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ProducerServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ProducerServiceStub>() {
        @java.lang.Override
        public ProducerServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ProducerServiceStub(channel, callOptions);
        }
      };
    return ProducerServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static ProducerServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ProducerServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ProducerServiceBlockingV2Stub>() {
        @java.lang.Override
        public ProducerServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ProducerServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return ProducerServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static ProducerServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ProducerServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ProducerServiceBlockingStub>() {
        @java.lang.Override
        public ProducerServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ProducerServiceBlockingStub(channel, callOptions);
        }
      };
    return ProducerServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static ProducerServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<ProducerServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<ProducerServiceFutureStub>() {
        @java.lang.Override
        public ProducerServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new ProducerServiceFutureStub(channel, callOptions);
        }
      };
    return ProducerServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * ProducerService writes DolphinDB values to Kafka, as the plugin's producer functions do.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * CreateProducer creates a producer from a librdkafka config and checks that its brokers answer
     * (plugin: producer(config)).
     * gRPC error codes:
     *   INVALID_ARGUMENT   an unknown or invalid property ("Failed to set &lt;key&gt;: ..."), or one the gateway refuses
     *                      because it reads files, runs programs or loads libraries on the gateway's host
     *   UNAVAILABLE        the brokers cannot be reached
     *   RESOURCE_EXHAUSTED the gateway holds as many handles as it allows
     * </pre>
     */
    default void createProducer(io.kafkagateway.v1.CreateProducerRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.CreateProducerResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateProducerMethod(), responseObserver);
    }

    /**
     * <pre>
     * CloseProducer flushes what the producer still holds (up to its timeout) and closes it.
     * </pre>
     */
    default void closeProducer(io.kafkagateway.v1.CloseProducerRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.CloseProducerResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCloseProducerMethod(), responseObserver);
    }

    /**
     * <pre>
     * Produce sends a value to a topic (plugin: produce(producer, topic, key, value, marshalType, [partition])).
     * A large vector or table is split by the buffer and message sizes (SettingsService) into several messages.
     * gRPC error codes:
     *   INVALID_ARGUMENT   an empty topic, a negative partition, a value the marshal type cannot carry
     *   NOT_FOUND          an unknown producer handle, or (waiting for delivery) an unknown topic or partition
     *   RESOURCE_EXHAUSTED librdkafka's local queue is full ("Local: Queue full")
     *   DEADLINE_EXCEEDED  waiting for delivery took longer than the call's deadline or the message timeout
     * </pre>
     */
    default void produce(io.kafkagateway.v1.ProduceRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.ProduceResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getProduceMethod(), responseObserver);
    }

    /**
     * <pre>
     * ProduceBatch sends many records with one call and waits for each to be delivered. Each record gets its own
     * result, in order: where it was written, or why it failed. One bad record does not stop the others. At most
     * 10,000 records per call (INVALID_ARGUMENT beyond).
     * </pre>
     */
    default void produceBatch(io.kafkagateway.v1.ProduceBatchRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.ProduceBatchResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getProduceBatchMethod(), responseObserver);
    }

    /**
     * <pre>
     * ProduceStream sends records as they come and answers each, in order, once it is delivered (or with its own
     * error). The first request names the producer. A request carries one record, or many in `records`: one
     * request per record is simplest, several hundred small records per request is several times faster. At most
     * 4096 records are in flight per stream: beyond that the gateway reads no more requests until results went
     * out. A full local queue is waited out with backoff for up to the producer's timeout, then that record is
     * answered with RESOURCE_EXHAUSTED.
     * </pre>
     */
    default io.grpc.stub.StreamObserver<io.kafkagateway.v1.ProduceStreamRequest> produceStream(
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.ProduceStreamResponse> responseObserver) {
      return io.grpc.stub.ServerCalls.asyncUnimplementedStreamingCall(getProduceStreamMethod(), responseObserver);
    }

    /**
     * <pre>
     * Flush waits until every queued message is delivered (plugin: producerFlush(producer)).
     * </pre>
     */
    default void flush(io.kafkagateway.v1.FlushRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.FlushResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getFlushMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetProducerTimeout returns the producer's timeout in milliseconds, used by Flush and Close (plugin: getProducerTime).
     * </pre>
     */
    default void getProducerTimeout(io.kafkagateway.v1.GetProducerTimeoutRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetProducerTimeoutResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetProducerTimeoutMethod(), responseObserver);
    }

    /**
     * <pre>
     * SetProducerTimeout changes the producer's timeout (plugin: setProducerTime).
     * </pre>
     */
    default void setProducerTimeout(io.kafkagateway.v1.SetProducerTimeoutRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.SetProducerTimeoutResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetProducerTimeoutMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service ProducerService.
   * <pre>
   * ProducerService writes DolphinDB values to Kafka, as the plugin's producer functions do.
   * </pre>
   */
  public static abstract class ProducerServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return ProducerServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service ProducerService.
   * <pre>
   * ProducerService writes DolphinDB values to Kafka, as the plugin's producer functions do.
   * </pre>
   */
  public static final class ProducerServiceStub
      extends io.grpc.stub.AbstractAsyncStub<ProducerServiceStub> {
    private ProducerServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ProducerServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ProducerServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * CreateProducer creates a producer from a librdkafka config and checks that its brokers answer
     * (plugin: producer(config)).
     * gRPC error codes:
     *   INVALID_ARGUMENT   an unknown or invalid property ("Failed to set &lt;key&gt;: ..."), or one the gateway refuses
     *                      because it reads files, runs programs or loads libraries on the gateway's host
     *   UNAVAILABLE        the brokers cannot be reached
     *   RESOURCE_EXHAUSTED the gateway holds as many handles as it allows
     * </pre>
     */
    public void createProducer(io.kafkagateway.v1.CreateProducerRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.CreateProducerResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateProducerMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * CloseProducer flushes what the producer still holds (up to its timeout) and closes it.
     * </pre>
     */
    public void closeProducer(io.kafkagateway.v1.CloseProducerRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.CloseProducerResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCloseProducerMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Produce sends a value to a topic (plugin: produce(producer, topic, key, value, marshalType, [partition])).
     * A large vector or table is split by the buffer and message sizes (SettingsService) into several messages.
     * gRPC error codes:
     *   INVALID_ARGUMENT   an empty topic, a negative partition, a value the marshal type cannot carry
     *   NOT_FOUND          an unknown producer handle, or (waiting for delivery) an unknown topic or partition
     *   RESOURCE_EXHAUSTED librdkafka's local queue is full ("Local: Queue full")
     *   DEADLINE_EXCEEDED  waiting for delivery took longer than the call's deadline or the message timeout
     * </pre>
     */
    public void produce(io.kafkagateway.v1.ProduceRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.ProduceResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getProduceMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ProduceBatch sends many records with one call and waits for each to be delivered. Each record gets its own
     * result, in order: where it was written, or why it failed. One bad record does not stop the others. At most
     * 10,000 records per call (INVALID_ARGUMENT beyond).
     * </pre>
     */
    public void produceBatch(io.kafkagateway.v1.ProduceBatchRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.ProduceBatchResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getProduceBatchMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ProduceStream sends records as they come and answers each, in order, once it is delivered (or with its own
     * error). The first request names the producer. A request carries one record, or many in `records`: one
     * request per record is simplest, several hundred small records per request is several times faster. At most
     * 4096 records are in flight per stream: beyond that the gateway reads no more requests until results went
     * out. A full local queue is waited out with backoff for up to the producer's timeout, then that record is
     * answered with RESOURCE_EXHAUSTED.
     * </pre>
     */
    public io.grpc.stub.StreamObserver<io.kafkagateway.v1.ProduceStreamRequest> produceStream(
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.ProduceStreamResponse> responseObserver) {
      return io.grpc.stub.ClientCalls.asyncBidiStreamingCall(
          getChannel().newCall(getProduceStreamMethod(), getCallOptions()), responseObserver);
    }

    /**
     * <pre>
     * Flush waits until every queued message is delivered (plugin: producerFlush(producer)).
     * </pre>
     */
    public void flush(io.kafkagateway.v1.FlushRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.FlushResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getFlushMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetProducerTimeout returns the producer's timeout in milliseconds, used by Flush and Close (plugin: getProducerTime).
     * </pre>
     */
    public void getProducerTimeout(io.kafkagateway.v1.GetProducerTimeoutRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetProducerTimeoutResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetProducerTimeoutMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SetProducerTimeout changes the producer's timeout (plugin: setProducerTime).
     * </pre>
     */
    public void setProducerTimeout(io.kafkagateway.v1.SetProducerTimeoutRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.SetProducerTimeoutResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetProducerTimeoutMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service ProducerService.
   * <pre>
   * ProducerService writes DolphinDB values to Kafka, as the plugin's producer functions do.
   * </pre>
   */
  public static final class ProducerServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<ProducerServiceBlockingV2Stub> {
    private ProducerServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ProducerServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ProducerServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * CreateProducer creates a producer from a librdkafka config and checks that its brokers answer
     * (plugin: producer(config)).
     * gRPC error codes:
     *   INVALID_ARGUMENT   an unknown or invalid property ("Failed to set &lt;key&gt;: ..."), or one the gateway refuses
     *                      because it reads files, runs programs or loads libraries on the gateway's host
     *   UNAVAILABLE        the brokers cannot be reached
     *   RESOURCE_EXHAUSTED the gateway holds as many handles as it allows
     * </pre>
     */
    public io.kafkagateway.v1.CreateProducerResponse createProducer(io.kafkagateway.v1.CreateProducerRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateProducerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * CloseProducer flushes what the producer still holds (up to its timeout) and closes it.
     * </pre>
     */
    public io.kafkagateway.v1.CloseProducerResponse closeProducer(io.kafkagateway.v1.CloseProducerRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCloseProducerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Produce sends a value to a topic (plugin: produce(producer, topic, key, value, marshalType, [partition])).
     * A large vector or table is split by the buffer and message sizes (SettingsService) into several messages.
     * gRPC error codes:
     *   INVALID_ARGUMENT   an empty topic, a negative partition, a value the marshal type cannot carry
     *   NOT_FOUND          an unknown producer handle, or (waiting for delivery) an unknown topic or partition
     *   RESOURCE_EXHAUSTED librdkafka's local queue is full ("Local: Queue full")
     *   DEADLINE_EXCEEDED  waiting for delivery took longer than the call's deadline or the message timeout
     * </pre>
     */
    public io.kafkagateway.v1.ProduceResponse produce(io.kafkagateway.v1.ProduceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getProduceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ProduceBatch sends many records with one call and waits for each to be delivered. Each record gets its own
     * result, in order: where it was written, or why it failed. One bad record does not stop the others. At most
     * 10,000 records per call (INVALID_ARGUMENT beyond).
     * </pre>
     */
    public io.kafkagateway.v1.ProduceBatchResponse produceBatch(io.kafkagateway.v1.ProduceBatchRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getProduceBatchMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ProduceStream sends records as they come and answers each, in order, once it is delivered (or with its own
     * error). The first request names the producer. A request carries one record, or many in `records`: one
     * request per record is simplest, several hundred small records per request is several times faster. At most
     * 4096 records are in flight per stream: beyond that the gateway reads no more requests until results went
     * out. A full local queue is waited out with backoff for up to the producer's timeout, then that record is
     * answered with RESOURCE_EXHAUSTED.
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<io.kafkagateway.v1.ProduceStreamRequest, io.kafkagateway.v1.ProduceStreamResponse>
        produceStream() {
      return io.grpc.stub.ClientCalls.blockingBidiStreamingCall(
          getChannel(), getProduceStreamMethod(), getCallOptions());
    }

    /**
     * <pre>
     * Flush waits until every queued message is delivered (plugin: producerFlush(producer)).
     * </pre>
     */
    public io.kafkagateway.v1.FlushResponse flush(io.kafkagateway.v1.FlushRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getFlushMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetProducerTimeout returns the producer's timeout in milliseconds, used by Flush and Close (plugin: getProducerTime).
     * </pre>
     */
    public io.kafkagateway.v1.GetProducerTimeoutResponse getProducerTimeout(io.kafkagateway.v1.GetProducerTimeoutRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetProducerTimeoutMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SetProducerTimeout changes the producer's timeout (plugin: setProducerTime).
     * </pre>
     */
    public io.kafkagateway.v1.SetProducerTimeoutResponse setProducerTimeout(io.kafkagateway.v1.SetProducerTimeoutRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetProducerTimeoutMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service ProducerService.
   * <pre>
   * ProducerService writes DolphinDB values to Kafka, as the plugin's producer functions do.
   * </pre>
   */
  public static final class ProducerServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<ProducerServiceBlockingStub> {
    private ProducerServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ProducerServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ProducerServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * CreateProducer creates a producer from a librdkafka config and checks that its brokers answer
     * (plugin: producer(config)).
     * gRPC error codes:
     *   INVALID_ARGUMENT   an unknown or invalid property ("Failed to set &lt;key&gt;: ..."), or one the gateway refuses
     *                      because it reads files, runs programs or loads libraries on the gateway's host
     *   UNAVAILABLE        the brokers cannot be reached
     *   RESOURCE_EXHAUSTED the gateway holds as many handles as it allows
     * </pre>
     */
    public io.kafkagateway.v1.CreateProducerResponse createProducer(io.kafkagateway.v1.CreateProducerRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateProducerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * CloseProducer flushes what the producer still holds (up to its timeout) and closes it.
     * </pre>
     */
    public io.kafkagateway.v1.CloseProducerResponse closeProducer(io.kafkagateway.v1.CloseProducerRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCloseProducerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Produce sends a value to a topic (plugin: produce(producer, topic, key, value, marshalType, [partition])).
     * A large vector or table is split by the buffer and message sizes (SettingsService) into several messages.
     * gRPC error codes:
     *   INVALID_ARGUMENT   an empty topic, a negative partition, a value the marshal type cannot carry
     *   NOT_FOUND          an unknown producer handle, or (waiting for delivery) an unknown topic or partition
     *   RESOURCE_EXHAUSTED librdkafka's local queue is full ("Local: Queue full")
     *   DEADLINE_EXCEEDED  waiting for delivery took longer than the call's deadline or the message timeout
     * </pre>
     */
    public io.kafkagateway.v1.ProduceResponse produce(io.kafkagateway.v1.ProduceRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getProduceMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ProduceBatch sends many records with one call and waits for each to be delivered. Each record gets its own
     * result, in order: where it was written, or why it failed. One bad record does not stop the others. At most
     * 10,000 records per call (INVALID_ARGUMENT beyond).
     * </pre>
     */
    public io.kafkagateway.v1.ProduceBatchResponse produceBatch(io.kafkagateway.v1.ProduceBatchRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getProduceBatchMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Flush waits until every queued message is delivered (plugin: producerFlush(producer)).
     * </pre>
     */
    public io.kafkagateway.v1.FlushResponse flush(io.kafkagateway.v1.FlushRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getFlushMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetProducerTimeout returns the producer's timeout in milliseconds, used by Flush and Close (plugin: getProducerTime).
     * </pre>
     */
    public io.kafkagateway.v1.GetProducerTimeoutResponse getProducerTimeout(io.kafkagateway.v1.GetProducerTimeoutRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetProducerTimeoutMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SetProducerTimeout changes the producer's timeout (plugin: setProducerTime).
     * </pre>
     */
    public io.kafkagateway.v1.SetProducerTimeoutResponse setProducerTimeout(io.kafkagateway.v1.SetProducerTimeoutRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetProducerTimeoutMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service ProducerService.
   * <pre>
   * ProducerService writes DolphinDB values to Kafka, as the plugin's producer functions do.
   * </pre>
   */
  public static final class ProducerServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<ProducerServiceFutureStub> {
    private ProducerServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected ProducerServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new ProducerServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * CreateProducer creates a producer from a librdkafka config and checks that its brokers answer
     * (plugin: producer(config)).
     * gRPC error codes:
     *   INVALID_ARGUMENT   an unknown or invalid property ("Failed to set &lt;key&gt;: ..."), or one the gateway refuses
     *                      because it reads files, runs programs or loads libraries on the gateway's host
     *   UNAVAILABLE        the brokers cannot be reached
     *   RESOURCE_EXHAUSTED the gateway holds as many handles as it allows
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.CreateProducerResponse> createProducer(
        io.kafkagateway.v1.CreateProducerRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateProducerMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * CloseProducer flushes what the producer still holds (up to its timeout) and closes it.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.CloseProducerResponse> closeProducer(
        io.kafkagateway.v1.CloseProducerRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCloseProducerMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Produce sends a value to a topic (plugin: produce(producer, topic, key, value, marshalType, [partition])).
     * A large vector or table is split by the buffer and message sizes (SettingsService) into several messages.
     * gRPC error codes:
     *   INVALID_ARGUMENT   an empty topic, a negative partition, a value the marshal type cannot carry
     *   NOT_FOUND          an unknown producer handle, or (waiting for delivery) an unknown topic or partition
     *   RESOURCE_EXHAUSTED librdkafka's local queue is full ("Local: Queue full")
     *   DEADLINE_EXCEEDED  waiting for delivery took longer than the call's deadline or the message timeout
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.ProduceResponse> produce(
        io.kafkagateway.v1.ProduceRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getProduceMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ProduceBatch sends many records with one call and waits for each to be delivered. Each record gets its own
     * result, in order: where it was written, or why it failed. One bad record does not stop the others. At most
     * 10,000 records per call (INVALID_ARGUMENT beyond).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.ProduceBatchResponse> produceBatch(
        io.kafkagateway.v1.ProduceBatchRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getProduceBatchMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Flush waits until every queued message is delivered (plugin: producerFlush(producer)).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.FlushResponse> flush(
        io.kafkagateway.v1.FlushRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getFlushMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetProducerTimeout returns the producer's timeout in milliseconds, used by Flush and Close (plugin: getProducerTime).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.GetProducerTimeoutResponse> getProducerTimeout(
        io.kafkagateway.v1.GetProducerTimeoutRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetProducerTimeoutMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SetProducerTimeout changes the producer's timeout (plugin: setProducerTime).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.SetProducerTimeoutResponse> setProducerTimeout(
        io.kafkagateway.v1.SetProducerTimeoutRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetProducerTimeoutMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_PRODUCER = 0;
  private static final int METHODID_CLOSE_PRODUCER = 1;
  private static final int METHODID_PRODUCE = 2;
  private static final int METHODID_PRODUCE_BATCH = 3;
  private static final int METHODID_FLUSH = 4;
  private static final int METHODID_GET_PRODUCER_TIMEOUT = 5;
  private static final int METHODID_SET_PRODUCER_TIMEOUT = 6;
  private static final int METHODID_PRODUCE_STREAM = 7;

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
        case METHODID_CREATE_PRODUCER:
          serviceImpl.createProducer((io.kafkagateway.v1.CreateProducerRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.CreateProducerResponse>) responseObserver);
          break;
        case METHODID_CLOSE_PRODUCER:
          serviceImpl.closeProducer((io.kafkagateway.v1.CloseProducerRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.CloseProducerResponse>) responseObserver);
          break;
        case METHODID_PRODUCE:
          serviceImpl.produce((io.kafkagateway.v1.ProduceRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.ProduceResponse>) responseObserver);
          break;
        case METHODID_PRODUCE_BATCH:
          serviceImpl.produceBatch((io.kafkagateway.v1.ProduceBatchRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.ProduceBatchResponse>) responseObserver);
          break;
        case METHODID_FLUSH:
          serviceImpl.flush((io.kafkagateway.v1.FlushRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.FlushResponse>) responseObserver);
          break;
        case METHODID_GET_PRODUCER_TIMEOUT:
          serviceImpl.getProducerTimeout((io.kafkagateway.v1.GetProducerTimeoutRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetProducerTimeoutResponse>) responseObserver);
          break;
        case METHODID_SET_PRODUCER_TIMEOUT:
          serviceImpl.setProducerTimeout((io.kafkagateway.v1.SetProducerTimeoutRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.SetProducerTimeoutResponse>) responseObserver);
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
        case METHODID_PRODUCE_STREAM:
          return (io.grpc.stub.StreamObserver<Req>) serviceImpl.produceStream(
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.ProduceStreamResponse>) responseObserver);
        default:
          throw new AssertionError();
      }
    }
  }

  public static final io.grpc.ServerServiceDefinition bindService(AsyncService service) {
    return io.grpc.ServerServiceDefinition.builder(getServiceDescriptor())
        .addMethod(
          getCreateProducerMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.CreateProducerRequest,
              io.kafkagateway.v1.CreateProducerResponse>(
                service, METHODID_CREATE_PRODUCER)))
        .addMethod(
          getCloseProducerMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.CloseProducerRequest,
              io.kafkagateway.v1.CloseProducerResponse>(
                service, METHODID_CLOSE_PRODUCER)))
        .addMethod(
          getProduceMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.ProduceRequest,
              io.kafkagateway.v1.ProduceResponse>(
                service, METHODID_PRODUCE)))
        .addMethod(
          getProduceBatchMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.ProduceBatchRequest,
              io.kafkagateway.v1.ProduceBatchResponse>(
                service, METHODID_PRODUCE_BATCH)))
        .addMethod(
          getProduceStreamMethod(),
          io.grpc.stub.ServerCalls.asyncBidiStreamingCall(
            new MethodHandlers<
              io.kafkagateway.v1.ProduceStreamRequest,
              io.kafkagateway.v1.ProduceStreamResponse>(
                service, METHODID_PRODUCE_STREAM)))
        .addMethod(
          getFlushMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.FlushRequest,
              io.kafkagateway.v1.FlushResponse>(
                service, METHODID_FLUSH)))
        .addMethod(
          getGetProducerTimeoutMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.GetProducerTimeoutRequest,
              io.kafkagateway.v1.GetProducerTimeoutResponse>(
                service, METHODID_GET_PRODUCER_TIMEOUT)))
        .addMethod(
          getSetProducerTimeoutMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.SetProducerTimeoutRequest,
              io.kafkagateway.v1.SetProducerTimeoutResponse>(
                service, METHODID_SET_PRODUCER_TIMEOUT)))
        .build();
  }

  private static abstract class ProducerServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    ProducerServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return io.kafkagateway.v1.ProducerServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("ProducerService");
    }
  }

  private static final class ProducerServiceFileDescriptorSupplier
      extends ProducerServiceBaseDescriptorSupplier {
    ProducerServiceFileDescriptorSupplier() {}
  }

  private static final class ProducerServiceMethodDescriptorSupplier
      extends ProducerServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    ProducerServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (ProducerServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new ProducerServiceFileDescriptorSupplier())
              .addMethod(getCreateProducerMethod())
              .addMethod(getCloseProducerMethod())
              .addMethod(getProduceMethod())
              .addMethod(getProduceBatchMethod())
              .addMethod(getProduceStreamMethod())
              .addMethod(getFlushMethod())
              .addMethod(getGetProducerTimeoutMethod())
              .addMethod(getSetProducerTimeoutMethod())
              .build();
        }
      }
    }
    return result;
  }
}
