package kgw

import (
	"context"
	"net"
	"reflect"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/test/bufconn"
	"google.golang.org/protobuf/proto"

	v1 "github.com/kafka-grpc-gateway/kafka-grpc-gateway/clients/go/gen/kafkagateway/v1"
)

// standInQueues answers QueuePoll and StreamQueue as the gateway's QueueService will (it is being written), so
// that the helpers are tested without a gateway.
type standInQueues struct {
	v1.UnimplementedQueueServiceServer
	polled    []*v1.QueuePollRequest
	cancelled chan struct{}
}

var standInMessage = &v1.ConsumedMessage{Topic: "t", Offset: 5}

func (s *standInQueues) QueuePoll(_ context.Context, req *v1.QueuePollRequest) (*v1.QueuePollResponse, error) {
	s.polled = append(s.polled, req)
	if req.TimeoutMs != nil && *req.TimeoutMs == 0 {
		return &v1.QueuePollResponse{}, nil
	}
	return &v1.QueuePollResponse{Message: standInMessage}, nil
}

func (s *standInQueues) StreamQueue(_ *v1.StreamQueueRequest, stream grpc.ServerStreamingServer[v1.StreamQueueResponse]) error {
	at := func(offset int64) *v1.ConsumedMessage { return &v1.ConsumedMessage{Topic: "t", Offset: offset} }
	for _, frame := range []*v1.StreamQueueResponse{
		{Frame: &v1.StreamQueueResponse_Batch{Batch: &v1.MessageBatch{Messages: []*v1.ConsumedMessage{at(5), at(6)}}}},
		{Frame: &v1.StreamQueueResponse_Event{Event: &v1.EventInfo{Name: "Rebalance", Rebalance: "assigned"}}},
		{Frame: &v1.StreamQueueResponse_Batch{Batch: &v1.MessageBatch{Messages: []*v1.ConsumedMessage{at(7)}}}},
	} {
		if err := stream.Send(frame); err != nil {
			return err
		}
	}
	// and stays open, as a queue's stream does, until the client cancels it
	<-stream.Context().Done()
	close(s.cancelled)
	return nil
}

func standIn(t *testing.T) (*Client, *standInQueues) {
	t.Helper()
	listener := bufconn.Listen(1 << 20)
	server := grpc.NewServer()
	queues := &standInQueues{cancelled: make(chan struct{})}
	v1.RegisterQueueServiceServer(server, queues)
	go server.Serve(listener)
	t.Cleanup(server.Stop)
	c, err := Dial("passthrough:///stand-in", grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithContextDialer(func(ctx context.Context, _ string) (net.Conn, error) { return listener.DialContext(ctx) }))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c, queues
}

func TestQueuePollGivesTheMessageOrNil(t *testing.T) {
	c, queues := standIn(t)
	ctx := context.Background()
	if m, err := c.QueuePoll(ctx, &v1.QueuePollRequest{Queue: "queue-1"}); err != nil || !proto.Equal(m, standInMessage) {
		t.Fatalf("polled %v, %v", m, err)
	}
	none := int32(0)
	if m, err := c.QueuePoll(ctx, &v1.QueuePollRequest{Queue: "queue-1", TimeoutMs: &none}); err != nil || m != nil {
		t.Fatalf("polled %v, %v; want nil, nil", m, err)
	}
	if len(queues.polled) != 2 || queues.polled[0].GetQueue() != "queue-1" {
		t.Fatalf("requests %v", queues.polled)
	}
}

func TestStreamQueueYieldsMessagesAndEventsAndBreakingCancels(t *testing.T) {
	c, queues := standIn(t)
	var got []any
	for item, err := range c.StreamQueue(context.Background(), &v1.StreamQueueRequest{Queue: "queue-1"}) {
		if err != nil {
			t.Fatal(err)
		}
		if item.Event != nil {
			got = append(got, item.Event.GetName())
		} else {
			got = append(got, item.Message.GetOffset())
		}
		if len(got) == 4 {
			break
		}
	}
	if want := []any{int64(5), int64(6), "Rebalance", int64(7)}; !reflect.DeepEqual(got, want) {
		t.Fatalf("streamed %v, want %v", got, want)
	}
	select {
	case <-queues.cancelled:
	case <-time.After(10 * time.Second):
		t.Fatal("breaking out of the loop did not cancel the stream")
	}
}
