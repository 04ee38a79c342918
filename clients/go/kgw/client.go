// Package kgw is the Go client of kafka-grpc-gateway: the generated gRPC clients behind one connection, the
// Consume, TailTable, StreamQueue and WatchSubJob streams and the ReadTable and Query pages as iterators, conversions between
// Go values and typed Values, and error details.
package kgw

import (
	"context"
	"errors"
	"io"
	"iter"
	"strings"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/protobuf/proto"

	v1 "github.com/kafka-grpc-gateway/kafka-grpc-gateway/clients/go/gen/kafkagateway/v1"
)

// Client holds one connection to the gateway and a client for each of its services.
type Client struct {
	conn     *grpc.ClientConn
	Producer v1.ProducerServiceClient
	Consumer v1.ConsumerServiceClient
	Metadata v1.MetadataServiceClient
	Settings v1.SettingsServiceClient
	Table    v1.TableServiceClient
	Queue    v1.QueueServiceClient
	Event    v1.EventServiceClient
	SubJob   v1.SubJobServiceClient
}

// Dial connects to the gateway at address (host:port). Without options the connection is plaintext, as the
// gateway serves on 127.0.0.1 by default; DialTLS connects over TLS, with a client certificate and a token.
func Dial(address string, opts ...grpc.DialOption) (*Client, error) {
	if len(opts) == 0 {
		opts = []grpc.DialOption{grpc.WithTransportCredentials(insecure.NewCredentials())}
	}
	conn, err := grpc.NewClient(address, opts...)
	if err != nil {
		return nil, err
	}
	return &Client{
		conn:     conn,
		Producer: v1.NewProducerServiceClient(conn),
		Consumer: v1.NewConsumerServiceClient(conn),
		Metadata: v1.NewMetadataServiceClient(conn),
		Settings: v1.NewSettingsServiceClient(conn),
		Table:    v1.NewTableServiceClient(conn),
		Queue:    v1.NewQueueServiceClient(conn),
		Event:    v1.NewEventServiceClient(conn),
		SubJob:   v1.NewSubJobServiceClient(conn),
	}, nil
}

// Close closes the connection.
func (c *Client) Close() error { return c.conn.Close() }

// Consume opens a Consume stream and yields its messages one by one, reading the next frame only when the loop
// asks for more (so a slow loop is the gateway's backpressure). Breaking out of the loop, or cancelling ctx,
// ends the stream. A stream that ends with an error yields that error last; one that ends normally (max_messages
// reached) just stops.
func (c *Client) Consume(ctx context.Context, req *v1.ConsumeRequest) iter.Seq2[*v1.ConsumedMessage, error] {
	return func(yield func(*v1.ConsumedMessage, error) bool) {
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()
		stream, err := c.Consumer.Consume(ctx, req)
		if err != nil {
			yield(nil, err)
			return
		}
		for frame, err := range frames(stream) {
			if err != nil {
				yield(nil, err)
				return
			}
			for _, m := range frame.GetBatch().GetMessages() {
				if !yield(m, nil) {
					return
				}
			}
		}
	}
}

// ReadTable yields every page of a ReadTable as a table Value, following next_page_token until the last page. A
// page is asked for only when the loop wants one, so breaking out of the loop stops the read; a failed page
// yields its error last. req is not changed (each page's request is a copy).
func (c *Client) ReadTable(ctx context.Context, req *v1.ReadTableRequest) iter.Seq2[*v1.Value, error] {
	return pages(func(token string) (page, error) {
		r := proto.CloneOf(req)
		r.PageToken = token
		return c.Table.ReadTable(ctx, r)
	}, req.GetPageToken())
}

// Query yields every page of a Query's result, as ReadTable does (the gateway runs the statement again per page).
func (c *Client) Query(ctx context.Context, req *v1.QueryRequest) iter.Seq2[*v1.Value, error] {
	return pages(func(token string) (page, error) {
		r := proto.CloneOf(req)
		r.PageToken = token
		return c.Table.Query(ctx, r)
	}, req.GetPageToken())
}

// TailTable opens a TailTable stream and yields its frames (rows and the number of the first), read as Consume's
// are. The stream does not end by itself while the table exists: break out of the loop or cancel ctx.
func (c *Client) TailTable(ctx context.Context, req *v1.TailTableRequest) iter.Seq2[*v1.TailTableResponse, error] {
	return func(yield func(*v1.TailTableResponse, error) bool) {
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()
		stream, err := c.Table.TailTable(ctx, req)
		if err != nil {
			yield(nil, err)
			return
		}
		for frame, err := range frames(stream) {
			if !yield(frame, err) || err != nil {
				return
			}
		}
	}
}

// QueuePoll polls a queue for one message (QueuePoll); the message is nil when none arrived within the timeout.
func (c *Client) QueuePoll(ctx context.Context, req *v1.QueuePollRequest) (*v1.ConsumedMessage, error) {
	res, err := c.Queue.QueuePoll(ctx, req)
	if err != nil {
		return nil, err
	}
	return res.GetMessage(), nil
}

