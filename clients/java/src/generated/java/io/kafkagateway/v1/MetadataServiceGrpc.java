package io.kafkagateway.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * MetadataService describes the Kafka cluster the gateway talks to.
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler (version 1.71.0)",
    comments = "Source: kafkagateway/v1/metadata_service.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class MetadataServiceGrpc {

  private MetadataServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "kafkagateway.v1.MetadataService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.GetMetadataRequest,
      io.kafkagateway.v1.GetMetadataResponse> getGetMetadataMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "GetMetadata",
      requestType = io.kafkagateway.v1.GetMetadataRequest.class,
      responseType = io.kafkagateway.v1.GetMetadataResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.GetMetadataRequest,
      io.kafkagateway.v1.GetMetadataResponse> getGetMetadataMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.GetMetadataRequest, io.kafkagateway.v1.GetMetadataResponse> getGetMetadataMethod;
    if ((getGetMetadataMethod = MetadataServiceGrpc.getGetMetadataMethod) == null) {
      synchronized (MetadataServiceGrpc.class) {
        if ((getGetMetadataMethod = MetadataServiceGrpc.getGetMetadataMethod) == null) {
          MetadataServiceGrpc.getGetMetadataMethod = getGetMetadataMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.GetMetadataRequest, io.kafkagateway.v1.GetMetadataResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "GetMetadata"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetMetadataRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.GetMetadataResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MetadataServiceMethodDescriptorSupplier("GetMetadata"))
              .build();
        }
      }
    }
    return getGetMetadataMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.ListTopicsRequest,
      io.kafkagateway.v1.ListTopicsResponse> getListTopicsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListTopics",
      requestType = io.kafkagateway.v1.ListTopicsRequest.class,
      responseType = io.kafkagateway.v1.ListTopicsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.ListTopicsRequest,
      io.kafkagateway.v1.ListTopicsResponse> getListTopicsMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.ListTopicsRequest, io.kafkagateway.v1.ListTopicsResponse> getListTopicsMethod;
    if ((getListTopicsMethod = MetadataServiceGrpc.getListTopicsMethod) == null) {
      synchronized (MetadataServiceGrpc.class) {
        if ((getListTopicsMethod = MetadataServiceGrpc.getListTopicsMethod) == null) {
          MetadataServiceGrpc.getListTopicsMethod = getListTopicsMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.ListTopicsRequest, io.kafkagateway.v1.ListTopicsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListTopics"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.ListTopicsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.ListTopicsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MetadataServiceMethodDescriptorSupplier("ListTopics"))
              .build();
        }
      }
    }
    return getListTopicsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.CreateTopicRequest,
      io.kafkagateway.v1.CreateTopicResponse> getCreateTopicMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateTopic",
      requestType = io.kafkagateway.v1.CreateTopicRequest.class,
      responseType = io.kafkagateway.v1.CreateTopicResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.CreateTopicRequest,
      io.kafkagateway.v1.CreateTopicResponse> getCreateTopicMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.CreateTopicRequest, io.kafkagateway.v1.CreateTopicResponse> getCreateTopicMethod;
    if ((getCreateTopicMethod = MetadataServiceGrpc.getCreateTopicMethod) == null) {
      synchronized (MetadataServiceGrpc.class) {
        if ((getCreateTopicMethod = MetadataServiceGrpc.getCreateTopicMethod) == null) {
          MetadataServiceGrpc.getCreateTopicMethod = getCreateTopicMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.CreateTopicRequest, io.kafkagateway.v1.CreateTopicResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateTopic"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.CreateTopicRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.CreateTopicResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MetadataServiceMethodDescriptorSupplier("CreateTopic"))
              .build();
        }
      }
    }
    return getCreateTopicMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.DeleteTopicRequest,
      io.kafkagateway.v1.DeleteTopicResponse> getDeleteTopicMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DeleteTopic",
      requestType = io.kafkagateway.v1.DeleteTopicRequest.class,
      responseType = io.kafkagateway.v1.DeleteTopicResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.DeleteTopicRequest,
      io.kafkagateway.v1.DeleteTopicResponse> getDeleteTopicMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.DeleteTopicRequest, io.kafkagateway.v1.DeleteTopicResponse> getDeleteTopicMethod;
    if ((getDeleteTopicMethod = MetadataServiceGrpc.getDeleteTopicMethod) == null) {
      synchronized (MetadataServiceGrpc.class) {
        if ((getDeleteTopicMethod = MetadataServiceGrpc.getDeleteTopicMethod) == null) {
          MetadataServiceGrpc.getDeleteTopicMethod = getDeleteTopicMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.DeleteTopicRequest, io.kafkagateway.v1.DeleteTopicResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DeleteTopic"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.DeleteTopicRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.DeleteTopicResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MetadataServiceMethodDescriptorSupplier("DeleteTopic"))
              .build();
        }
      }
    }
    return getDeleteTopicMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.CreatePartitionsRequest,
      io.kafkagateway.v1.CreatePartitionsResponse> getCreatePartitionsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreatePartitions",
      requestType = io.kafkagateway.v1.CreatePartitionsRequest.class,
      responseType = io.kafkagateway.v1.CreatePartitionsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.CreatePartitionsRequest,
      io.kafkagateway.v1.CreatePartitionsResponse> getCreatePartitionsMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.CreatePartitionsRequest, io.kafkagateway.v1.CreatePartitionsResponse> getCreatePartitionsMethod;
    if ((getCreatePartitionsMethod = MetadataServiceGrpc.getCreatePartitionsMethod) == null) {
      synchronized (MetadataServiceGrpc.class) {
        if ((getCreatePartitionsMethod = MetadataServiceGrpc.getCreatePartitionsMethod) == null) {
          MetadataServiceGrpc.getCreatePartitionsMethod = getCreatePartitionsMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.CreatePartitionsRequest, io.kafkagateway.v1.CreatePartitionsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreatePartitions"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.CreatePartitionsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.CreatePartitionsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new MetadataServiceMethodDescriptorSupplier("CreatePartitions"))
              .build();
        }
      }
    }
    return getCreatePartitionsMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static MetadataServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<MetadataServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<MetadataServiceStub>() {
        @java.lang.Override
        public MetadataServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new MetadataServiceStub(channel, callOptions);
        }
      };
    return MetadataServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static MetadataServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<MetadataServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<MetadataServiceBlockingV2Stub>() {
        @java.lang.Override
        public MetadataServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new MetadataServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return MetadataServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static MetadataServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<MetadataServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<MetadataServiceBlockingStub>() {
        @java.lang.Override
        public MetadataServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new MetadataServiceBlockingStub(channel, callOptions);
        }
      };
    return MetadataServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static MetadataServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<MetadataServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<MetadataServiceFutureStub>() {
        @java.lang.Override
        public MetadataServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new MetadataServiceFutureStub(channel, callOptions);
        }
      };
    return MetadataServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * MetadataService describes the Kafka cluster the gateway talks to.
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * GetMetadata returns the cluster's brokers and its topics with their partitions, as the plugin's
     * getMetadata does (plugin: getMetadata(brokerString)).
     * gRPC error codes:
     *   INVALID_ARGUMENT  timeout_ms is negative, or a topic name is empty
     *   NOT_FOUND         a requested topic does not exist
     *   DEADLINE_EXCEEDED the cluster did not answer within timeout_ms
     *   UNAVAILABLE       no broker could be reached
     * </pre>
     */
    default void getMetadata(io.kafkagateway.v1.GetMetadataRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetMetadataResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getGetMetadataMethod(), responseObserver);
    }

    /**
     * <pre>
     * ListTopics is the short form of GetMetadata (kcat -L): each topic's name and partition count.
     * gRPC error codes:
     *   INVALID_ARGUMENT  timeout_ms is negative
     *   DEADLINE_EXCEEDED the cluster did not answer within timeout_ms
     *   UNAVAILABLE       no broker could be reached
     * </pre>
     */
    default void listTopics(io.kafkagateway.v1.ListTopicsRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.ListTopicsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListTopicsMethod(), responseObserver);
    }

    /**
     * <pre>
     * CreateTopic creates a topic (beyond the plugin).
     * gRPC error codes:
     *   INVALID_ARGUMENT  an empty name, fewer than 1 partition, a bad replication factor or topic config
     *   ALREADY_EXISTS    the topic exists
     * </pre>
     */
    default void createTopic(io.kafkagateway.v1.CreateTopicRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.CreateTopicResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateTopicMethod(), responseObserver);
    }

    /**
     * <pre>
     * DeleteTopic deletes a topic and its messages (beyond the plugin).
     * gRPC error codes:
     *   NOT_FOUND         the topic does not exist
     * </pre>
     */
    default void deleteTopic(io.kafkagateway.v1.DeleteTopicRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.DeleteTopicResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDeleteTopicMethod(), responseObserver);
    }

    /**
     * <pre>
     * CreatePartitions raises a topic's partition count (beyond the plugin).
     * gRPC error codes:
     *   INVALID_ARGUMENT  the count is not above the current one
     *   NOT_FOUND         the topic does not exist
     * </pre>
     */
    default void createPartitions(io.kafkagateway.v1.CreatePartitionsRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.CreatePartitionsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreatePartitionsMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service MetadataService.
   * <pre>
   * MetadataService describes the Kafka cluster the gateway talks to.
   * </pre>
   */
  public static abstract class MetadataServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return MetadataServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service MetadataService.
   * <pre>
   * MetadataService describes the Kafka cluster the gateway talks to.
   * </pre>
   */
  public static final class MetadataServiceStub
      extends io.grpc.stub.AbstractAsyncStub<MetadataServiceStub> {
    private MetadataServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected MetadataServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new MetadataServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * GetMetadata returns the cluster's brokers and its topics with their partitions, as the plugin's
     * getMetadata does (plugin: getMetadata(brokerString)).
     * gRPC error codes:
     *   INVALID_ARGUMENT  timeout_ms is negative, or a topic name is empty
     *   NOT_FOUND         a requested topic does not exist
     *   DEADLINE_EXCEEDED the cluster did not answer within timeout_ms
     *   UNAVAILABLE       no broker could be reached
     * </pre>
     */
    public void getMetadata(io.kafkagateway.v1.GetMetadataRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetMetadataResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getGetMetadataMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ListTopics is the short form of GetMetadata (kcat -L): each topic's name and partition count.
     * gRPC error codes:
     *   INVALID_ARGUMENT  timeout_ms is negative
     *   DEADLINE_EXCEEDED the cluster did not answer within timeout_ms
     *   UNAVAILABLE       no broker could be reached
     * </pre>
     */
    public void listTopics(io.kafkagateway.v1.ListTopicsRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.ListTopicsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListTopicsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * CreateTopic creates a topic (beyond the plugin).
     * gRPC error codes:
     *   INVALID_ARGUMENT  an empty name, fewer than 1 partition, a bad replication factor or topic config
     *   ALREADY_EXISTS    the topic exists
     * </pre>
     */
    public void createTopic(io.kafkagateway.v1.CreateTopicRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.CreateTopicResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateTopicMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * DeleteTopic deletes a topic and its messages (beyond the plugin).
     * gRPC error codes:
     *   NOT_FOUND         the topic does not exist
     * </pre>
     */
    public void deleteTopic(io.kafkagateway.v1.DeleteTopicRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.DeleteTopicResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDeleteTopicMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * CreatePartitions raises a topic's partition count (beyond the plugin).
     * gRPC error codes:
     *   INVALID_ARGUMENT  the count is not above the current one
     *   NOT_FOUND         the topic does not exist
     * </pre>
     */
    public void createPartitions(io.kafkagateway.v1.CreatePartitionsRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.CreatePartitionsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreatePartitionsMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service MetadataService.
   * <pre>
   * MetadataService describes the Kafka cluster the gateway talks to.
   * </pre>
   */
  public static final class MetadataServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<MetadataServiceBlockingV2Stub> {
    private MetadataServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected MetadataServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new MetadataServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * GetMetadata returns the cluster's brokers and its topics with their partitions, as the plugin's
     * getMetadata does (plugin: getMetadata(brokerString)).
     * gRPC error codes:
     *   INVALID_ARGUMENT  timeout_ms is negative, or a topic name is empty
     *   NOT_FOUND         a requested topic does not exist
     *   DEADLINE_EXCEEDED the cluster did not answer within timeout_ms
     *   UNAVAILABLE       no broker could be reached
     * </pre>
     */
    public io.kafkagateway.v1.GetMetadataResponse getMetadata(io.kafkagateway.v1.GetMetadataRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetMetadataMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListTopics is the short form of GetMetadata (kcat -L): each topic's name and partition count.
     * gRPC error codes:
     *   INVALID_ARGUMENT  timeout_ms is negative
     *   DEADLINE_EXCEEDED the cluster did not answer within timeout_ms
     *   UNAVAILABLE       no broker could be reached
     * </pre>
     */
    public io.kafkagateway.v1.ListTopicsResponse listTopics(io.kafkagateway.v1.ListTopicsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListTopicsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * CreateTopic creates a topic (beyond the plugin).
     * gRPC error codes:
     *   INVALID_ARGUMENT  an empty name, fewer than 1 partition, a bad replication factor or topic config
     *   ALREADY_EXISTS    the topic exists
     * </pre>
     */
    public io.kafkagateway.v1.CreateTopicResponse createTopic(io.kafkagateway.v1.CreateTopicRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateTopicMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * DeleteTopic deletes a topic and its messages (beyond the plugin).
     * gRPC error codes:
     *   NOT_FOUND         the topic does not exist
     * </pre>
     */
    public io.kafkagateway.v1.DeleteTopicResponse deleteTopic(io.kafkagateway.v1.DeleteTopicRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteTopicMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * CreatePartitions raises a topic's partition count (beyond the plugin).
     * gRPC error codes:
     *   INVALID_ARGUMENT  the count is not above the current one
     *   NOT_FOUND         the topic does not exist
     * </pre>
     */
    public io.kafkagateway.v1.CreatePartitionsResponse createPartitions(io.kafkagateway.v1.CreatePartitionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreatePartitionsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service MetadataService.
   * <pre>
   * MetadataService describes the Kafka cluster the gateway talks to.
   * </pre>
   */
  public static final class MetadataServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<MetadataServiceBlockingStub> {
    private MetadataServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected MetadataServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new MetadataServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * GetMetadata returns the cluster's brokers and its topics with their partitions, as the plugin's
     * getMetadata does (plugin: getMetadata(brokerString)).
     * gRPC error codes:
     *   INVALID_ARGUMENT  timeout_ms is negative, or a topic name is empty
     *   NOT_FOUND         a requested topic does not exist
     *   DEADLINE_EXCEEDED the cluster did not answer within timeout_ms
     *   UNAVAILABLE       no broker could be reached
     * </pre>
     */
    public io.kafkagateway.v1.GetMetadataResponse getMetadata(io.kafkagateway.v1.GetMetadataRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getGetMetadataMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListTopics is the short form of GetMetadata (kcat -L): each topic's name and partition count.
     * gRPC error codes:
     *   INVALID_ARGUMENT  timeout_ms is negative
     *   DEADLINE_EXCEEDED the cluster did not answer within timeout_ms
     *   UNAVAILABLE       no broker could be reached
     * </pre>
     */
    public io.kafkagateway.v1.ListTopicsResponse listTopics(io.kafkagateway.v1.ListTopicsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListTopicsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * CreateTopic creates a topic (beyond the plugin).
     * gRPC error codes:
     *   INVALID_ARGUMENT  an empty name, fewer than 1 partition, a bad replication factor or topic config
     *   ALREADY_EXISTS    the topic exists
     * </pre>
     */
    public io.kafkagateway.v1.CreateTopicResponse createTopic(io.kafkagateway.v1.CreateTopicRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateTopicMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * DeleteTopic deletes a topic and its messages (beyond the plugin).
     * gRPC error codes:
     *   NOT_FOUND         the topic does not exist
     * </pre>
     */
    public io.kafkagateway.v1.DeleteTopicResponse deleteTopic(io.kafkagateway.v1.DeleteTopicRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDeleteTopicMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * CreatePartitions raises a topic's partition count (beyond the plugin).
     * gRPC error codes:
     *   INVALID_ARGUMENT  the count is not above the current one
     *   NOT_FOUND         the topic does not exist
     * </pre>
     */
    public io.kafkagateway.v1.CreatePartitionsResponse createPartitions(io.kafkagateway.v1.CreatePartitionsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreatePartitionsMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service MetadataService.
   * <pre>
   * MetadataService describes the Kafka cluster the gateway talks to.
   * </pre>
   */
  public static final class MetadataServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<MetadataServiceFutureStub> {
    private MetadataServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected MetadataServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new MetadataServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * GetMetadata returns the cluster's brokers and its topics with their partitions, as the plugin's
     * getMetadata does (plugin: getMetadata(brokerString)).
     * gRPC error codes:
     *   INVALID_ARGUMENT  timeout_ms is negative, or a topic name is empty
     *   NOT_FOUND         a requested topic does not exist
     *   DEADLINE_EXCEEDED the cluster did not answer within timeout_ms
     *   UNAVAILABLE       no broker could be reached
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.GetMetadataResponse> getMetadata(
        io.kafkagateway.v1.GetMetadataRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getGetMetadataMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ListTopics is the short form of GetMetadata (kcat -L): each topic's name and partition count.
     * gRPC error codes:
     *   INVALID_ARGUMENT  timeout_ms is negative
     *   DEADLINE_EXCEEDED the cluster did not answer within timeout_ms
     *   UNAVAILABLE       no broker could be reached
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.ListTopicsResponse> listTopics(
        io.kafkagateway.v1.ListTopicsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListTopicsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * CreateTopic creates a topic (beyond the plugin).
     * gRPC error codes:
     *   INVALID_ARGUMENT  an empty name, fewer than 1 partition, a bad replication factor or topic config
     *   ALREADY_EXISTS    the topic exists
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.CreateTopicResponse> createTopic(
        io.kafkagateway.v1.CreateTopicRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateTopicMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * DeleteTopic deletes a topic and its messages (beyond the plugin).
     * gRPC error codes:
     *   NOT_FOUND         the topic does not exist
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.DeleteTopicResponse> deleteTopic(
        io.kafkagateway.v1.DeleteTopicRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDeleteTopicMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * CreatePartitions raises a topic's partition count (beyond the plugin).
     * gRPC error codes:
     *   INVALID_ARGUMENT  the count is not above the current one
     *   NOT_FOUND         the topic does not exist
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.CreatePartitionsResponse> createPartitions(
        io.kafkagateway.v1.CreatePartitionsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreatePartitionsMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_GET_METADATA = 0;
  private static final int METHODID_LIST_TOPICS = 1;
  private static final int METHODID_CREATE_TOPIC = 2;
  private static final int METHODID_DELETE_TOPIC = 3;
  private static final int METHODID_CREATE_PARTITIONS = 4;

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
        case METHODID_GET_METADATA:
          serviceImpl.getMetadata((io.kafkagateway.v1.GetMetadataRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.GetMetadataResponse>) responseObserver);
          break;
        case METHODID_LIST_TOPICS:
          serviceImpl.listTopics((io.kafkagateway.v1.ListTopicsRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.ListTopicsResponse>) responseObserver);
          break;
        case METHODID_CREATE_TOPIC:
          serviceImpl.createTopic((io.kafkagateway.v1.CreateTopicRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.CreateTopicResponse>) responseObserver);
          break;
        case METHODID_DELETE_TOPIC:
          serviceImpl.deleteTopic((io.kafkagateway.v1.DeleteTopicRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.DeleteTopicResponse>) responseObserver);
          break;
        case METHODID_CREATE_PARTITIONS:
          serviceImpl.createPartitions((io.kafkagateway.v1.CreatePartitionsRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.CreatePartitionsResponse>) responseObserver);
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
          getGetMetadataMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.GetMetadataRequest,
              io.kafkagateway.v1.GetMetadataResponse>(
                service, METHODID_GET_METADATA)))
        .addMethod(
          getListTopicsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.ListTopicsRequest,
              io.kafkagateway.v1.ListTopicsResponse>(
                service, METHODID_LIST_TOPICS)))
        .addMethod(
          getCreateTopicMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.CreateTopicRequest,
              io.kafkagateway.v1.CreateTopicResponse>(
                service, METHODID_CREATE_TOPIC)))
        .addMethod(
          getDeleteTopicMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.DeleteTopicRequest,
              io.kafkagateway.v1.DeleteTopicResponse>(
                service, METHODID_DELETE_TOPIC)))
        .addMethod(
          getCreatePartitionsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.CreatePartitionsRequest,
              io.kafkagateway.v1.CreatePartitionsResponse>(
                service, METHODID_CREATE_PARTITIONS)))
        .build();
  }

  private static abstract class MetadataServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    MetadataServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return io.kafkagateway.v1.MetadataServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("MetadataService");
    }
  }

  private static final class MetadataServiceFileDescriptorSupplier
      extends MetadataServiceBaseDescriptorSupplier {
    MetadataServiceFileDescriptorSupplier() {}
  }

  private static final class MetadataServiceMethodDescriptorSupplier
      extends MetadataServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    MetadataServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (MetadataServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new MetadataServiceFileDescriptorSupplier())
              .addMethod(getGetMetadataMethod())
              .addMethod(getListTopicsMethod())
              .addMethod(getCreateTopicMethod())
              .addMethod(getDeleteTopicMethod())
              .addMethod(getCreatePartitionsMethod())
              .build();
        }
      }
    }
    return result;
  }
}
