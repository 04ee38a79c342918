package io.kafkagateway.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * SubJobService runs the plugin's sub-jobs: background jobs that read a consumer, turn each message into rows with
 * a declarative parser, and append them to a table of TableService (or hand them to a client watching the job).
 * A job into a table writes each batch's rows and the positions it consumed in one database transaction, and then
 * commits them to Kafka: a job on a table that already holds positions for its group starts from them, so that a
 * crash or restart neither loses nor repeats a row. A durable job is resumed by the gateway when it starts.
 * A consumer read by a job is the job's: other calls that would read, move or close it get FAILED_PRECONDITION
 * (reason CONSUMER_HELD_BY_SUBJOB) until the job is cancelled. Calls that only look at it still work.
 * Common gRPC error codes: INVALID_ARGUMENT for a bad argument (the plugin's text where it has one), NOT_FOUND for
 * a job or consumer that does not exist (the plugin's text for an unknown job).
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler (version 1.71.0)",
    comments = "Source: kafkagateway/v1/subjob_service.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class SubJobServiceGrpc {

  private SubJobServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "kafkagateway.v1.SubJobService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.CreateSubJobRequest,
      io.kafkagateway.v1.CreateSubJobResponse> getCreateSubJobMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateSubJob",
      requestType = io.kafkagateway.v1.CreateSubJobRequest.class,
      responseType = io.kafkagateway.v1.CreateSubJobResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.CreateSubJobRequest,
      io.kafkagateway.v1.CreateSubJobResponse> getCreateSubJobMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.CreateSubJobRequest, io.kafkagateway.v1.CreateSubJobResponse> getCreateSubJobMethod;
    if ((getCreateSubJobMethod = SubJobServiceGrpc.getCreateSubJobMethod) == null) {
      synchronized (SubJobServiceGrpc.class) {
        if ((getCreateSubJobMethod = SubJobServiceGrpc.getCreateSubJobMethod) == null) {
          SubJobServiceGrpc.getCreateSubJobMethod = getCreateSubJobMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.CreateSubJobRequest, io.kafkagateway.v1.CreateSubJobResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateSubJob"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.CreateSubJobRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.CreateSubJobResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SubJobServiceMethodDescriptorSupplier("CreateSubJob"))
              .build();
        }
      }
    }
    return getCreateSubJobMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.GetJobStatRequest,
      io.kafkagateway.v1.GetJobStatResponse> getGetJobStatMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetJobStat",
      requestType = io.kafkagateway.v1.GetJobStatRequest.class,
      responseType = io.kafkagateway.v1.GetJobStatResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.GetJobStatRequest,
      io.kafkagateway.v1.GetJobStatResponse> getGetJobStatMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.GetJobStatRequest, io.kafkagateway.v1.GetJobStatResponse> getGetJobStatMethod;
    if ((getGetJobStatMethod = SubJobServiceGrpc.getGetJobStatMethod) == null) {
      synchronized (SubJobServiceGrpc.class) {
        if ((getGetJobStatMethod = SubJobServiceGrpc.getGetJobStatMethod) == null) {
          SubJobServiceGrpc.getGetJobStatMethod = getGetJobStatMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.GetJobStatRequest, io.kafkagateway.v1.GetJobStatResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetJobStat"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetJobStatRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetJobStatResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SubJobServiceMethodDescriptorSupplier("GetJobStat"))
              .build();
        }
      }
    }
    return getGetJobStatMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.CancelSubJobRequest,
      io.kafkagateway.v1.CancelSubJobResponse> getCancelSubJobMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CancelSubJob",
      requestType = io.kafkagateway.v1.CancelSubJobRequest.class,
      responseType = io.kafkagateway.v1.CancelSubJobResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.CancelSubJobRequest,
      io.kafkagateway.v1.CancelSubJobResponse> getCancelSubJobMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.CancelSubJobRequest, io.kafkagateway.v1.CancelSubJobResponse> getCancelSubJobMethod;
    if ((getCancelSubJobMethod = SubJobServiceGrpc.getCancelSubJobMethod) == null) {
      synchronized (SubJobServiceGrpc.class) {
        if ((getCancelSubJobMethod = SubJobServiceGrpc.getCancelSubJobMethod) == null) {
          SubJobServiceGrpc.getCancelSubJobMethod = getCancelSubJobMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.CancelSubJobRequest, io.kafkagateway.v1.CancelSubJobResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CancelSubJob"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.CancelSubJobRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.CancelSubJobResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SubJobServiceMethodDescriptorSupplier("CancelSubJob"))
              .build();
        }
      }
    }
    return getCancelSubJobMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.GetSubJobConsumerRequest,
      io.kafkagateway.v1.GetSubJobConsumerResponse> getGetSubJobConsumerMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetSubJobConsumer",
      requestType = io.kafkagateway.v1.GetSubJobConsumerRequest.class,
      responseType = io.kafkagateway.v1.GetSubJobConsumerResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.GetSubJobConsumerRequest,
      io.kafkagateway.v1.GetSubJobConsumerResponse> getGetSubJobConsumerMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.GetSubJobConsumerRequest, io.kafkagateway.v1.GetSubJobConsumerResponse> getGetSubJobConsumerMethod;
    if ((getGetSubJobConsumerMethod = SubJobServiceGrpc.getGetSubJobConsumerMethod) == null) {
      synchronized (SubJobServiceGrpc.class) {
        if ((getGetSubJobConsumerMethod = SubJobServiceGrpc.getGetSubJobConsumerMethod) == null) {
          SubJobServiceGrpc.getGetSubJobConsumerMethod = getGetSubJobConsumerMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.GetSubJobConsumerRequest, io.kafkagateway.v1.GetSubJobConsumerResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetSubJobConsumer"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetSubJobConsumerRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetSubJobConsumerResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SubJobServiceMethodDescriptorSupplier("GetSubJobConsumer"))
              .build();
        }
      }
    }
    return getGetSubJobConsumerMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.WatchSubJobRequest,
      io.kafkagateway.v1.WatchSubJobResponse> getWatchSubJobMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "WatchSubJob",
      requestType = io.kafkagateway.v1.WatchSubJobRequest.class,
      responseType = io.kafkagateway.v1.WatchSubJobResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.WatchSubJobRequest,
      io.kafkagateway.v1.WatchSubJobResponse> getWatchSubJobMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.WatchSubJobRequest, io.kafkagateway.v1.WatchSubJobResponse> getWatchSubJobMethod;
    if ((getWatchSubJobMethod = SubJobServiceGrpc.getWatchSubJobMethod) == null) {
      synchronized (SubJobServiceGrpc.class) {
        if ((getWatchSubJobMethod = SubJobServiceGrpc.getWatchSubJobMethod) == null) {
          SubJobServiceGrpc.getWatchSubJobMethod = getWatchSubJobMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.WatchSubJobRequest, io.kafkagateway.v1.WatchSubJobResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "WatchSubJob"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.WatchSubJobRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.WatchSubJobResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SubJobServiceMethodDescriptorSupplier("WatchSubJob"))
              .build();
        }
      }
    }
    return getWatchSubJobMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static SubJobServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SubJobServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SubJobServiceStub>() {
        @java.lang.Override
        public SubJobServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SubJobServiceStub(channel, callOptions);
        }
      };
    return SubJobServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static SubJobServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SubJobServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SubJobServiceBlockingV2Stub>() {
        @java.lang.Override
        public SubJobServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SubJobServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return SubJobServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static SubJobServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SubJobServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SubJobServiceBlockingStub>() {
        @java.lang.Override
        public SubJobServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SubJobServiceBlockingStub(channel, callOptions);
        }
      };
    return SubJobServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static SubJobServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SubJobServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SubJobServiceFutureStub>() {
        @java.lang.Override
        public SubJobServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SubJobServiceFutureStub(channel, callOptions);
        }
      };
    return SubJobServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * SubJobService runs the plugin's sub-jobs: background jobs that read a consumer, turn each message into rows with
   * a declarative parser, and append them to a table of TableService (or hand them to a client watching the job).
   * A job into a table writes each batch's rows and the positions it consumed in one database transaction, and then
   * commits them to Kafka: a job on a table that already holds positions for its group starts from them, so that a
   * crash or restart neither loses nor repeats a row. A durable job is resumed by the gateway when it starts.
   * A consumer read by a job is the job's: other calls that would read, move or close it get FAILED_PRECONDITION
   * (reason CONSUMER_HELD_BY_SUBJOB) until the job is cancelled. Calls that only look at it still work.
   * Common gRPC error codes: INVALID_ARGUMENT for a bad argument (the plugin's text where it has one), NOT_FOUND for
   * a job or consumer that does not exist (the plugin's text for an unknown job).
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * The plugin's createSubJob: starts a job and returns its handle.
     * gRPC error codes:
     *   INVALID_ARGUMENT     a bad option (throttle, batch_size, queue_depth), no target, a parser that cannot fill
     *                        the table (a column it has no source for, a type it cannot convert to), no consumer
     *   ALREADY_EXISTS       action_name is used by another running job (the plugin's text)
     *   NOT_FOUND            the consumer or the table does not exist
     *   FAILED_PRECONDITION  the consumer is already read by another job or a stream; durable without a consumer
     *                        the job creates itself
     *   RESOURCE_EXHAUSTED   too many jobs or handles
     * </pre>
     */
    default void createSubJob(io.kafkagateway.v1.CreateSubJobRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.CreateSubJobResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateSubJobMethod(), responseObserver);
    }

    /**
     * <pre>
     * The plugin's getJobStat: one row per running job, typed and as a DolphinDB table Value.
     * </pre>
     */
    default void getJobStat(io.kafkagateway.v1.GetJobStatRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetJobStatResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetJobStatMethod(), responseObserver);
    }

    /**
     * <pre>
     * The plugin's cancelSubJob: stops the job after the batch in progress (written and committed) and removes it.
     * A consumer the job created is closed with it; a consumer it was given is free again. A durable job is
     * forgotten: it is not resumed.
     * gRPC error codes:
     *   NOT_FOUND            no such job (the plugin's texts: "Unknown handle name '&lt;s&gt;'.", "Invalid subJob handle long.")
     * </pre>
     */
    default void cancelSubJob(io.kafkagateway.v1.CancelSubJobRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.CancelSubJobResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCancelSubJobMethod(), responseObserver);
    }

    /**
     * <pre>
     * The plugin's getSubJobConsumer: the consumer handle the job reads.
     * </pre>
     */
    default void getSubJobConsumer(io.kafkagateway.v1.GetSubJobConsumerRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetSubJobConsumerResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetSubJobConsumerMethod(), responseObserver);
    }

    /**
     * <pre>
     * The job's parsed tables, batch by batch, for a job whose target is `watch` (the plugin's handler function).
     * The job waits for the watcher: it holds at most queue_depth rows not yet sent, and reads on as the client
     * takes them. One watcher at a time; the stream ends with NOT_FOUND when the job is cancelled.
     * gRPC error codes:
     *   FAILED_PRECONDITION  the job writes into a table, or another client watches it
     * </pre>
     */
    default void watchSubJob(io.kafkagateway.v1.WatchSubJobRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.WatchSubJobResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getWatchSubJobMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service SubJobService.
   * <pre>
   * SubJobService runs the plugin's sub-jobs: background jobs that read a consumer, turn each message into rows with
   * a declarative parser, and append them to a table of TableService (or hand them to a client watching the job).
   * A job into a table writes each batch's rows and the positions it consumed in one database transaction, and then
   * commits them to Kafka: a job on a table that already holds positions for its group starts from them, so that a
   * crash or restart neither loses nor repeats a row. A durable job is resumed by the gateway when it starts.
   * A consumer read by a job is the job's: other calls that would read, move or close it get FAILED_PRECONDITION
   * (reason CONSUMER_HELD_BY_SUBJOB) until the job is cancelled. Calls that only look at it still work.
   * Common gRPC error codes: INVALID_ARGUMENT for a bad argument (the plugin's text where it has one), NOT_FOUND for
   * a job or consumer that does not exist (the plugin's text for an unknown job).
   * </pre>
   */
  public static abstract class SubJobServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return SubJobServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service SubJobService.
   * <pre>
   * SubJobService runs the plugin's sub-jobs: background jobs that read a consumer, turn each message into rows with
   * a declarative parser, and append them to a table of TableService (or hand them to a client watching the job).
   * A job into a table writes each batch's rows and the positions it consumed in one database transaction, and then
   * commits them to Kafka: a job on a table that already holds positions for its group starts from them, so that a
   * crash or restart neither loses nor repeats a row. A durable job is resumed by the gateway when it starts.
   * A consumer read by a job is the job's: other calls that would read, move or close it get FAILED_PRECONDITION
   * (reason CONSUMER_HELD_BY_SUBJOB) until the job is cancelled. Calls that only look at it still work.
   * Common gRPC error codes: INVALID_ARGUMENT for a bad argument (the plugin's text where it has one), NOT_FOUND for
   * a job or consumer that does not exist (the plugin's text for an unknown job).
   * </pre>
   */
  public static final class SubJobServiceStub
      extends io.grpc.stub.AbstractAsyncStub<SubJobServiceStub> {
    private SubJobServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SubJobServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SubJobServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * The plugin's createSubJob: starts a job and returns its handle.
     * gRPC error codes:
     *   INVALID_ARGUMENT     a bad option (throttle, batch_size, queue_depth), no target, a parser that cannot fill
     *                        the table (a column it has no source for, a type it cannot convert to), no consumer
     *   ALREADY_EXISTS       action_name is used by another running job (the plugin's text)
     *   NOT_FOUND            the consumer or the table does not exist
     *   FAILED_PRECONDITION  the consumer is already read by another job or a stream; durable without a consumer
     *                        the job creates itself
     *   RESOURCE_EXHAUSTED   too many jobs or handles
     * </pre>
     */
    public void createSubJob(io.kafkagateway.v1.CreateSubJobRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.CreateSubJobResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateSubJobMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The plugin's getJobStat: one row per running job, typed and as a DolphinDB table Value.
     * </pre>
     */
    public void getJobStat(io.kafkagateway.v1.GetJobStatRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetJobStatResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetJobStatMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The plugin's cancelSubJob: stops the job after the batch in progress (written and committed) and removes it.
     * A consumer the job created is closed with it; a consumer it was given is free again. A durable job is
     * forgotten: it is not resumed.
     * gRPC error codes:
     *   NOT_FOUND            no such job (the plugin's texts: "Unknown handle name '&lt;s&gt;'.", "Invalid subJob handle long.")
     * </pre>
     */
    public void cancelSubJob(io.kafkagateway.v1.CancelSubJobRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.CancelSubJobResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCancelSubJobMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The plugin's getSubJobConsumer: the consumer handle the job reads.
     * </pre>
     */
    public void getSubJobConsumer(io.kafkagateway.v1.GetSubJobConsumerRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetSubJobConsumerResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetSubJobConsumerMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The job's parsed tables, batch by batch, for a job whose target is `watch` (the plugin's handler function).
     * The job waits for the watcher: it holds at most queue_depth rows not yet sent, and reads on as the client
     * takes them. One watcher at a time; the stream ends with NOT_FOUND when the job is cancelled.
     * gRPC error codes:
     *   FAILED_PRECONDITION  the job writes into a table, or another client watches it
     * </pre>
     */
    public void watchSubJob(io.kafkagateway.v1.WatchSubJobRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.WatchSubJobResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getWatchSubJobMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service SubJobService.
   * <pre>
   * SubJobService runs the plugin's sub-jobs: background jobs that read a consumer, turn each message into rows with
   * a declarative parser, and append them to a table of TableService (or hand them to a client watching the job).
   * A job into a table writes each batch's rows and the positions it consumed in one database transaction, and then
   * commits them to Kafka: a job on a table that already holds positions for its group starts from them, so that a
   * crash or restart neither loses nor repeats a row. A durable job is resumed by the gateway when it starts.
   * A consumer read by a job is the job's: other calls that would read, move or close it get FAILED_PRECONDITION
   * (reason CONSUMER_HELD_BY_SUBJOB) until the job is cancelled. Calls that only look at it still work.
   * Common gRPC error codes: INVALID_ARGUMENT for a bad argument (the plugin's text where it has one), NOT_FOUND for
   * a job or consumer that does not exist (the plugin's text for an unknown job).
   * </pre>
   */
  public static final class SubJobServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<SubJobServiceBlockingV2Stub> {
    private SubJobServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SubJobServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SubJobServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * The plugin's createSubJob: starts a job and returns its handle.
     * gRPC error codes:
     *   INVALID_ARGUMENT     a bad option (throttle, batch_size, queue_depth), no target, a parser that cannot fill
     *                        the table (a column it has no source for, a type it cannot convert to), no consumer
     *   ALREADY_EXISTS       action_name is used by another running job (the plugin's text)
     *   NOT_FOUND            the consumer or the table does not exist
     *   FAILED_PRECONDITION  the consumer is already read by another job or a stream; durable without a consumer
     *                        the job creates itself
     *   RESOURCE_EXHAUSTED   too many jobs or handles
     * </pre>
     */
    public io.kafkagateway.v1.CreateSubJobResponse createSubJob(io.kafkagateway.v1.CreateSubJobRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateSubJobMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The plugin's getJobStat: one row per running job, typed and as a DolphinDB table Value.
     * </pre>
     */
    public io.kafkagateway.v1.GetJobStatResponse getJobStat(io.kafkagateway.v1.GetJobStatRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetJobStatMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The plugin's cancelSubJob: stops the job after the batch in progress (written and committed) and removes it.
     * A consumer the job created is closed with it; a consumer it was given is free again. A durable job is
     * forgotten: it is not resumed.
     * gRPC error codes:
     *   NOT_FOUND            no such job (the plugin's texts: "Unknown handle name '&lt;s&gt;'.", "Invalid subJob handle long.")
     * </pre>
     */
    public io.kafkagateway.v1.CancelSubJobResponse cancelSubJob(io.kafkagateway.v1.CancelSubJobRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCancelSubJobMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The plugin's getSubJobConsumer: the consumer handle the job reads.
     * </pre>
     */
    public io.kafkagateway.v1.GetSubJobConsumerResponse getSubJobConsumer(io.kafkagateway.v1.GetSubJobConsumerRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetSubJobConsumerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The job's parsed tables, batch by batch, for a job whose target is `watch` (the plugin's handler function).
     * The job waits for the watcher: it holds at most queue_depth rows not yet sent, and reads on as the client
     * takes them. One watcher at a time; the stream ends with NOT_FOUND when the job is cancelled.
     * gRPC error codes:
     *   FAILED_PRECONDITION  the job writes into a table, or another client watches it
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<?, io.kafkagateway.v1.WatchSubJobResponse>
        watchSubJob(io.kafkagateway.v1.WatchSubJobRequest request) {
      return io.grpc.stub.ClientCalls.blockingV2ServerStreamingCall(
          getChannel(), getWatchSubJobMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service SubJobService.
   * <pre>
   * SubJobService runs the plugin's sub-jobs: background jobs that read a consumer, turn each message into rows with
   * a declarative parser, and append them to a table of TableService (or hand them to a client watching the job).
   * A job into a table writes each batch's rows and the positions it consumed in one database transaction, and then
   * commits them to Kafka: a job on a table that already holds positions for its group starts from them, so that a
   * crash or restart neither loses nor repeats a row. A durable job is resumed by the gateway when it starts.
   * A consumer read by a job is the job's: other calls that would read, move or close it get FAILED_PRECONDITION
   * (reason CONSUMER_HELD_BY_SUBJOB) until the job is cancelled. Calls that only look at it still work.
   * Common gRPC error codes: INVALID_ARGUMENT for a bad argument (the plugin's text where it has one), NOT_FOUND for
   * a job or consumer that does not exist (the plugin's text for an unknown job).
   * </pre>
   */
  public static final class SubJobServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<SubJobServiceBlockingStub> {
    private SubJobServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SubJobServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SubJobServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * The plugin's createSubJob: starts a job and returns its handle.
     * gRPC error codes:
     *   INVALID_ARGUMENT     a bad option (throttle, batch_size, queue_depth), no target, a parser that cannot fill
     *                        the table (a column it has no source for, a type it cannot convert to), no consumer
     *   ALREADY_EXISTS       action_name is used by another running job (the plugin's text)
     *   NOT_FOUND            the consumer or the table does not exist
     *   FAILED_PRECONDITION  the consumer is already read by another job or a stream; durable without a consumer
     *                        the job creates itself
     *   RESOURCE_EXHAUSTED   too many jobs or handles
     * </pre>
     */
    public io.kafkagateway.v1.CreateSubJobResponse createSubJob(io.kafkagateway.v1.CreateSubJobRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateSubJobMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The plugin's getJobStat: one row per running job, typed and as a DolphinDB table Value.
     * </pre>
     */
    public io.kafkagateway.v1.GetJobStatResponse getJobStat(io.kafkagateway.v1.GetJobStatRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetJobStatMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The plugin's cancelSubJob: stops the job after the batch in progress (written and committed) and removes it.
     * A consumer the job created is closed with it; a consumer it was given is free again. A durable job is
     * forgotten: it is not resumed.
     * gRPC error codes:
     *   NOT_FOUND            no such job (the plugin's texts: "Unknown handle name '&lt;s&gt;'.", "Invalid subJob handle long.")
     * </pre>
     */
    public io.kafkagateway.v1.CancelSubJobResponse cancelSubJob(io.kafkagateway.v1.CancelSubJobRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCancelSubJobMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The plugin's getSubJobConsumer: the consumer handle the job reads.
     * </pre>
     */
    public io.kafkagateway.v1.GetSubJobConsumerResponse getSubJobConsumer(io.kafkagateway.v1.GetSubJobConsumerRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetSubJobConsumerMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The job's parsed tables, batch by batch, for a job whose target is `watch` (the plugin's handler function).
     * The job waits for the watcher: it holds at most queue_depth rows not yet sent, and reads on as the client
     * takes them. One watcher at a time; the stream ends with NOT_FOUND when the job is cancelled.
     * gRPC error codes:
     *   FAILED_PRECONDITION  the job writes into a table, or another client watches it
     * </pre>
     */
    public java.util.Iterator<io.kafkagateway.v1.WatchSubJobResponse> watchSubJob(
        io.kafkagateway.v1.WatchSubJobRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getWatchSubJobMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service SubJobService.
   * <pre>
   * SubJobService runs the plugin's sub-jobs: background jobs that read a consumer, turn each message into rows with
   * a declarative parser, and append them to a table of TableService (or hand them to a client watching the job).
   * A job into a table writes each batch's rows and the positions it consumed in one database transaction, and then
   * commits them to Kafka: a job on a table that already holds positions for its group starts from them, so that a
   * crash or restart neither loses nor repeats a row. A durable job is resumed by the gateway when it starts.
   * A consumer read by a job is the job's: other calls that would read, move or close it get FAILED_PRECONDITION
   * (reason CONSUMER_HELD_BY_SUBJOB) until the job is cancelled. Calls that only look at it still work.
   * Common gRPC error codes: INVALID_ARGUMENT for a bad argument (the plugin's text where it has one), NOT_FOUND for
   * a job or consumer that does not exist (the plugin's text for an unknown job).
   * </pre>
   */
  public static final class SubJobServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<SubJobServiceFutureStub> {
    private SubJobServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SubJobServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SubJobServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * The plugin's createSubJob: starts a job and returns its handle.
     * gRPC error codes:
     *   INVALID_ARGUMENT     a bad option (throttle, batch_size, queue_depth), no target, a parser that cannot fill
     *                        the table (a column it has no source for, a type it cannot convert to), no consumer
     *   ALREADY_EXISTS       action_name is used by another running job (the plugin's text)
     *   NOT_FOUND            the consumer or the table does not exist
     *   FAILED_PRECONDITION  the consumer is already read by another job or a stream; durable without a consumer
     *                        the job creates itself
     *   RESOURCE_EXHAUSTED   too many jobs or handles
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.CreateSubJobResponse> createSubJob(
        io.kafkagateway.v1.CreateSubJobRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateSubJobMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The plugin's getJobStat: one row per running job, typed and as a DolphinDB table Value.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.GetJobStatResponse> getJobStat(
        io.kafkagateway.v1.GetJobStatRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetJobStatMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The plugin's cancelSubJob: stops the job after the batch in progress (written and committed) and removes it.
     * A consumer the job created is closed with it; a consumer it was given is free again. A durable job is
     * forgotten: it is not resumed.
     * gRPC error codes:
     *   NOT_FOUND            no such job (the plugin's texts: "Unknown handle name '&lt;s&gt;'.", "Invalid subJob handle long.")
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.CancelSubJobResponse> cancelSubJob(
        io.kafkagateway.v1.CancelSubJobRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCancelSubJobMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The plugin's getSubJobConsumer: the consumer handle the job reads.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.GetSubJobConsumerResponse> getSubJobConsumer(
        io.kafkagateway.v1.GetSubJobConsumerRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetSubJobConsumerMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_SUB_JOB = 0;
  private static final int METHODID_GET_JOB_STAT = 1;
  private static final int METHODID_CANCEL_SUB_JOB = 2;
  private static final int METHODID_GET_SUB_JOB_CONSUMER = 3;
  private static final int METHODID_WATCH_SUB_JOB = 4;

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
        case METHODID_CREATE_SUB_JOB:
          serviceImpl.createSubJob((io.kafkagateway.v1.CreateSubJobRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.CreateSubJobResponse>) responseObserver);
          break;
        case METHODID_GET_JOB_STAT:
          serviceImpl.getJobStat((io.kafkagateway.v1.GetJobStatRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetJobStatResponse>) responseObserver);
          break;
        case METHODID_CANCEL_SUB_JOB:
          serviceImpl.cancelSubJob((io.kafkagateway.v1.CancelSubJobRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.CancelSubJobResponse>) responseObserver);
          break;
        case METHODID_GET_SUB_JOB_CONSUMER:
          serviceImpl.getSubJobConsumer((io.kafkagateway.v1.GetSubJobConsumerRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetSubJobConsumerResponse>) responseObserver);
          break;
        case METHODID_WATCH_SUB_JOB:
          serviceImpl.watchSubJob((io.kafkagateway.v1.WatchSubJobRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.WatchSubJobResponse>) responseObserver);
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
          getCreateSubJobMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.CreateSubJobRequest,
              io.kafkagateway.v1.CreateSubJobResponse>(
                service, METHODID_CREATE_SUB_JOB)))
        .addMethod(
          getGetJobStatMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.GetJobStatRequest,
              io.kafkagateway.v1.GetJobStatResponse>(
                service, METHODID_GET_JOB_STAT)))
        .addMethod(
          getCancelSubJobMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.CancelSubJobRequest,
              io.kafkagateway.v1.CancelSubJobResponse>(
                service, METHODID_CANCEL_SUB_JOB)))
        .addMethod(
          getGetSubJobConsumerMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.GetSubJobConsumerRequest,
              io.kafkagateway.v1.GetSubJobConsumerResponse>(
                service, METHODID_GET_SUB_JOB_CONSUMER)))
        .addMethod(
          getWatchSubJobMethod(),
          io.grpc.stub.ServerCalls.asyncServerStreamingCall(
            new MethodHandlers<
              io.kafkagateway.v1.WatchSubJobRequest,
              io.kafkagateway.v1.WatchSubJobResponse>(
                service, METHODID_WATCH_SUB_JOB)))
        .build();
  }

  private static abstract class SubJobServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    SubJobServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return io.kafkagateway.v1.SubjobServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("SubJobService");
    }
  }

  private static final class SubJobServiceFileDescriptorSupplier
      extends SubJobServiceBaseDescriptorSupplier {
    SubJobServiceFileDescriptorSupplier() {}
  }

  private static final class SubJobServiceMethodDescriptorSupplier
      extends SubJobServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    SubJobServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (SubJobServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new SubJobServiceFileDescriptorSupplier())
              .addMethod(getCreateSubJobMethod())
              .addMethod(getGetJobStatMethod())
              .addMethod(getCancelSubJobMethod())
              .addMethod(getGetSubJobConsumerMethod())
              .addMethod(getWatchSubJobMethod())
              .build();
        }
      }
    }
    return result;
  }
}
