package io.kafkagateway.v1;

import static io.grpc.MethodDescriptor.generateFullMethodName;

/**
 * <pre>
 * TableService holds typed tables in the gateway's embedded database (DuckDB): the place where sub-jobs write what
 * they consume, as the plugin's sub-jobs append to DolphinDB tables, and where clients read, follow and query it.
 * Every DolphinDB column type is kept exactly (README, "Tables"). Rows are numbered from 0 in the order they were
 * appended; a row's number never changes.
 * Errors every RPC can return: INVALID_ARGUMENT for a name that is not an identifier (reason INVALID_TABLE_NAME),
 * NOT_FOUND for a table that does not exist (TABLE_NOT_FOUND), RESOURCE_EXHAUSTED when too many table calls wait
 * (TABLES_BUSY), DEADLINE_EXCEEDED when the database did not answer in time (TABLE_CALL_TIMED_OUT).
 * </pre>
 */
@javax.annotation.Generated(
    value = "by gRPC proto compiler (version 1.71.0)",
    comments = "Source: kafkagateway/v1/table_service.proto")
@io.grpc.stub.annotations.GrpcGenerated
public final class TableServiceGrpc {

  private TableServiceGrpc() {}

  public static final java.lang.String SERVICE_NAME = "kafkagateway.v1.TableService";

