package io.kafkagateway.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * EventService reads events taken from a queue (QueueService.QueueEvent), as the plugin's event functions do.
 * An event handle holds what it was given until ReleaseEvent or until its consumer is closed. An empty event (the
 * queue had nothing within its timeout) answers IsEventValid false, and the other calls that need an event
 * FAILED_PRECONDITION "[PLUGIN::KAFKA] The event is empty!".
 * Common gRPC error codes: INVALID_ARGUMENT for a handle of another kind ("event should be an event handle."),
 * NOT_FOUND for an unknown or released event, or one whose consumer was closed.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler (version 1.71.0)",
    comments = "Source: kafkagateway/v1/event_service.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class EventServiceGrpc {

  private EventServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "kafkagateway.v1.EventService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.GetEventNameRequest,
      io.kafkagateway.v1.GetEventNameResponse> getGetEventNameMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetEventName",
      requestType = io.kafkagateway.v1.GetEventNameRequest.class,
      responseType = io.kafkagateway.v1.GetEventNameResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.GetEventNameRequest,
      io.kafkagateway.v1.GetEventNameResponse> getGetEventNameMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.GetEventNameRequest, io.kafkagateway.v1.GetEventNameResponse> getGetEventNameMethod;
    if ((getGetEventNameMethod = EventServiceGrpc.getGetEventNameMethod) == null) {
      synchronized (EventServiceGrpc.class) {
        if ((getGetEventNameMethod = EventServiceGrpc.getGetEventNameMethod) == null) {
          EventServiceGrpc.getGetEventNameMethod = getGetEventNameMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.GetEventNameRequest, io.kafkagateway.v1.GetEventNameResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetEventName"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetEventNameRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetEventNameResponse.getDefaultInstance()))
              .setSchemaDescriptor(new EventServiceMethodDescriptorSupplier("GetEventName"))
              .build();
        }
      }
    }
    return getGetEventNameMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.GetEventMessagesRequest,
      io.kafkagateway.v1.GetEventMessagesResponse> getGetEventMessagesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetEventMessages",
      requestType = io.kafkagateway.v1.GetEventMessagesRequest.class,
      responseType = io.kafkagateway.v1.GetEventMessagesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.GetEventMessagesRequest,
      io.kafkagateway.v1.GetEventMessagesResponse> getGetEventMessagesMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.GetEventMessagesRequest, io.kafkagateway.v1.GetEventMessagesResponse> getGetEventMessagesMethod;
    if ((getGetEventMessagesMethod = EventServiceGrpc.getGetEventMessagesMethod) == null) {
      synchronized (EventServiceGrpc.class) {
        if ((getGetEventMessagesMethod = EventServiceGrpc.getGetEventMessagesMethod) == null) {
          EventServiceGrpc.getGetEventMessagesMethod = getGetEventMessagesMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.GetEventMessagesRequest, io.kafkagateway.v1.GetEventMessagesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetEventMessages"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetEventMessagesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetEventMessagesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new EventServiceMethodDescriptorSupplier("GetEventMessages"))
              .build();
        }
      }
    }
    return getGetEventMessagesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.GetEventMessageCountRequest,
      io.kafkagateway.v1.GetEventMessageCountResponse> getGetEventMessageCountMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetEventMessageCount",
      requestType = io.kafkagateway.v1.GetEventMessageCountRequest.class,
      responseType = io.kafkagateway.v1.GetEventMessageCountResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.GetEventMessageCountRequest,
      io.kafkagateway.v1.GetEventMessageCountResponse> getGetEventMessageCountMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.GetEventMessageCountRequest, io.kafkagateway.v1.GetEventMessageCountResponse> getGetEventMessageCountMethod;
    if ((getGetEventMessageCountMethod = EventServiceGrpc.getGetEventMessageCountMethod) == null) {
      synchronized (EventServiceGrpc.class) {
        if ((getGetEventMessageCountMethod = EventServiceGrpc.getGetEventMessageCountMethod) == null) {
          EventServiceGrpc.getGetEventMessageCountMethod = getGetEventMessageCountMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.GetEventMessageCountRequest, io.kafkagateway.v1.GetEventMessageCountResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetEventMessageCount"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetEventMessageCountRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetEventMessageCountResponse.getDefaultInstance()))
              .setSchemaDescriptor(new EventServiceMethodDescriptorSupplier("GetEventMessageCount"))
              .build();
        }
      }
    }
    return getGetEventMessageCountMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.GetEventErrorRequest,
      io.kafkagateway.v1.GetEventErrorResponse> getGetEventErrorMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetEventError",
      requestType = io.kafkagateway.v1.GetEventErrorRequest.class,
      responseType = io.kafkagateway.v1.GetEventErrorResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.GetEventErrorRequest,
      io.kafkagateway.v1.GetEventErrorResponse> getGetEventErrorMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.GetEventErrorRequest, io.kafkagateway.v1.GetEventErrorResponse> getGetEventErrorMethod;
    if ((getGetEventErrorMethod = EventServiceGrpc.getGetEventErrorMethod) == null) {
      synchronized (EventServiceGrpc.class) {
        if ((getGetEventErrorMethod = EventServiceGrpc.getGetEventErrorMethod) == null) {
          EventServiceGrpc.getGetEventErrorMethod = getGetEventErrorMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.GetEventErrorRequest, io.kafkagateway.v1.GetEventErrorResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetEventError"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetEventErrorRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetEventErrorResponse.getDefaultInstance()))
              .setSchemaDescriptor(new EventServiceMethodDescriptorSupplier("GetEventError"))
              .build();
        }
      }
    }
    return getGetEventErrorMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.GetEventPartitionRequest,
      io.kafkagateway.v1.GetEventPartitionResponse> getGetEventPartitionMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetEventPartition",
      requestType = io.kafkagateway.v1.GetEventPartitionRequest.class,
      responseType = io.kafkagateway.v1.GetEventPartitionResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.GetEventPartitionRequest,
      io.kafkagateway.v1.GetEventPartitionResponse> getGetEventPartitionMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.GetEventPartitionRequest, io.kafkagateway.v1.GetEventPartitionResponse> getGetEventPartitionMethod;
    if ((getGetEventPartitionMethod = EventServiceGrpc.getGetEventPartitionMethod) == null) {
      synchronized (EventServiceGrpc.class) {
        if ((getGetEventPartitionMethod = EventServiceGrpc.getGetEventPartitionMethod) == null) {
          EventServiceGrpc.getGetEventPartitionMethod = getGetEventPartitionMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.GetEventPartitionRequest, io.kafkagateway.v1.GetEventPartitionResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetEventPartition"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetEventPartitionRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetEventPartitionResponse.getDefaultInstance()))
              .setSchemaDescriptor(new EventServiceMethodDescriptorSupplier("GetEventPartition"))
              .build();
        }
      }
    }
    return getGetEventPartitionMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.GetEventPartitionsRequest,
      io.kafkagateway.v1.GetEventPartitionsResponse> getGetEventPartitionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetEventPartitions",
      requestType = io.kafkagateway.v1.GetEventPartitionsRequest.class,
      responseType = io.kafkagateway.v1.GetEventPartitionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.GetEventPartitionsRequest,
      io.kafkagateway.v1.GetEventPartitionsResponse> getGetEventPartitionsMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.GetEventPartitionsRequest, io.kafkagateway.v1.GetEventPartitionsResponse> getGetEventPartitionsMethod;
    if ((getGetEventPartitionsMethod = EventServiceGrpc.getGetEventPartitionsMethod) == null) {
      synchronized (EventServiceGrpc.class) {
        if ((getGetEventPartitionsMethod = EventServiceGrpc.getGetEventPartitionsMethod) == null) {
          EventServiceGrpc.getGetEventPartitionsMethod = getGetEventPartitionsMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.GetEventPartitionsRequest, io.kafkagateway.v1.GetEventPartitionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetEventPartitions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetEventPartitionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetEventPartitionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new EventServiceMethodDescriptorSupplier("GetEventPartitions"))
              .build();
        }
      }
    }
    return getGetEventPartitionsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.IsEventValidRequest,
      io.kafkagateway.v1.IsEventValidResponse> getIsEventValidMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "IsEventValid",
      requestType = io.kafkagateway.v1.IsEventValidRequest.class,
      responseType = io.kafkagateway.v1.IsEventValidResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.IsEventValidRequest,
      io.kafkagateway.v1.IsEventValidResponse> getIsEventValidMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.IsEventValidRequest, io.kafkagateway.v1.IsEventValidResponse> getIsEventValidMethod;
    if ((getIsEventValidMethod = EventServiceGrpc.getIsEventValidMethod) == null) {
      synchronized (EventServiceGrpc.class) {
        if ((getIsEventValidMethod = EventServiceGrpc.getIsEventValidMethod) == null) {
          EventServiceGrpc.getIsEventValidMethod = getIsEventValidMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.IsEventValidRequest, io.kafkagateway.v1.IsEventValidResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "IsEventValid"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.IsEventValidRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.IsEventValidResponse.getDefaultInstance()))
              .setSchemaDescriptor(new EventServiceMethodDescriptorSupplier("IsEventValid"))
              .build();
        }
      }
    }
    return getIsEventValidMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.ReleaseEventRequest,
      io.kafkagateway.v1.ReleaseEventResponse> getReleaseEventMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ReleaseEvent",
      requestType = io.kafkagateway.v1.ReleaseEventRequest.class,
      responseType = io.kafkagateway.v1.ReleaseEventResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.ReleaseEventRequest,
      io.kafkagateway.v1.ReleaseEventResponse> getReleaseEventMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.ReleaseEventRequest, io.kafkagateway.v1.ReleaseEventResponse> getReleaseEventMethod;
    if ((getReleaseEventMethod = EventServiceGrpc.getReleaseEventMethod) == null) {
      synchronized (EventServiceGrpc.class) {
        if ((getReleaseEventMethod = EventServiceGrpc.getReleaseEventMethod) == null) {
          EventServiceGrpc.getReleaseEventMethod = getReleaseEventMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.ReleaseEventRequest, io.kafkagateway.v1.ReleaseEventResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ReleaseEvent"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.ReleaseEventRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.ReleaseEventResponse.getDefaultInstance()))
              .setSchemaDescriptor(new EventServiceMethodDescriptorSupplier("ReleaseEvent"))
              .build();
        }
      }
    }
    return getReleaseEventMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static EventServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<EventServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<EventServiceStub>() {
        @java.lang.Override
        public EventServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new EventServiceStub(channel, callOptions);
        }
      };
    return EventServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static EventServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<EventServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<EventServiceBlockingV2Stub>() {
        @java.lang.Override
        public EventServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new EventServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return EventServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static EventServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<EventServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<EventServiceBlockingStub>() {
        @java.lang.Override
        public EventServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new EventServiceBlockingStub(channel, callOptions);
        }
      };
    return EventServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static EventServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<EventServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<EventServiceFutureStub>() {
        @java.lang.Override
        public EventServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new EventServiceFutureStub(channel, callOptions);
        }
      };
    return EventServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * EventService reads events taken from a queue (QueueService.QueueEvent), as the plugin's event functions do.
   * An event handle holds what it was given until ReleaseEvent or until its consumer is closed. An empty event (the
   * queue had nothing within its timeout) answers IsEventValid false, and the other calls that need an event
   * FAILED_PRECONDITION "[PLUGIN::KAFKA] The event is empty!".
   * Common gRPC error codes: INVALID_ARGUMENT for a handle of another kind ("event should be an event handle."),
   * NOT_FOUND for an unknown or released event, or one whose consumer was closed.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * The plugin's getEventName: librdkafka's name of the event (Fetch, Error, Rebalance, OffsetCommit, Stats, Log).
     * </pre>
     */
    default void getEventName(io.kafkagateway.v1.GetEventNameRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetEventNameResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetEventNameMethod(), responseObserver);
    }

    /**
     * <pre>
     * The plugin's eventGetMessage: a Fetch event's messages, decoded.
     * </pre>
     */
    default void getEventMessages(io.kafkagateway.v1.GetEventMessagesRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetEventMessagesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetEventMessagesMethod(), responseObserver);
    }

    /**
     * <pre>
     * The plugin's getEventMessageCount.
     * </pre>
     */
    default void getEventMessageCount(io.kafkagateway.v1.GetEventMessageCountRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetEventMessageCountResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetEventMessageCountMethod(), responseObserver);
    }

    /**
     * <pre>
     * The plugin's eventGetError: the event's error, "Success" when it has none.
     * </pre>
     */
    default void getEventError(io.kafkagateway.v1.GetEventErrorRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetEventErrorResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetEventErrorMethod(), responseObserver);
    }

    /**
     * <pre>
     * The plugin's eventGetPart: the partition (and offset) a Fetch event's first message came from.
     * </pre>
     */
    default void getEventPartition(io.kafkagateway.v1.GetEventPartitionRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetEventPartitionResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetEventPartitionMethod(), responseObserver);
    }

    /**
     * <pre>
     * The plugin's eventGetParts: the partitions of an OffsetCommit or Rebalance event.
     * </pre>
     */
    default void getEventPartitions(io.kafkagateway.v1.GetEventPartitionsRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetEventPartitionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetEventPartitionsMethod(), responseObserver);
    }

    /**
     * <pre>
     * The plugin's eventBool: whether the event holds anything.
     * </pre>
     */
    default void isEventValid(io.kafkagateway.v1.IsEventValidRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.IsEventValidResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getIsEventValidMethod(), responseObserver);
    }

    /**
     * <pre>
     * Releases the event handle (the plugin's `event = NULL`).
     * </pre>
     */
    default void releaseEvent(io.kafkagateway.v1.ReleaseEventRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.ReleaseEventResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getReleaseEventMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service EventService.
   * <pre>
   * EventService reads events taken from a queue (QueueService.QueueEvent), as the plugin's event functions do.
   * An event handle holds what it was given until ReleaseEvent or until its consumer is closed. An empty event (the
   * queue had nothing within its timeout) answers IsEventValid false, and the other calls that need an event
   * FAILED_PRECONDITION "[PLUGIN::KAFKA] The event is empty!".
   * Common gRPC error codes: INVALID_ARGUMENT for a handle of another kind ("event should be an event handle."),
   * NOT_FOUND for an unknown or released event, or one whose consumer was closed.
   * </pre>
   */
  public static abstract class EventServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return EventServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service EventService.
   * <pre>
   * EventService reads events taken from a queue (QueueService.QueueEvent), as the plugin's event functions do.
   * An event handle holds what it was given until ReleaseEvent or until its consumer is closed. An empty event (the
   * queue had nothing within its timeout) answers IsEventValid false, and the other calls that need an event
   * FAILED_PRECONDITION "[PLUGIN::KAFKA] The event is empty!".
   * Common gRPC error codes: INVALID_ARGUMENT for a handle of another kind ("event should be an event handle."),
   * NOT_FOUND for an unknown or released event, or one whose consumer was closed.
   * </pre>
   */
  public static final class EventServiceStub
      extends io.grpc.stub.AbstractAsyncStub<EventServiceStub> {
    private EventServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected EventServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new EventServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * The plugin's getEventName: librdkafka's name of the event (Fetch, Error, Rebalance, OffsetCommit, Stats, Log).
     * </pre>
     */
    public void getEventName(io.kafkagateway.v1.GetEventNameRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetEventNameResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetEventNameMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The plugin's eventGetMessage: a Fetch event's messages, decoded.
     * </pre>
     */
    public void getEventMessages(io.kafkagateway.v1.GetEventMessagesRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetEventMessagesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetEventMessagesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The plugin's getEventMessageCount.
     * </pre>
     */
    public void getEventMessageCount(io.kafkagateway.v1.GetEventMessageCountRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetEventMessageCountResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetEventMessageCountMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The plugin's eventGetError: the event's error, "Success" when it has none.
     * </pre>
     */
    public void getEventError(io.kafkagateway.v1.GetEventErrorRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetEventErrorResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetEventErrorMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The plugin's eventGetPart: the partition (and offset) a Fetch event's first message came from.
     * </pre>
     */
    public void getEventPartition(io.kafkagateway.v1.GetEventPartitionRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetEventPartitionResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetEventPartitionMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The plugin's eventGetParts: the partitions of an OffsetCommit or Rebalance event.
     * </pre>
     */
    public void getEventPartitions(io.kafkagateway.v1.GetEventPartitionsRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetEventPartitionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetEventPartitionsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * The plugin's eventBool: whether the event holds anything.
     * </pre>
     */
    public void isEventValid(io.kafkagateway.v1.IsEventValidRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.IsEventValidResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getIsEventValidMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Releases the event handle (the plugin's `event = NULL`).
     * </pre>
     */
    public void releaseEvent(io.kafkagateway.v1.ReleaseEventRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.ReleaseEventResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getReleaseEventMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service EventService.
   * <pre>
   * EventService reads events taken from a queue (QueueService.QueueEvent), as the plugin's event functions do.
   * An event handle holds what it was given until ReleaseEvent or until its consumer is closed. An empty event (the
   * queue had nothing within its timeout) answers IsEventValid false, and the other calls that need an event
   * FAILED_PRECONDITION "[PLUGIN::KAFKA] The event is empty!".
   * Common gRPC error codes: INVALID_ARGUMENT for a handle of another kind ("event should be an event handle."),
   * NOT_FOUND for an unknown or released event, or one whose consumer was closed.
   * </pre>
   */
  public static final class EventServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<EventServiceBlockingV2Stub> {
    private EventServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected EventServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new EventServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * The plugin's getEventName: librdkafka's name of the event (Fetch, Error, Rebalance, OffsetCommit, Stats, Log).
     * </pre>
     */
    public io.kafkagateway.v1.GetEventNameResponse getEventName(io.kafkagateway.v1.GetEventNameRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetEventNameMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The plugin's eventGetMessage: a Fetch event's messages, decoded.
     * </pre>
     */
    public io.kafkagateway.v1.GetEventMessagesResponse getEventMessages(io.kafkagateway.v1.GetEventMessagesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetEventMessagesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The plugin's getEventMessageCount.
     * </pre>
     */
    public io.kafkagateway.v1.GetEventMessageCountResponse getEventMessageCount(io.kafkagateway.v1.GetEventMessageCountRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetEventMessageCountMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The plugin's eventGetError: the event's error, "Success" when it has none.
     * </pre>
     */
    public io.kafkagateway.v1.GetEventErrorResponse getEventError(io.kafkagateway.v1.GetEventErrorRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetEventErrorMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The plugin's eventGetPart: the partition (and offset) a Fetch event's first message came from.
     * </pre>
     */
    public io.kafkagateway.v1.GetEventPartitionResponse getEventPartition(io.kafkagateway.v1.GetEventPartitionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetEventPartitionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The plugin's eventGetParts: the partitions of an OffsetCommit or Rebalance event.
     * </pre>
     */
    public io.kafkagateway.v1.GetEventPartitionsResponse getEventPartitions(io.kafkagateway.v1.GetEventPartitionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetEventPartitionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The plugin's eventBool: whether the event holds anything.
     * </pre>
     */
    public io.kafkagateway.v1.IsEventValidResponse isEventValid(io.kafkagateway.v1.IsEventValidRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getIsEventValidMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Releases the event handle (the plugin's `event = NULL`).
     * </pre>
     */
    public io.kafkagateway.v1.ReleaseEventResponse releaseEvent(io.kafkagateway.v1.ReleaseEventRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getReleaseEventMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service EventService.
   * <pre>
   * EventService reads events taken from a queue (QueueService.QueueEvent), as the plugin's event functions do.
   * An event handle holds what it was given until ReleaseEvent or until its consumer is closed. An empty event (the
   * queue had nothing within its timeout) answers IsEventValid false, and the other calls that need an event
   * FAILED_PRECONDITION "[PLUGIN::KAFKA] The event is empty!".
   * Common gRPC error codes: INVALID_ARGUMENT for a handle of another kind ("event should be an event handle."),
   * NOT_FOUND for an unknown or released event, or one whose consumer was closed.
   * </pre>
   */
  public static final class EventServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<EventServiceBlockingStub> {
    private EventServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected EventServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new EventServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * The plugin's getEventName: librdkafka's name of the event (Fetch, Error, Rebalance, OffsetCommit, Stats, Log).
     * </pre>
     */
    public io.kafkagateway.v1.GetEventNameResponse getEventName(io.kafkagateway.v1.GetEventNameRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetEventNameMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The plugin's eventGetMessage: a Fetch event's messages, decoded.
     * </pre>
     */
    public io.kafkagateway.v1.GetEventMessagesResponse getEventMessages(io.kafkagateway.v1.GetEventMessagesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetEventMessagesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The plugin's getEventMessageCount.
     * </pre>
     */
    public io.kafkagateway.v1.GetEventMessageCountResponse getEventMessageCount(io.kafkagateway.v1.GetEventMessageCountRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetEventMessageCountMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The plugin's eventGetError: the event's error, "Success" when it has none.
     * </pre>
     */
    public io.kafkagateway.v1.GetEventErrorResponse getEventError(io.kafkagateway.v1.GetEventErrorRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetEventErrorMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The plugin's eventGetPart: the partition (and offset) a Fetch event's first message came from.
     * </pre>
     */
    public io.kafkagateway.v1.GetEventPartitionResponse getEventPartition(io.kafkagateway.v1.GetEventPartitionRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetEventPartitionMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The plugin's eventGetParts: the partitions of an OffsetCommit or Rebalance event.
     * </pre>
     */
    public io.kafkagateway.v1.GetEventPartitionsResponse getEventPartitions(io.kafkagateway.v1.GetEventPartitionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetEventPartitionsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * The plugin's eventBool: whether the event holds anything.
     * </pre>
     */
    public io.kafkagateway.v1.IsEventValidResponse isEventValid(io.kafkagateway.v1.IsEventValidRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getIsEventValidMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Releases the event handle (the plugin's `event = NULL`).
     * </pre>
     */
    public io.kafkagateway.v1.ReleaseEventResponse releaseEvent(io.kafkagateway.v1.ReleaseEventRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getReleaseEventMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service EventService.
   * <pre>
   * EventService reads events taken from a queue (QueueService.QueueEvent), as the plugin's event functions do.
   * An event handle holds what it was given until ReleaseEvent or until its consumer is closed. An empty event (the
   * queue had nothing within its timeout) answers IsEventValid false, and the other calls that need an event
   * FAILED_PRECONDITION "[PLUGIN::KAFKA] The event is empty!".
   * Common gRPC error codes: INVALID_ARGUMENT for a handle of another kind ("event should be an event handle."),
   * NOT_FOUND for an unknown or released event, or one whose consumer was closed.
   * </pre>
   */
  public static final class EventServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<EventServiceFutureStub> {
    private EventServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected EventServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new EventServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * The plugin's getEventName: librdkafka's name of the event (Fetch, Error, Rebalance, OffsetCommit, Stats, Log).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.GetEventNameResponse> getEventName(
        io.kafkagateway.v1.GetEventNameRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetEventNameMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The plugin's eventGetMessage: a Fetch event's messages, decoded.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.GetEventMessagesResponse> getEventMessages(
        io.kafkagateway.v1.GetEventMessagesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetEventMessagesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The plugin's getEventMessageCount.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.GetEventMessageCountResponse> getEventMessageCount(
        io.kafkagateway.v1.GetEventMessageCountRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetEventMessageCountMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The plugin's eventGetError: the event's error, "Success" when it has none.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.GetEventErrorResponse> getEventError(
        io.kafkagateway.v1.GetEventErrorRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetEventErrorMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The plugin's eventGetPart: the partition (and offset) a Fetch event's first message came from.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.GetEventPartitionResponse> getEventPartition(
        io.kafkagateway.v1.GetEventPartitionRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetEventPartitionMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The plugin's eventGetParts: the partitions of an OffsetCommit or Rebalance event.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.GetEventPartitionsResponse> getEventPartitions(
        io.kafkagateway.v1.GetEventPartitionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetEventPartitionsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * The plugin's eventBool: whether the event holds anything.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.IsEventValidResponse> isEventValid(
        io.kafkagateway.v1.IsEventValidRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getIsEventValidMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Releases the event handle (the plugin's `event = NULL`).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.ReleaseEventResponse> releaseEvent(
        io.kafkagateway.v1.ReleaseEventRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getReleaseEventMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_GET_EVENT_NAME = 0;
  private static final int METHODID_GET_EVENT_MESSAGES = 1;
  private static final int METHODID_GET_EVENT_MESSAGE_COUNT = 2;
  private static final int METHODID_GET_EVENT_ERROR = 3;
  private static final int METHODID_GET_EVENT_PARTITION = 4;
  private static final int METHODID_GET_EVENT_PARTITIONS = 5;
  private static final int METHODID_IS_EVENT_VALID = 6;
  private static final int METHODID_RELEASE_EVENT = 7;

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
        case METHODID_GET_EVENT_NAME:
          serviceImpl.getEventName((io.kafkagateway.v1.GetEventNameRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetEventNameResponse>) responseObserver);
          break;
        case METHODID_GET_EVENT_MESSAGES:
          serviceImpl.getEventMessages((io.kafkagateway.v1.GetEventMessagesRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetEventMessagesResponse>) responseObserver);
          break;
        case METHODID_GET_EVENT_MESSAGE_COUNT:
          serviceImpl.getEventMessageCount((io.kafkagateway.v1.GetEventMessageCountRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetEventMessageCountResponse>) responseObserver);
          break;
        case METHODID_GET_EVENT_ERROR:
          serviceImpl.getEventError((io.kafkagateway.v1.GetEventErrorRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetEventErrorResponse>) responseObserver);
          break;
        case METHODID_GET_EVENT_PARTITION:
          serviceImpl.getEventPartition((io.kafkagateway.v1.GetEventPartitionRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetEventPartitionResponse>) responseObserver);
          break;
        case METHODID_GET_EVENT_PARTITIONS:
          serviceImpl.getEventPartitions((io.kafkagateway.v1.GetEventPartitionsRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetEventPartitionsResponse>) responseObserver);
          break;
        case METHODID_IS_EVENT_VALID:
          serviceImpl.isEventValid((io.kafkagateway.v1.IsEventValidRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.IsEventValidResponse>) responseObserver);
          break;
        case METHODID_RELEASE_EVENT:
          serviceImpl.releaseEvent((io.kafkagateway.v1.ReleaseEventRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.ReleaseEventResponse>) responseObserver);
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
          getGetEventNameMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.GetEventNameRequest,
              io.kafkagateway.v1.GetEventNameResponse>(
                service, METHODID_GET_EVENT_NAME)))
        .addMethod(
          getGetEventMessagesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.GetEventMessagesRequest,
              io.kafkagateway.v1.GetEventMessagesResponse>(
                service, METHODID_GET_EVENT_MESSAGES)))
        .addMethod(
          getGetEventMessageCountMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.GetEventMessageCountRequest,
              io.kafkagateway.v1.GetEventMessageCountResponse>(
                service, METHODID_GET_EVENT_MESSAGE_COUNT)))
        .addMethod(
          getGetEventErrorMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.GetEventErrorRequest,
              io.kafkagateway.v1.GetEventErrorResponse>(
                service, METHODID_GET_EVENT_ERROR)))
        .addMethod(
          getGetEventPartitionMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.GetEventPartitionRequest,
              io.kafkagateway.v1.GetEventPartitionResponse>(
                service, METHODID_GET_EVENT_PARTITION)))
        .addMethod(
          getGetEventPartitionsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.GetEventPartitionsRequest,
              io.kafkagateway.v1.GetEventPartitionsResponse>(
                service, METHODID_GET_EVENT_PARTITIONS)))
        .addMethod(
          getIsEventValidMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.IsEventValidRequest,
              io.kafkagateway.v1.IsEventValidResponse>(
                service, METHODID_IS_EVENT_VALID)))
        .addMethod(
          getReleaseEventMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.ReleaseEventRequest,
              io.kafkagateway.v1.ReleaseEventResponse>(
                service, METHODID_RELEASE_EVENT)))
        .build();
  }

  private static abstract class EventServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    EventServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return io.kafkagateway.v1.EventServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("EventService");
    }
  }

  private static final class EventServiceFileDescriptorSupplier
      extends EventServiceBaseDescriptorSupplier {
    EventServiceFileDescriptorSupplier() {}
  }

  private static final class EventServiceMethodDescriptorSupplier
      extends EventServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    EventServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (EventServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new EventServiceFileDescriptorSupplier())
              .addMethod(getGetEventNameMethod())
              .addMethod(getGetEventMessagesMethod())
              .addMethod(getGetEventMessageCountMethod())
              .addMethod(getGetEventErrorMethod())
              .addMethod(getGetEventPartitionMethod())
              .addMethod(getGetEventPartitionsMethod())
              .addMethod(getIsEventValidMethod())
              .addMethod(getReleaseEventMethod())
              .build();
        }
      }
    }
    return result;
  }
}
