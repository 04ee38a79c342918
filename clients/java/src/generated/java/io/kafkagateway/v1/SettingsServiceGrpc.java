package io.kafkagateway.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * SettingsService holds the gateway-wide sizes that decide when a produced vector or table is split into several
 * messages (plugin: getBufferSize, setBufferSize, getMessageSize, setMessageSize). A value whose key and payload
 * fit in the buffer size is sent whole; a larger one is cut into chunks of at most the message size.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler (version 1.71.0)",
    comments = "Source: kafkagateway/v1/settings_service.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class SettingsServiceGrpc {

  private SettingsServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "kafkagateway.v1.SettingsService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.GetBufferSizeRequest,
      io.kafkagateway.v1.GetBufferSizeResponse> getGetBufferSizeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetBufferSize",
      requestType = io.kafkagateway.v1.GetBufferSizeRequest.class,
      responseType = io.kafkagateway.v1.GetBufferSizeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.GetBufferSizeRequest,
      io.kafkagateway.v1.GetBufferSizeResponse> getGetBufferSizeMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.GetBufferSizeRequest, io.kafkagateway.v1.GetBufferSizeResponse> getGetBufferSizeMethod;
    if ((getGetBufferSizeMethod = SettingsServiceGrpc.getGetBufferSizeMethod) == null) {
      synchronized (SettingsServiceGrpc.class) {
        if ((getGetBufferSizeMethod = SettingsServiceGrpc.getGetBufferSizeMethod) == null) {
          SettingsServiceGrpc.getGetBufferSizeMethod = getGetBufferSizeMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.GetBufferSizeRequest, io.kafkagateway.v1.GetBufferSizeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetBufferSize"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetBufferSizeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetBufferSizeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SettingsServiceMethodDescriptorSupplier("GetBufferSize"))
              .build();
        }
      }
    }
    return getGetBufferSizeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.SetBufferSizeRequest,
      io.kafkagateway.v1.SetBufferSizeResponse> getSetBufferSizeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetBufferSize",
      requestType = io.kafkagateway.v1.SetBufferSizeRequest.class,
      responseType = io.kafkagateway.v1.SetBufferSizeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.SetBufferSizeRequest,
      io.kafkagateway.v1.SetBufferSizeResponse> getSetBufferSizeMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.SetBufferSizeRequest, io.kafkagateway.v1.SetBufferSizeResponse> getSetBufferSizeMethod;
    if ((getSetBufferSizeMethod = SettingsServiceGrpc.getSetBufferSizeMethod) == null) {
      synchronized (SettingsServiceGrpc.class) {
        if ((getSetBufferSizeMethod = SettingsServiceGrpc.getSetBufferSizeMethod) == null) {
          SettingsServiceGrpc.getSetBufferSizeMethod = getSetBufferSizeMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.SetBufferSizeRequest, io.kafkagateway.v1.SetBufferSizeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetBufferSize"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.SetBufferSizeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.SetBufferSizeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SettingsServiceMethodDescriptorSupplier("SetBufferSize"))
              .build();
        }
      }
    }
    return getSetBufferSizeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.GetMessageSizeRequest,
      io.kafkagateway.v1.GetMessageSizeResponse> getGetMessageSizeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetMessageSize",
      requestType = io.kafkagateway.v1.GetMessageSizeRequest.class,
      responseType = io.kafkagateway.v1.GetMessageSizeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.GetMessageSizeRequest,
      io.kafkagateway.v1.GetMessageSizeResponse> getGetMessageSizeMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.GetMessageSizeRequest, io.kafkagateway.v1.GetMessageSizeResponse> getGetMessageSizeMethod;
    if ((getGetMessageSizeMethod = SettingsServiceGrpc.getGetMessageSizeMethod) == null) {
      synchronized (SettingsServiceGrpc.class) {
        if ((getGetMessageSizeMethod = SettingsServiceGrpc.getGetMessageSizeMethod) == null) {
          SettingsServiceGrpc.getGetMessageSizeMethod = getGetMessageSizeMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.GetMessageSizeRequest, io.kafkagateway.v1.GetMessageSizeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetMessageSize"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetMessageSizeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetMessageSizeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SettingsServiceMethodDescriptorSupplier("GetMessageSize"))
              .build();
        }
      }
    }
    return getGetMessageSizeMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.SetMessageSizeRequest,
      io.kafkagateway.v1.SetMessageSizeResponse> getSetMessageSizeMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "SetMessageSize",
      requestType = io.kafkagateway.v1.SetMessageSizeRequest.class,
      responseType = io.kafkagateway.v1.SetMessageSizeResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.SetMessageSizeRequest,
      io.kafkagateway.v1.SetMessageSizeResponse> getSetMessageSizeMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.SetMessageSizeRequest, io.kafkagateway.v1.SetMessageSizeResponse> getSetMessageSizeMethod;
    if ((getSetMessageSizeMethod = SettingsServiceGrpc.getSetMessageSizeMethod) == null) {
      synchronized (SettingsServiceGrpc.class) {
        if ((getSetMessageSizeMethod = SettingsServiceGrpc.getSetMessageSizeMethod) == null) {
          SettingsServiceGrpc.getSetMessageSizeMethod = getSetMessageSizeMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.SetMessageSizeRequest, io.kafkagateway.v1.SetMessageSizeResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "SetMessageSize"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.SetMessageSizeRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.SetMessageSizeResponse.getDefaultInstance()))
              .setSchemaDescriptor(new SettingsServiceMethodDescriptorSupplier("SetMessageSize"))
              .build();
        }
      }
    }
    return getSetMessageSizeMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static SettingsServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SettingsServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SettingsServiceStub>() {
        @java.lang.Override
        public SettingsServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SettingsServiceStub(channel, callOptions);
        }
      };
    return SettingsServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static SettingsServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SettingsServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SettingsServiceBlockingV2Stub>() {
        @java.lang.Override
        public SettingsServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SettingsServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return SettingsServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static SettingsServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SettingsServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SettingsServiceBlockingStub>() {
        @java.lang.Override
        public SettingsServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SettingsServiceBlockingStub(channel, callOptions);
        }
      };
    return SettingsServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static SettingsServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<SettingsServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<SettingsServiceFutureStub>() {
        @java.lang.Override
        public SettingsServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new SettingsServiceFutureStub(channel, callOptions);
        }
      };
    return SettingsServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * SettingsService holds the gateway-wide sizes that decide when a produced vector or table is split into several
   * messages (plugin: getBufferSize, setBufferSize, getMessageSize, setMessageSize). A value whose key and payload
   * fit in the buffer size is sent whole; a larger one is cut into chunks of at most the message size.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * GetBufferSize returns the buffer size in bytes (default 900000).
     * </pre>
     */
    default void getBufferSize(io.kafkagateway.v1.GetBufferSizeRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetBufferSizeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetBufferSizeMethod(), responseObserver);
    }

    /**
     * <pre>
     * SetBufferSize changes the buffer size. It must not be below the message size (INVALID_ARGUMENT).
     * </pre>
     */
    default void setBufferSize(io.kafkagateway.v1.SetBufferSizeRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.SetBufferSizeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetBufferSizeMethod(), responseObserver);
    }

    /**
     * <pre>
     * GetMessageSize returns the message size in bytes (default 10000).
     * </pre>
     */
    default void getMessageSize(io.kafkagateway.v1.GetMessageSizeRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetMessageSizeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetMessageSizeMethod(), responseObserver);
    }

    /**
     * <pre>
     * SetMessageSize changes the message size. It must not be above the buffer size (INVALID_ARGUMENT).
     * </pre>
     */
    default void setMessageSize(io.kafkagateway.v1.SetMessageSizeRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.SetMessageSizeResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getSetMessageSizeMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service SettingsService.
   * <pre>
   * SettingsService holds the gateway-wide sizes that decide when a produced vector or table is split into several
   * messages (plugin: getBufferSize, setBufferSize, getMessageSize, setMessageSize). A value whose key and payload
   * fit in the buffer size is sent whole; a larger one is cut into chunks of at most the message size.
   * </pre>
   */
  public static abstract class SettingsServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return SettingsServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service SettingsService.
   * <pre>
   * SettingsService holds the gateway-wide sizes that decide when a produced vector or table is split into several
   * messages (plugin: getBufferSize, setBufferSize, getMessageSize, setMessageSize). A value whose key and payload
   * fit in the buffer size is sent whole; a larger one is cut into chunks of at most the message size.
   * </pre>
   */
  public static final class SettingsServiceStub
      extends io.grpc.stub.AbstractAsyncStub<SettingsServiceStub> {
    private SettingsServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SettingsServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SettingsServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * GetBufferSize returns the buffer size in bytes (default 900000).
     * </pre>
     */
    public void getBufferSize(io.kafkagateway.v1.GetBufferSizeRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetBufferSizeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetBufferSizeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SetBufferSize changes the buffer size. It must not be below the message size (INVALID_ARGUMENT).
     * </pre>
     */
    public void setBufferSize(io.kafkagateway.v1.SetBufferSizeRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.SetBufferSizeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetBufferSizeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * GetMessageSize returns the message size in bytes (default 10000).
     * </pre>
     */
    public void getMessageSize(io.kafkagateway.v1.GetMessageSizeRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetMessageSizeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetMessageSizeMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * SetMessageSize changes the message size. It must not be above the buffer size (INVALID_ARGUMENT).
     * </pre>
     */
    public void setMessageSize(io.kafkagateway.v1.SetMessageSizeRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.SetMessageSizeResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getSetMessageSizeMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service SettingsService.
   * <pre>
   * SettingsService holds the gateway-wide sizes that decide when a produced vector or table is split into several
   * messages (plugin: getBufferSize, setBufferSize, getMessageSize, setMessageSize). A value whose key and payload
   * fit in the buffer size is sent whole; a larger one is cut into chunks of at most the message size.
   * </pre>
   */
  public static final class SettingsServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<SettingsServiceBlockingV2Stub> {
    private SettingsServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SettingsServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SettingsServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * GetBufferSize returns the buffer size in bytes (default 900000).
     * </pre>
     */
    public io.kafkagateway.v1.GetBufferSizeResponse getBufferSize(io.kafkagateway.v1.GetBufferSizeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetBufferSizeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SetBufferSize changes the buffer size. It must not be below the message size (INVALID_ARGUMENT).
     * </pre>
     */
    public io.kafkagateway.v1.SetBufferSizeResponse setBufferSize(io.kafkagateway.v1.SetBufferSizeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetBufferSizeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetMessageSize returns the message size in bytes (default 10000).
     * </pre>
     */
    public io.kafkagateway.v1.GetMessageSizeResponse getMessageSize(io.kafkagateway.v1.GetMessageSizeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetMessageSizeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SetMessageSize changes the message size. It must not be above the buffer size (INVALID_ARGUMENT).
     * </pre>
     */
    public io.kafkagateway.v1.SetMessageSizeResponse setMessageSize(io.kafkagateway.v1.SetMessageSizeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetMessageSizeMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service SettingsService.
   * <pre>
   * SettingsService holds the gateway-wide sizes that decide when a produced vector or table is split into several
   * messages (plugin: getBufferSize, setBufferSize, getMessageSize, setMessageSize). A value whose key and payload
   * fit in the buffer size is sent whole; a larger one is cut into chunks of at most the message size.
   * </pre>
   */
  public static final class SettingsServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<SettingsServiceBlockingStub> {
    private SettingsServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SettingsServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SettingsServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * GetBufferSize returns the buffer size in bytes (default 900000).
     * </pre>
     */
    public io.kafkagateway.v1.GetBufferSizeResponse getBufferSize(io.kafkagateway.v1.GetBufferSizeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetBufferSizeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SetBufferSize changes the buffer size. It must not be below the message size (INVALID_ARGUMENT).
     * </pre>
     */
    public io.kafkagateway.v1.SetBufferSizeResponse setBufferSize(io.kafkagateway.v1.SetBufferSizeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetBufferSizeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * GetMessageSize returns the message size in bytes (default 10000).
     * </pre>
     */
    public io.kafkagateway.v1.GetMessageSizeResponse getMessageSize(io.kafkagateway.v1.GetMessageSizeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetMessageSizeMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * SetMessageSize changes the message size. It must not be above the buffer size (INVALID_ARGUMENT).
     * </pre>
     */
    public io.kafkagateway.v1.SetMessageSizeResponse setMessageSize(io.kafkagateway.v1.SetMessageSizeRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getSetMessageSizeMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service SettingsService.
   * <pre>
   * SettingsService holds the gateway-wide sizes that decide when a produced vector or table is split into several
   * messages (plugin: getBufferSize, setBufferSize, getMessageSize, setMessageSize). A value whose key and payload
   * fit in the buffer size is sent whole; a larger one is cut into chunks of at most the message size.
   * </pre>
   */
  public static final class SettingsServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<SettingsServiceFutureStub> {
    private SettingsServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected SettingsServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new SettingsServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * GetBufferSize returns the buffer size in bytes (default 900000).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.GetBufferSizeResponse> getBufferSize(
        io.kafkagateway.v1.GetBufferSizeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetBufferSizeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SetBufferSize changes the buffer size. It must not be below the message size (INVALID_ARGUMENT).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.SetBufferSizeResponse> setBufferSize(
        io.kafkagateway.v1.SetBufferSizeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetBufferSizeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * GetMessageSize returns the message size in bytes (default 10000).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.GetMessageSizeResponse> getMessageSize(
        io.kafkagateway.v1.GetMessageSizeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetMessageSizeMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * SetMessageSize changes the message size. It must not be above the buffer size (INVALID_ARGUMENT).
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.SetMessageSizeResponse> setMessageSize(
        io.kafkagateway.v1.SetMessageSizeRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getSetMessageSizeMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_GET_BUFFER_SIZE = 0;
  private static final int METHODID_SET_BUFFER_SIZE = 1;
  private static final int METHODID_GET_MESSAGE_SIZE = 2;
  private static final int METHODID_SET_MESSAGE_SIZE = 3;

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
        case METHODID_GET_BUFFER_SIZE:
          serviceImpl.getBufferSize((io.kafkagateway.v1.GetBufferSizeRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetBufferSizeResponse>) responseObserver);
          break;
        case METHODID_SET_BUFFER_SIZE:
          serviceImpl.setBufferSize((io.kafkagateway.v1.SetBufferSizeRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.SetBufferSizeResponse>) responseObserver);
          break;
        case METHODID_GET_MESSAGE_SIZE:
          serviceImpl.getMessageSize((io.kafkagateway.v1.GetMessageSizeRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetMessageSizeResponse>) responseObserver);
          break;
        case METHODID_SET_MESSAGE_SIZE:
          serviceImpl.setMessageSize((io.kafkagateway.v1.SetMessageSizeRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.SetMessageSizeResponse>) responseObserver);
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
          getGetBufferSizeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.GetBufferSizeRequest,
              io.kafkagateway.v1.GetBufferSizeResponse>(
                service, METHODID_GET_BUFFER_SIZE)))
        .addMethod(
          getSetBufferSizeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.SetBufferSizeRequest,
              io.kafkagateway.v1.SetBufferSizeResponse>(
                service, METHODID_SET_BUFFER_SIZE)))
        .addMethod(
          getGetMessageSizeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.GetMessageSizeRequest,
              io.kafkagateway.v1.GetMessageSizeResponse>(
                service, METHODID_GET_MESSAGE_SIZE)))
        .addMethod(
          getSetMessageSizeMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.SetMessageSizeRequest,
              io.kafkagateway.v1.SetMessageSizeResponse>(
                service, METHODID_SET_MESSAGE_SIZE)))
        .build();
  }

  private static abstract class SettingsServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    SettingsServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return io.kafkagateway.v1.SettingsServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("SettingsService");
    }
  }

  private static final class SettingsServiceFileDescriptorSupplier
      extends SettingsServiceBaseDescriptorSupplier {
    SettingsServiceFileDescriptorSupplier() {}
  }

  private static final class SettingsServiceMethodDescriptorSupplier
      extends SettingsServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    SettingsServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (SettingsServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new SettingsServiceFileDescriptorSupplier())
              .addMethod(getGetBufferSizeMethod())
              .addMethod(getSetBufferSizeMethod())
              .addMethod(getGetMessageSizeMethod())
              .addMethod(getSetMessageSizeMethod())
              .build();
        }
      }
    }
    return result;
  }
}