  // Static method descriptors that strictly reflect the proto.
  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.CreateTableRequest,
      io.kafkagateway.v1.CreateTableResponse> getCreateTableMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "CreateTable",
      requestType = io.kafkagateway.v1.CreateTableRequest.class,
      responseType = io.kafkagateway.v1.CreateTableResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.CreateTableRequest,
      io.kafkagateway.v1.CreateTableResponse> getCreateTableMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.CreateTableRequest, io.kafkagateway.v1.CreateTableResponse> getCreateTableMethod;
    if ((getCreateTableMethod = TableServiceGrpc.getCreateTableMethod) == null) {
      synchronized (TableServiceGrpc.class) {
        if ((getCreateTableMethod = TableServiceGrpc.getCreateTableMethod) == null) {
          TableServiceGrpc.getCreateTableMethod = getCreateTableMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.CreateTableRequest, io.kafkagateway.v1.CreateTableResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "CreateTable"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.CreateTableRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.CreateTableResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TableServiceMethodDescriptorSupplier("CreateTable"))
              .build();
        }
      }
    }
    return getCreateTableMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.ListTablesRequest,
      io.kafkagateway.v1.ListTablesResponse> getListTablesMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ListTables",
      requestType = io.kafkagateway.v1.ListTablesRequest.class,
      responseType = io.kafkagateway.v1.ListTablesResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.ListTablesRequest,
      io.kafkagateway.v1.ListTablesResponse> getListTablesMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.ListTablesRequest, io.kafkagateway.v1.ListTablesResponse> getListTablesMethod;
    if ((getListTablesMethod = TableServiceGrpc.getListTablesMethod) == null) {
      synchronized (TableServiceGrpc.class) {
        if ((getListTablesMethod = TableServiceGrpc.getListTablesMethod) == null) {
          TableServiceGrpc.getListTablesMethod = getListTablesMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.ListTablesRequest, io.kafkagateway.v1.ListTablesResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ListTables"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.ListTablesRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.ListTablesResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TableServiceMethodDescriptorSupplier("ListTables"))
              .build();
        }
      }
    }
    return getListTablesMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.DescribeTableRequest,
      io.kafkagateway.v1.DescribeTableResponse> getDescribeTableMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DescribeTable",
      requestType = io.kafkagateway.v1.DescribeTableRequest.class,
      responseType = io.kafkagateway.v1.DescribeTableResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.DescribeTableRequest,
      io.kafkagateway.v1.DescribeTableResponse> getDescribeTableMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.DescribeTableRequest, io.kafkagateway.v1.DescribeTableResponse> getDescribeTableMethod;
    if ((getDescribeTableMethod = TableServiceGrpc.getDescribeTableMethod) == null) {
      synchronized (TableServiceGrpc.class) {
        if ((getDescribeTableMethod = TableServiceGrpc.getDescribeTableMethod) == null) {
          TableServiceGrpc.getDescribeTableMethod = getDescribeTableMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.DescribeTableRequest, io.kafkagateway.v1.DescribeTableResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DescribeTable"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.DescribeTableRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.DescribeTableResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TableServiceMethodDescriptorSupplier("DescribeTable"))
              .build();
        }
      }
    }
    return getDescribeTableMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.AppendRowsRequest,
      io.kafkagateway.v1.AppendRowsResponse> getAppendRowsMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "AppendRows",
      requestType = io.kafkagateway.v1.AppendRowsRequest.class,
      responseType = io.kafkagateway.v1.AppendRowsResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.AppendRowsRequest,
      io.kafkagateway.v1.AppendRowsResponse> getAppendRowsMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.AppendRowsRequest, io.kafkagateway.v1.AppendRowsResponse> getAppendRowsMethod;
    if ((getAppendRowsMethod = TableServiceGrpc.getAppendRowsMethod) == null) {
      synchronized (TableServiceGrpc.class) {
        if ((getAppendRowsMethod = TableServiceGrpc.getAppendRowsMethod) == null) {
          TableServiceGrpc.getAppendRowsMethod = getAppendRowsMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.AppendRowsRequest, io.kafkagateway.v1.AppendRowsResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "AppendRows"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.AppendRowsRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.AppendRowsResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TableServiceMethodDescriptorSupplier("AppendRows"))
              .build();
        }
      }
    }
    return getAppendRowsMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.ReadTableRequest,
      io.kafkagateway.v1.ReadTableResponse> getReadTableMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "ReadTable",
      requestType = io.kafkagateway.v1.ReadTableRequest.class,
      responseType = io.kafkagateway.v1.ReadTableResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.ReadTableRequest,
      io.kafkagateway.v1.ReadTableResponse> getReadTableMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.ReadTableRequest, io.kafkagateway.v1.ReadTableResponse> getReadTableMethod;
    if ((getReadTableMethod = TableServiceGrpc.getReadTableMethod) == null) {
      synchronized (TableServiceGrpc.class) {
        if ((getReadTableMethod = TableServiceGrpc.getReadTableMethod) == null) {
          TableServiceGrpc.getReadTableMethod = getReadTableMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.ReadTableRequest, io.kafkagateway.v1.ReadTableResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "ReadTable"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.ReadTableRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.ReadTableResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TableServiceMethodDescriptorSupplier("ReadTable"))
              .build();
        }
      }
    }
    return getReadTableMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.TailTableRequest,
      io.kafkagateway.v1.TailTableResponse> getTailTableMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "TailTable",
      requestType = io.kafkagateway.v1.TailTableRequest.class,
      responseType = io.kafkagateway.v1.TailTableResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.TailTableRequest,
      io.kafkagateway.v1.TailTableResponse> getTailTableMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.TailTableRequest, io.kafkagateway.v1.TailTableResponse> getTailTableMethod;
    if ((getTailTableMethod = TableServiceGrpc.getTailTableMethod) == null) {
      synchronized (TableServiceGrpc.class) {
        if ((getTailTableMethod = TableServiceGrpc.getTailTableMethod) == null) {
          TableServiceGrpc.getTailTableMethod = getTailTableMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.TailTableRequest, io.kafkagateway.v1.TailTableResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.SERVER_STREAMING)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "TailTable"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.TailTableRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.TailTableResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TableServiceMethodDescriptorSupplier("TailTable"))
              .build();
        }
      }
    }
    return getTailTableMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.QueryRequest,
      io.kafkagateway.v1.QueryResponse> getQueryMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "Query",
      requestType = io.kafkagateway.v1.QueryRequest.class,
      responseType = io.kafkagateway.v1.QueryResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.QueryRequest,
      io.kafkagateway.v1.QueryResponse> getQueryMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.QueryRequest, io.kafkagateway.v1.QueryResponse> getQueryMethod;
    if ((getQueryMethod = TableServiceGrpc.getQueryMethod) == null) {
      synchronized (TableServiceGrpc.class) {
        if ((getQueryMethod = TableServiceGrpc.getQueryMethod) == null) {
          TableServiceGrpc.getQueryMethod = getQueryMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.QueryRequest, io.kafkagateway.v1.QueryResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "Query"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.QueryRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.QueryResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TableServiceMethodDescriptorSupplier("Query"))
              .build();
        }
      }
    }
    return getQueryMethod;
  }

  private static volatile io.grpc.MethodDescriptor<io.kafkagateway.v1.DropTableRequest,
      io.kafkagateway.v1.DropTableResponse> getDropTableMethod;

  @io.grpc.stub.annotations.RpcMethod(
      fullMethodName = SERVICE_NAME + '/' + "DropTable",
      requestType = io.kafkagateway.v1.DropTableRequest.class,
      responseType = io.kafkagateway.v1.DropTableResponse.class,
      methodType = io.grpc.MethodDescriptor.MethodType.UNARY)
  public static io.grpc.MethodDescriptor<io.kafkagateway.v1.DropTableRequest,
      io.kafkagateway.v1.DropTableResponse> getDropTableMethod() {
    io.grpc.MethodDescriptor<io.kafkagateway.v1.DropTableRequest, io.kafkagateway.v1.DropTableResponse> getDropTableMethod;
    if ((getDropTableMethod = TableServiceGrpc.getDropTableMethod) == null) {
      synchronized (TableServiceGrpc.class) {
        if ((getDropTableMethod = TableServiceGrpc.getDropTableMethod) == null) {
          TableServiceGrpc.getDropTableMethod = getDropTableMethod =
              io.grpc.MethodDescriptor.<io.kafkagateway.v1.DropTableRequest, io.kafkagateway.v1.DropTableResponse>newBuilder()
              .setType(io.grpc.MethodDescriptor.MethodType.UNARY)
              .setFullMethodName(generateFullMethodName(SERVICE_NAME, "DropTable"))
              .setSampledToLocalTracing(true)
              .setRequestMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.DropTableRequest.getDefaultInstance()))
              .setResponseMarshaller(io.grpc.protobuf.ProtoUtils.marshaller(
                  io.kafkagateway.v1.DropTableResponse.getDefaultInstance()))
              .setSchemaDescriptor(new TableServiceMethodDescriptorSupplier("DropTable"))
              .build();
        }
      }
    }
    return getDropTableMethod;
  }

  /**
   * Creates a new async stub that supports all call types for the service
   */
  public static TableServiceStub newStub(io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<TableServiceStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<TableServiceStub>() {
        @java.lang.Override
        public TableServiceStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new TableServiceStub(channel, callOptions);
        }
      };
    return TableServiceStub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports all types of calls on the service
   */
  public static TableServiceBlockingV2Stub newBlockingV2Stub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<TableServiceBlockingV2Stub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<TableServiceBlockingV2Stub>() {
        @java.lang.Override
        public TableServiceBlockingV2Stub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new TableServiceBlockingV2Stub(channel, callOptions);
        }
      };
    return TableServiceBlockingV2Stub.newStub(factory, channel);
  }

  /**
   * Creates a new blocking-style stub that supports unary and streaming output calls on the service
   */
  public static TableServiceBlockingStub newBlockingStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<TableServiceBlockingStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<TableServiceBlockingStub>() {
        @java.lang.Override
        public TableServiceBlockingStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new TableServiceBlockingStub(channel, callOptions);
        }
      };
    return TableServiceBlockingStub.newStub(factory, channel);
  }

  /**
   * Creates a new ListenableFuture-style stub that supports unary calls on the service
   */
  public static TableServiceFutureStub newFutureStub(
      io.grpc.Channel channel) {
    io.grpc.stub.AbstractStub.StubFactory<TableServiceFutureStub> factory =
      new io.grpc.stub.AbstractStub.StubFactory<TableServiceFutureStub>() {
        @java.lang.Override
        public TableServiceFutureStub newStub(io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
          return new TableServiceFutureStub(channel, callOptions);
        }
      };
    return TableServiceFutureStub.newStub(factory, channel);
  }

  /**
   * <pre>
   * TableService holds typed tables in the gateway's embedded database (DuckDB): the place where sub-jobs write what
   * they consume, as the plugin's sub-jobs append to DolphinDB tables, and where clients read, follow and query it.
   * Every DolphinDB column type is kept exactly (README, "Tables"). Rows are numbered from 0 in the order they were
   * appended; a row's number never changes.
   * Errors every RPC can return: INVALID_ARGUMENT for a name that is not an identifier (reason INVALID_TABLE_NAME),
   * NOT_FOUND for a table that does not exist (TABLE_NOT_FOUND), RESOURCE_EXHAUSTED when too many table calls wait
   * (TABLES_BUSY), DEADLINE_EXCEEDED when the database did not answer in time (TABLE_CALL_TIMED_OUT).
   * </pre>
   */
  public interface AsyncService {

    /**
     * <pre>
     * CreateTable creates an empty table with typed columns.
     * gRPC error codes:
     *   INVALID_ARGUMENT  a bad table or column name, a repeated column, no columns or more than 1,024, a type that
     *                     cannot be a column (ANY, VOID), a DECIMAL scale out of range
     *   ALREADY_EXISTS    the table exists and if_not_exists is false (an existing table is never changed)
     *   RESOURCE_EXHAUSTED the database is at its size cap, or holds 1,000 tables
     * </pre>
     */
    default void createTable(io.kafkagateway.v1.CreateTableRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.CreateTableResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getCreateTableMethod(), responseObserver);
    }

    /**
     * <pre>
     * ListTables lists the caller's tables by name.
     * </pre>
     */
    default void listTables(io.kafkagateway.v1.ListTablesRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.ListTablesResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getListTablesMethod(), responseObserver);
    }

    /**
     * <pre>
     * DescribeTable returns a table's columns, row count and size.
     * gRPC error codes:
     *   NOT_FOUND         no such table
     * </pre>
     */
    default void describeTable(io.kafkagateway.v1.DescribeTableRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.DescribeTableResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDescribeTableMethod(), responseObserver);
    }

    /**
     * <pre>
     * AppendRows appends the rows of a table Value, in one transaction: all of them or none. Columns are matched by
     * name (any order; every column of the table exactly once); each column's type must be the table's.
     * gRPC error codes:
     *   INVALID_ARGUMENT  not a table Value, a missing, unknown or repeated column, a column of another type (the
     *                     message names it), columns of unequal length, a value the type cannot hold, more than
     *                     100,000 rows
     *   NOT_FOUND         no such table
     *   RESOURCE_EXHAUSTED the database is at its size cap (reason TABLE_STORAGE_FULL)
     * </pre>
     */
    default void appendRows(io.kafkagateway.v1.AppendRowsRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.AppendRowsResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getAppendRowsMethod(), responseObserver);
    }

    /**
     * <pre>
     * ReadTable reads rows as a table Value, one page at a time: pass next_page_token back for the next page.
     * gRPC error codes:
     *   INVALID_ARGUMENT  an unknown column, a filter value of another type than its column, limit above 100,000,
     *                     a page token that is not one of this read's
     *   NOT_FOUND         no such table
     * </pre>
     */
    default void readTable(io.kafkagateway.v1.ReadTableRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.ReadTableResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getReadTableMethod(), responseObserver);
    }

    /**
     * <pre>
     * TailTable streams the rows appended to a table: from now on, or from a row number, in frames of at most
     * max_rows rows. The gateway reads the next frame only when the client has taken the last one, so a client that
     * stalls holds at most one frame in the gateway. The stream ends when the client cancels, its deadline passes,
     * the table is dropped (NOT_FOUND) or the gateway shuts down (UNAVAILABLE).
     * gRPC error codes:
     *   INVALID_ARGUMENT  an unknown column, a negative from_row, max_rows above 10,000
     *   NOT_FOUND         no such table, or it was dropped while followed
     *   UNAVAILABLE       the gateway is shutting down
     * </pre>
     */
    default void tailTable(io.kafkagateway.v1.TailTableRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.TailTableResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getTailTableMethod(), responseObserver);
    }

    /**
     * <pre>
     * Query runs one read-only SQL statement (SELECT, WITH ... SELECT, VALUES, FROM ...) over the caller's tables
     * and returns the result as a table Value, paged as ReadTable. The statement cannot write, read files or other
     * databases, or change settings. Result columns take the DolphinDB type nearest their DuckDB type (README).
     * gRPC error codes:
     *   INVALID_ARGUMENT  not exactly one statement, a statement that is not a read (reason QUERY_NOT_READ_ONLY),
     *                     SQL DuckDB refuses (its message), limit above 100,000, a foreign page token
     *   PERMISSION_DENIED the statement tried to reach a file or another database (reason QUERY_EXTERNAL_ACCESS)
     *   DEADLINE_EXCEEDED it ran longer than the query timeout (reason QUERY_TIMED_OUT)
     * </pre>
     */
    default void query(io.kafkagateway.v1.QueryRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.QueryResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getQueryMethod(), responseObserver);
    }

    /**
     * <pre>
     * DropTable deletes a table and its rows.
     * gRPC error codes:
     *   NOT_FOUND         no such table and if_exists is false
     * </pre>
     */
    default void dropTable(io.kafkagateway.v1.DropTableRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.DropTableResponse> responseObserver) {
      io.grpc.stub.ServerCalls.asyncUnimplementedUnaryCall(getDropTableMethod(), responseObserver);
    }
  }

  /**
   * Base class for the server implementation of the service TableService.
   * <pre>
   * TableService holds typed tables in the gateway's embedded database (DuckDB): the place where sub-jobs write what
   * they consume, as the plugin's sub-jobs append to DolphinDB tables, and where clients read, follow and query it.
   * Every DolphinDB column type is kept exactly (README, "Tables"). Rows are numbered from 0 in the order they were
   * appended; a row's number never changes.
   * Errors every RPC can return: INVALID_ARGUMENT for a name that is not an identifier (reason INVALID_TABLE_NAME),
   * NOT_FOUND for a table that does not exist (TABLE_NOT_FOUND), RESOURCE_EXHAUSTED when too many table calls wait
   * (TABLES_BUSY), DEADLINE_EXCEEDED when the database did not answer in time (TABLE_CALL_TIMED_OUT).
   * </pre>
   */
  public static abstract class TableServiceImplBase
      implements io.grpc.BindableService, AsyncService {

    @java.lang.Override public final io.grpc.ServerServiceDefinition bindService() {
      return TableServiceGrpc.bindService(this);
    }
  }

  /**
   * A stub to allow clients to do asynchronous rpc calls to service TableService.
   * <pre>
   * TableService holds typed tables in the gateway's embedded database (DuckDB): the place where sub-jobs write what
   * they consume, as the plugin's sub-jobs append to DolphinDB tables, and where clients read, follow and query it.
   * Every DolphinDB column type is kept exactly (README, "Tables"). Rows are numbered from 0 in the order they were
   * appended; a row's number never changes.
   * Errors every RPC can return: INVALID_ARGUMENT for a name that is not an identifier (reason INVALID_TABLE_NAME),
   * NOT_FOUND for a table that does not exist (TABLE_NOT_FOUND), RESOURCE_EXHAUSTED when too many table calls wait
   * (TABLES_BUSY), DEADLINE_EXCEEDED when the database did not answer in time (TABLE_CALL_TIMED_OUT).
   * </pre>
   */
  public static final class TableServiceStub
      extends io.grpc.stub.AbstractAsyncStub<TableServiceStub> {
    private TableServiceStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected TableServiceStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new TableServiceStub(channel, callOptions);
    }

    /**
     * <pre>
     * CreateTable creates an empty table with typed columns.
     * gRPC error codes:
     *   INVALID_ARGUMENT  a bad table or column name, a repeated column, no columns or more than 1,024, a type that
     *                     cannot be a column (ANY, VOID), a DECIMAL scale out of range
     *   ALREADY_EXISTS    the table exists and if_not_exists is false (an existing table is never changed)
     *   RESOURCE_EXHAUSTED the database is at its size cap, or holds 1,000 tables
     * </pre>
     */
    public void createTable(io.kafkagateway.v1.CreateTableRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.CreateTableResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getCreateTableMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ListTables lists the caller's tables by name.
     * </pre>
     */
    public void listTables(io.kafkagateway.v1.ListTablesRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.ListTablesResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getListTablesMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * DescribeTable returns a table's columns, row count and size.
     * gRPC error codes:
     *   NOT_FOUND         no such table
     * </pre>
     */
    public void describeTable(io.kafkagateway.v1.DescribeTableRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.DescribeTableResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDescribeTableMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * AppendRows appends the rows of a table Value, in one transaction: all of them or none. Columns are matched by
     * name (any order; every column of the table exactly once); each column's type must be the table's.
     * gRPC error codes:
     *   INVALID_ARGUMENT  not a table Value, a missing, unknown or repeated column, a column of another type (the
     *                     message names it), columns of unequal length, a value the type cannot hold, more than
     *                     100,000 rows
     *   NOT_FOUND         no such table
     *   RESOURCE_EXHAUSTED the database is at its size cap (reason TABLE_STORAGE_FULL)
     * </pre>
     */
    public void appendRows(io.kafkagateway.v1.AppendRowsRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.AppendRowsResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getAppendRowsMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * ReadTable reads rows as a table Value, one page at a time: pass next_page_token back for the next page.
     * gRPC error codes:
     *   INVALID_ARGUMENT  an unknown column, a filter value of another type than its column, limit above 100,000,
     *                     a page token that is not one of this read's
     *   NOT_FOUND         no such table
     * </pre>
     */
    public void readTable(io.kafkagateway.v1.ReadTableRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.ReadTableResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getReadTableMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * TailTable streams the rows appended to a table: from now on, or from a row number, in frames of at most
     * max_rows rows. The gateway reads the next frame only when the client has taken the last one, so a client that
     * stalls holds at most one frame in the gateway. The stream ends when the client cancels, its deadline passes,
     * the table is dropped (NOT_FOUND) or the gateway shuts down (UNAVAILABLE).
     * gRPC error codes:
     *   INVALID_ARGUMENT  an unknown column, a negative from_row, max_rows above 10,000
     *   NOT_FOUND         no such table, or it was dropped while followed
     *   UNAVAILABLE       the gateway is shutting down
     * </pre>
     */
    public void tailTable(io.kafkagateway.v1.TailTableRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.TailTableResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncServerStreamingCall(
          getChannel().newCall(getTailTableMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * Query runs one read-only SQL statement (SELECT, WITH ... SELECT, VALUES, FROM ...) over the caller's tables
     * and returns the result as a table Value, paged as ReadTable. The statement cannot write, read files or other
     * databases, or change settings. Result columns take the DolphinDB type nearest their DuckDB type (README).
     * gRPC error codes:
     *   INVALID_ARGUMENT  not exactly one statement, a statement that is not a read (reason QUERY_NOT_READ_ONLY),
     *                     SQL DuckDB refuses (its message), limit above 100,000, a foreign page token
     *   PERMISSION_DENIED the statement tried to reach a file or another database (reason QUERY_EXTERNAL_ACCESS)
     *   DEADLINE_EXCEEDED it ran longer than the query timeout (reason QUERY_TIMED_OUT)
     * </pre>
     */
    public void query(io.kafkagateway.v1.QueryRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.QueryResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getQueryMethod(), getCallOptions()), request, responseObserver);
    }

    /**
     * <pre>
     * DropTable deletes a table and its rows.
     * gRPC error codes:
     *   NOT_FOUND         no such table and if_exists is false
     * </pre>
     */
    public void dropTable(io.kafkagateway.v1.DropTableRequest request,
        io.grpc.stub.StreamObserver<io.kafkagateway.v1.DropTableResponse> responseObserver) {
      io.grpc.stub.ClientCalls.asyncUnaryCall(
          getChannel().newCall(getDropTableMethod(), getCallOptions()), request, responseObserver);
    }
  }

  /**
   * A stub to allow clients to do synchronous rpc calls to service TableService.
   * <pre>
   * TableService holds typed tables in the gateway's embedded database (DuckDB): the place where sub-jobs write what
   * they consume, as the plugin's sub-jobs append to DolphinDB tables, and where clients read, follow and query it.
   * Every DolphinDB column type is kept exactly (README, "Tables"). Rows are numbered from 0 in the order they were
   * appended; a row's number never changes.
   * Errors every RPC can return: INVALID_ARGUMENT for a name that is not an identifier (reason INVALID_TABLE_NAME),
   * NOT_FOUND for a table that does not exist (TABLE_NOT_FOUND), RESOURCE_EXHAUSTED when too many table calls wait
   * (TABLES_BUSY), DEADLINE_EXCEEDED when the database did not answer in time (TABLE_CALL_TIMED_OUT).
   * </pre>
   */
  public static final class TableServiceBlockingV2Stub
      extends io.grpc.stub.AbstractBlockingStub<TableServiceBlockingV2Stub> {
    private TableServiceBlockingV2Stub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected TableServiceBlockingV2Stub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new TableServiceBlockingV2Stub(channel, callOptions);
    }

    /**
     * <pre>
     * CreateTable creates an empty table with typed columns.
     * gRPC error codes:
     *   INVALID_ARGUMENT  a bad table or column name, a repeated column, no columns or more than 1,024, a type that
     *                     cannot be a column (ANY, VOID), a DECIMAL scale out of range
     *   ALREADY_EXISTS    the table exists and if_not_exists is false (an existing table is never changed)
     *   RESOURCE_EXHAUSTED the database is at its size cap, or holds 1,000 tables
     * </pre>
     */
    public io.kafkagateway.v1.CreateTableResponse createTable(io.kafkagateway.v1.CreateTableRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateTableMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListTables lists the caller's tables by name.
     * </pre>
     */
    public io.kafkagateway.v1.ListTablesResponse listTables(io.kafkagateway.v1.ListTablesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListTablesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * DescribeTable returns a table's columns, row count and size.
     * gRPC error codes:
     *   NOT_FOUND         no such table
     * </pre>
     */
    public io.kafkagateway.v1.DescribeTableResponse describeTable(io.kafkagateway.v1.DescribeTableRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDescribeTableMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * AppendRows appends the rows of a table Value, in one transaction: all of them or none. Columns are matched by
     * name (any order; every column of the table exactly once); each column's type must be the table's.
     * gRPC error codes:
     *   INVALID_ARGUMENT  not a table Value, a missing, unknown or repeated column, a column of another type (the
     *                     message names it), columns of unequal length, a value the type cannot hold, more than
     *                     100,000 rows
     *   NOT_FOUND         no such table
     *   RESOURCE_EXHAUSTED the database is at its size cap (reason TABLE_STORAGE_FULL)
     * </pre>
     */
    public io.kafkagateway.v1.AppendRowsResponse appendRows(io.kafkagateway.v1.AppendRowsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getAppendRowsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ReadTable reads rows as a table Value, one page at a time: pass next_page_token back for the next page.
     * gRPC error codes:
     *   INVALID_ARGUMENT  an unknown column, a filter value of another type than its column, limit above 100,000,
     *                     a page token that is not one of this read's
     *   NOT_FOUND         no such table
     * </pre>
     */
    public io.kafkagateway.v1.ReadTableResponse readTable(io.kafkagateway.v1.ReadTableRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getReadTableMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * TailTable streams the rows appended to a table: from now on, or from a row number, in frames of at most
     * max_rows rows. The gateway reads the next frame only when the client has taken the last one, so a client that
     * stalls holds at most one frame in the gateway. The stream ends when the client cancels, its deadline passes,
     * the table is dropped (NOT_FOUND) or the gateway shuts down (UNAVAILABLE).
     * gRPC error codes:
     *   INVALID_ARGUMENT  an unknown column, a negative from_row, max_rows above 10,000
     *   NOT_FOUND         no such table, or it was dropped while followed
     *   UNAVAILABLE       the gateway is shutting down
     * </pre>
     */
    @io.grpc.ExperimentalApi("https://github.com/grpc/grpc-java/issues/10918")
    public io.grpc.stub.BlockingClientCall<?, io.kafkagateway.v1.TailTableResponse>
        tailTable(io.kafkagateway.v1.TailTableRequest request) {
      return io.grpc.stub.ClientCalls.blockingV2ServerStreamingCall(
          getChannel(), getTailTableMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Query runs one read-only SQL statement (SELECT, WITH ... SELECT, VALUES, FROM ...) over the caller's tables
     * and returns the result as a table Value, paged as ReadTable. The statement cannot write, read files or other
     * databases, or change settings. Result columns take the DolphinDB type nearest their DuckDB type (README).
     * gRPC error codes:
     *   INVALID_ARGUMENT  not exactly one statement, a statement that is not a read (reason QUERY_NOT_READ_ONLY),
     *                     SQL DuckDB refuses (its message), limit above 100,000, a foreign page token
     *   PERMISSION_DENIED the statement tried to reach a file or another database (reason QUERY_EXTERNAL_ACCESS)
     *   DEADLINE_EXCEEDED it ran longer than the query timeout (reason QUERY_TIMED_OUT)
     * </pre>
     */
    public io.kafkagateway.v1.QueryResponse query(io.kafkagateway.v1.QueryRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getQueryMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * DropTable deletes a table and its rows.
     * gRPC error codes:
     *   NOT_FOUND         no such table and if_exists is false
     * </pre>
     */
    public io.kafkagateway.v1.DropTableResponse dropTable(io.kafkagateway.v1.DropTableRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDropTableMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do limited synchronous rpc calls to service TableService.
   * <pre>
   * TableService holds typed tables in the gateway's embedded database (DuckDB): the place where sub-jobs write what
   * they consume, as the plugin's sub-jobs append to DolphinDB tables, and where clients read, follow and query it.
   * Every DolphinDB column type is kept exactly (README, "Tables"). Rows are numbered from 0 in the order they were
   * appended; a row's number never changes.
   * Errors every RPC can return: INVALID_ARGUMENT for a name that is not an identifier (reason INVALID_TABLE_NAME),
   * NOT_FOUND for a table that does not exist (TABLE_NOT_FOUND), RESOURCE_EXHAUSTED when too many table calls wait
   * (TABLES_BUSY), DEADLINE_EXCEEDED when the database did not answer in time (TABLE_CALL_TIMED_OUT).
   * </pre>
   */
  public static final class TableServiceBlockingStub
      extends io.grpc.stub.AbstractBlockingStub<TableServiceBlockingStub> {
    private TableServiceBlockingStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected TableServiceBlockingStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new TableServiceBlockingStub(channel, callOptions);
    }

    /**
     * <pre>
     * CreateTable creates an empty table with typed columns.
     * gRPC error codes:
     *   INVALID_ARGUMENT  a bad table or column name, a repeated column, no columns or more than 1,024, a type that
     *                     cannot be a column (ANY, VOID), a DECIMAL scale out of range
     *   ALREADY_EXISTS    the table exists and if_not_exists is false (an existing table is never changed)
     *   RESOURCE_EXHAUSTED the database is at its size cap, or holds 1,000 tables
     * </pre>
     */
    public io.kafkagateway.v1.CreateTableResponse createTable(io.kafkagateway.v1.CreateTableRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getCreateTableMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ListTables lists the caller's tables by name.
     * </pre>
     */
    public io.kafkagateway.v1.ListTablesResponse listTables(io.kafkagateway.v1.ListTablesRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getListTablesMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * DescribeTable returns a table's columns, row count and size.
     * gRPC error codes:
     *   NOT_FOUND         no such table
     * </pre>
     */
    public io.kafkagateway.v1.DescribeTableResponse describeTable(io.kafkagateway.v1.DescribeTableRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDescribeTableMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * AppendRows appends the rows of a table Value, in one transaction: all of them or none. Columns are matched by
     * name (any order; every column of the table exactly once); each column's type must be the table's.
     * gRPC error codes:
     *   INVALID_ARGUMENT  not a table Value, a missing, unknown or repeated column, a column of another type (the
     *                     message names it), columns of unequal length, a value the type cannot hold, more than
     *                     100,000 rows
     *   NOT_FOUND         no such table
     *   RESOURCE_EXHAUSTED the database is at its size cap (reason TABLE_STORAGE_FULL)
     * </pre>
     */
    public io.kafkagateway.v1.AppendRowsResponse appendRows(io.kafkagateway.v1.AppendRowsRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getAppendRowsMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * ReadTable reads rows as a table Value, one page at a time: pass next_page_token back for the next page.
     * gRPC error codes:
     *   INVALID_ARGUMENT  an unknown column, a filter value of another type than its column, limit above 100,000,
     *                     a page token that is not one of this read's
     *   NOT_FOUND         no such table
     * </pre>
     */
    public io.kafkagateway.v1.ReadTableResponse readTable(io.kafkagateway.v1.ReadTableRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getReadTableMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * TailTable streams the rows appended to a table: from now on, or from a row number, in frames of at most
     * max_rows rows. The gateway reads the next frame only when the client has taken the last one, so a client that
     * stalls holds at most one frame in the gateway. The stream ends when the client cancels, its deadline passes,
     * the table is dropped (NOT_FOUND) or the gateway shuts down (UNAVAILABLE).
     * gRPC error codes:
     *   INVALID_ARGUMENT  an unknown column, a negative from_row, max_rows above 10,000
     *   NOT_FOUND         no such table, or it was dropped while followed
     *   UNAVAILABLE       the gateway is shutting down
     * </pre>
     */
    public java.util.Iterator<io.kafkagateway.v1.TailTableResponse> tailTable(
        io.kafkagateway.v1.TailTableRequest request) {
      return io.grpc.stub.ClientCalls.blockingServerStreamingCall(
          getChannel(), getTailTableMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * Query runs one read-only SQL statement (SELECT, WITH ... SELECT, VALUES, FROM ...) over the caller's tables
     * and returns the result as a table Value, paged as ReadTable. The statement cannot write, read files or other
     * databases, or change settings. Result columns take the DolphinDB type nearest their DuckDB type (README).
     * gRPC error codes:
     *   INVALID_ARGUMENT  not exactly one statement, a statement that is not a read (reason QUERY_NOT_READ_ONLY),
     *                     SQL DuckDB refuses (its message), limit above 100,000, a foreign page token
     *   PERMISSION_DENIED the statement tried to reach a file or another database (reason QUERY_EXTERNAL_ACCESS)
     *   DEADLINE_EXCEEDED it ran longer than the query timeout (reason QUERY_TIMED_OUT)
     * </pre>
     */
    public io.kafkagateway.v1.QueryResponse query(io.kafkagateway.v1.QueryRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getQueryMethod(), getCallOptions(), request);
    }

    /**
     * <pre>
     * DropTable deletes a table and its rows.
     * gRPC error codes:
     *   NOT_FOUND         no such table and if_exists is false
     * </pre>
     */
    public io.kafkagateway.v1.DropTableResponse dropTable(io.kafkagateway.v1.DropTableRequest request) {
      return io.grpc.stub.ClientCalls.blockingUnaryCall(
          getChannel(), getDropTableMethod(), getCallOptions(), request);
    }
  }

  /**
   * A stub to allow clients to do ListenableFuture-style rpc calls to service TableService.
   * <pre>
   * TableService holds typed tables in the gateway's embedded database (DuckDB): the place where sub-jobs write what
   * they consume, as the plugin's sub-jobs append to DolphinDB tables, and where clients read, follow and query it.
   * Every DolphinDB column type is kept exactly (README, "Tables"). Rows are numbered from 0 in the order they were
   * appended; a row's number never changes.
   * Errors every RPC can return: INVALID_ARGUMENT for a name that is not an identifier (reason INVALID_TABLE_NAME),
   * NOT_FOUND for a table that does not exist (TABLE_NOT_FOUND), RESOURCE_EXHAUSTED when too many table calls wait
   * (TABLES_BUSY), DEADLINE_EXCEEDED when the database did not answer in time (TABLE_CALL_TIMED_OUT).
   * </pre>
   */
  public static final class TableServiceFutureStub
      extends io.grpc.stub.AbstractFutureStub<TableServiceFutureStub> {
    private TableServiceFutureStub(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      super(channel, callOptions);
    }

    @java.lang.Override
    protected TableServiceFutureStub build(
        io.grpc.Channel channel, io.grpc.CallOptions callOptions) {
      return new TableServiceFutureStub(channel, callOptions);
    }

    /**
     * <pre>
     * CreateTable creates an empty table with typed columns.
     * gRPC error codes:
     *   INVALID_ARGUMENT  a bad table or column name, a repeated column, no columns or more than 1,024, a type that
     *                     cannot be a column (ANY, VOID), a DECIMAL scale out of range
     *   ALREADY_EXISTS    the table exists and if_not_exists is false (an existing table is never changed)
     *   RESOURCE_EXHAUSTED the database is at its size cap, or holds 1,000 tables
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.CreateTableResponse> createTable(
        io.kafkagateway.v1.CreateTableRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getCreateTableMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ListTables lists the caller's tables by name.
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.ListTablesResponse> listTables(
        io.kafkagateway.v1.ListTablesRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getListTablesMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * DescribeTable returns a table's columns, row count and size.
     * gRPC error codes:
     *   NOT_FOUND         no such table
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.DescribeTableResponse> describeTable(
        io.kafkagateway.v1.DescribeTableRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDescribeTableMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * AppendRows appends the rows of a table Value, in one transaction: all of them or none. Columns are matched by
     * name (any order; every column of the table exactly once); each column's type must be the table's.
     * gRPC error codes:
     *   INVALID_ARGUMENT  not a table Value, a missing, unknown or repeated column, a column of another type (the
     *                     message names it), columns of unequal length, a value the type cannot hold, more than
     *                     100,000 rows
     *   NOT_FOUND         no such table
     *   RESOURCE_EXHAUSTED the database is at its size cap (reason TABLE_STORAGE_FULL)
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.AppendRowsResponse> appendRows(
        io.kafkagateway.v1.AppendRowsRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getAppendRowsMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * ReadTable reads rows as a table Value, one page at a time: pass next_page_token back for the next page.
     * gRPC error codes:
     *   INVALID_ARGUMENT  an unknown column, a filter value of another type than its column, limit above 100,000,
     *                     a page token that is not one of this read's
     *   NOT_FOUND         no such table
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.ReadTableResponse> readTable(
        io.kafkagateway.v1.ReadTableRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getReadTableMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * Query runs one read-only SQL statement (SELECT, WITH ... SELECT, VALUES, FROM ...) over the caller's tables
     * and returns the result as a table Value, paged as ReadTable. The statement cannot write, read files or other
     * databases, or change settings. Result columns take the DolphinDB type nearest their DuckDB type (README).
     * gRPC error codes:
     *   INVALID_ARGUMENT  not exactly one statement, a statement that is not a read (reason QUERY_NOT_READ_ONLY),
     *                     SQL DuckDB refuses (its message), limit above 100,000, a foreign page token
     *   PERMISSION_DENIED the statement tried to reach a file or another database (reason QUERY_EXTERNAL_ACCESS)
     *   DEADLINE_EXCEEDED it ran longer than the query timeout (reason QUERY_TIMED_OUT)
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.QueryResponse> query(
        io.kafkagateway.v1.QueryRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getQueryMethod(), getCallOptions()), request);
    }

    /**
     * <pre>
     * DropTable deletes a table and its rows.
     * gRPC error codes:
     *   NOT_FOUND         no such table and if_exists is false
     * </pre>
     */
    public com.google.common.util.concurrent.ListenableFuture<io.kafkagateway.v1.DropTableResponse> dropTable(
        io.kafkagateway.v1.DropTableRequest request) {
      return io.grpc.stub.ClientCalls.futureUnaryCall(
          getChannel().newCall(getDropTableMethod(), getCallOptions()), request);
    }
  }

  private static final int METHODID_CREATE_TABLE = 0;
  private static final int METHODID_LIST_TABLES = 1;
  private static final int METHODID_DESCRIBE_TABLE = 2;
  private static final int METHODID_APPEND_ROWS = 3;
  private static final int METHODID_READ_TABLE = 4;
  private static final int METHODID_TAIL_TABLE = 5;
  private static final int METHODID_QUERY = 6;
  private static final int METHODID_DROP_TABLE = 7;

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
        case METHODID_CREATE_TABLE:
          serviceImpl.createTable((io.kafkagateway.v1.CreateTableRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.CreateTableResponse>) responseObserver);
          break;
        case METHODID_LIST_TABLES:
          serviceImpl.listTables((io.kafkagateway.v1.ListTablesRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.ListTablesResponse>) responseObserver);
          break;
        case METHODID_DESCRIBE_TABLE:
          serviceImpl.describeTable((io.kafkagateway.v1.DescribeTableRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.DescribeTableResponse>) responseObserver);
          break;
        case METHODID_APPEND_ROWS:
          serviceImpl.appendRows((io.kafkagateway.v1.AppendRowsRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.AppendRowsResponse>) responseObserver);
          break;
        case METHODID_READ_TABLE:
          serviceImpl.readTable((io.kafkagateway.v1.ReadTableRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.ReadTableResponse>) responseObserver);
          break;
        case METHODID_TAIL_TABLE:
          serviceImpl.tailTable((io.kafkagateway.v1.TailTableRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.TailTableResponse>) responseObserver);
          break;
        case METHODID_QUERY:
          serviceImpl.query((io.kafkagateway.v1.QueryRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.QueryResponse>) responseObserver);
          break;
        case METHODID_DROP_TABLE:
          serviceImpl.dropTable((io.kafkagateway.v1.DropTableRequest) request,
              (io.grpc.stub.StreamObserver<io.kafkagateway.v1.DropTableResponse>) responseObserver);
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
          getCreateTableMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.CreateTableRequest,
              io.kafkagateway.v1.CreateTableResponse>(
                service, METHODID_CREATE_TABLE)))
        .addMethod(
          getListTablesMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.ListTablesRequest,
              io.kafkagateway.v1.ListTablesResponse>(
                service, METHODID_LIST_TABLES)))
        .addMethod(
          getDescribeTableMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.DescribeTableRequest,
              io.kafkagateway.v1.DescribeTableResponse>(
                service, METHODID_DESCRIBE_TABLE)))
        .addMethod(
          getAppendRowsMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.AppendRowsRequest,
              io.kafkagateway.v1.AppendRowsResponse>(
                service, METHODID_APPEND_ROWS)))
        .addMethod(
          getReadTableMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.ReadTableRequest,
              io.kafkagateway.v1.ReadTableResponse>(
                service, METHODID_READ_TABLE)))
        .addMethod(
          getTailTableMethod(),
          io.grpc.stub.ServerCalls.asyncServerStreamingCall(
            new MethodHandlers<
              io.kafkagateway.v1.TailTableRequest,
              io.kafkagateway.v1.TailTableResponse>(
                service, METHODID_TAIL_TABLE)))
        .addMethod(
          getQueryMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.QueryRequest,
              io.kafkagateway.v1.QueryResponse>(
                service, METHODID_QUERY)))
        .addMethod(
          getDropTableMethod(),
          io.grpc.stub.ServerCalls.asyncUnaryCall(
            new MethodHandlers<
              io.kafkagateway.v1.DropTableRequest,
              io.kafkagateway.v1.DropTableResponse>(
                service, METHODID_DROP_TABLE)))
        .build();
  }

  private static abstract class TableServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoFileDescriptorSupplier, io.grpc.protobuf.ProtoServiceDescriptorSupplier {
    TableServiceBaseDescriptorSupplier() {}

    @java.lang.Override
    public com.google.protobuf.Descriptors.FileDescriptor getFileDescriptor() {
      return io.kafkagateway.v1.TableServiceProto.getDescriptor();
    }

    @java.lang.Override
    public com.google.protobuf.Descriptors.ServiceDescriptor getServiceDescriptor() {
      return getFileDescriptor().findServiceByName("TableService");
    }
  }

  private static final class TableServiceFileDescriptorSupplier
      extends TableServiceBaseDescriptorSupplier {
    TableServiceFileDescriptorSupplier() {}
  }

  private static final class TableServiceMethodDescriptorSupplier
      extends TableServiceBaseDescriptorSupplier
      implements io.grpc.protobuf.ProtoMethodDescriptorSupplier {
    private final java.lang.String methodName;

    TableServiceMethodDescriptorSupplier(java.lang.String methodName) {
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
      synchronized (TableServiceGrpc.class) {
        result = serviceDescriptor;
        if (result == null) {
          serviceDescriptor = result = io.grpc.ServiceDescriptor.newBuilder(SERVICE_NAME)
              .setSchemaDescriptor(new TableServiceFileDescriptorSupplier())
              .addMethod(getCreateTableMethod())
              .addMethod(getListTablesMethod())
              .addMethod(getDescribeTableMethod())
              .addMethod(getAppendRowsMethod())
              .addMethod(getReadTableMethod())
              .addMethod(getTailTableMethod())
              .addMethod(getQueryMethod())
              .addMethod(getDropTableMethod())
              .build();
        }
      }
    }
    return result;
  }
}
