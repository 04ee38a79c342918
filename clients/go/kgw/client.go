// Package kgw is the Go client of kafka-grpc-gateway: the generated gRPC clients behind one connection, the
// Consume stream as an iterator, conversions between Go values and typed Values, and error details.
package kgw

import (
	"context"
	"errors"
	"io"
	"iter"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"

	v1 "github.com/kafka-grpc-gateway/kafka-grpc-gateway/clients/go/gen/kafkagateway/v1"
)

// Client holds one connection to the gateway and a client for each of its services.
type Client struct {
	conn     *grpc.ClientConn
	Producer v1.ProducerServiceClient
	Consumer v1.ConsumerServiceClient
	Metadata v1.MetadataServiceClient
	Settings v1.SettingsServiceClient
}

// Dial connects to the gateway at address (host:port). Without options the connection is plaintext, as the
// gateway serves by default; pass grpc.WithTransportCredentials for TLS.
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
		for {
			frame, err := stream.Recv()
			if err != nil {
				if !errors.Is(err, io.EOF) {
					yield(nil, err)
				}
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