// QueueItem is what a StreamQueue stream carries, one at a time: a message or an event of the queue, the other nil.
type QueueItem struct {
	Message *v1.ConsumedMessage
	Event   *v1.EventInfo
}

// StreamQueue opens a StreamQueue stream and yields its messages and events in the queue's order, with Consume's
// backpressure and cancellation. It ends with NOT_FOUND when the queue or its consumer is closed.
func (c *Client) StreamQueue(ctx context.Context, req *v1.StreamQueueRequest) iter.Seq2[QueueItem, error] {
	return func(yield func(QueueItem, error) bool) {
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()
		stream, err := c.Queue.StreamQueue(ctx, req)
		if err != nil {
			yield(QueueItem{}, err)
			return
		}
		for frame, err := range frames(stream) {
			if err != nil {
				yield(QueueItem{}, err)
				return
			}
			if e := frame.GetEvent(); e != nil {
				if !yield(QueueItem{Event: e}, nil) {
					return
				}
			}
			for _, m := range frame.GetBatch().GetMessages() {
				if !yield(QueueItem{Message: m}, nil) {
					return
				}
			}
		}
	}
}

// SubJobRef names a sub-job by a string: its handle when the string has the handle's "subjob-" prefix, its action
// name (or its id as text) otherwise. A job whose action name itself starts with "subjob-" needs a SubJobRef with
// the Name set.
func SubJobRef(handleOrName string) *v1.SubJobRef {
	if strings.HasPrefix(handleOrName, "subjob-") {
		return &v1.SubJobRef{Ref: &v1.SubJobRef_Handle{Handle: handleOrName}}
	}
	return &v1.SubJobRef{Ref: &v1.SubJobRef_Name{Name: handleOrName}}
}

// SubJobID names a sub-job by its numeric id (CreateSubJob's id, GetJobStat's subscription_id).
func SubJobID(id int64) *v1.SubJobRef { return &v1.SubJobRef{Ref: &v1.SubJobRef_Id{Id: id}} }

// CancelSubJob cancels a sub-job (CancelSubJob) and returns the plugin's text ("subscription: <actionName>(<id>)
// is stopped.").
func (c *Client) CancelSubJob(ctx context.Context, job *v1.SubJobRef) (string, error) {
	res, err := c.SubJob.CancelSubJob(ctx, &v1.CancelSubJobRequest{Job: job})
	return res.GetText(), err
}

// GetSubJobConsumer returns the consumer handle a sub-job reads.
func (c *Client) GetSubJobConsumer(ctx context.Context, job *v1.SubJobRef) (string, error) {
	res, err := c.SubJob.GetSubJobConsumer(ctx, &v1.GetSubJobConsumerRequest{Job: job})
	return res.GetConsumer(), err
}

// WatchSubJob opens a WatchSubJob stream on a `watch` sub-job and yields its batches (rows, a Table, and positions),
// read as Consume's are. That backpressure reaches the job: it holds at most queue_depth rows not yet sent and
// reads Kafka on only as the frames are taken. The stream ends with NOT_FOUND when the job is cancelled; breaking
// out of the loop or cancelling ctx stops watching and leaves the job running.
func (c *Client) WatchSubJob(ctx context.Context, job *v1.SubJobRef) iter.Seq2[*v1.WatchSubJobResponse, error] {
	return func(yield func(*v1.WatchSubJobResponse, error) bool) {
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()
		stream, err := c.SubJob.WatchSubJob(ctx, &v1.WatchSubJobRequest{Job: job})
		if err != nil {
			yield(nil, err)
			return
		}
		for frame, err := range frames(stream) {
			if !yield(frame, err) || err != nil {
				return
			}
		}
	}
}

// frames yields a server stream's frames until it ends: io.EOF (a normal end) is not an error.
func frames[F any](stream grpc.ServerStreamingClient[F]) iter.Seq2[*F, error] {
	return func(yield func(*F, error) bool) {
		for {
			frame, err := stream.Recv()
			if errors.Is(err, io.EOF) || !yield(frame, err) || err != nil {
				return
			}
		}
	}
}

// page is a ReadTable or Query response.
type page interface {
	GetRows() *v1.Value
	GetNextPageToken() string
}

func pages(next func(token string) (page, error), first string) iter.Seq2[*v1.Value, error] {
	return func(yield func(*v1.Value, error) bool) {
		// Each loop over the pages starts again from the first.
		token := first
		for {
			p, err := next(token)
			if err != nil {
				yield(nil, err)
				return
			}
			if rows := p.GetRows(); rows != nil && !yield(rows, nil) {
				return
			}
			if token = p.GetNextPageToken(); token == "" {
				return
			}
		}
	}
}
