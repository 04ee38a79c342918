package kgw

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"reflect"
	"testing"
	"time"

	"google.golang.org/grpc/codes"

	v1 "github.com/kafka-grpc-gateway/kafka-grpc-gateway/clients/go/gen/kafkagateway/v1"
)

// These tests need a running gateway at $KGW_ADDRESS (the jest suite starts one and runs `go test` against it).
func gateway(t *testing.T) *Client {
	t.Helper()
	address := os.Getenv("KGW_ADDRESS")
	if address == "" {
		if testing.Short() {
			t.Skip("KGW_ADDRESS is not set")
		}
		t.Fatal("KGW_ADDRESS is not set: start a gateway and point KGW_ADDRESS at it (or run with -short)")
	}
	c, err := Dial(address)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

func TestProduceThenConsumeThroughTheStream(t *testing.T) {
	c := gateway(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	topic := fmt.Sprintf("go-client-%d", rand.Int64())
	p, err := c.Producer.CreateProducer(ctx, &v1.CreateProducerRequest{})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Producer.CloseProducer(ctx, &v1.CloseProducerRequest{Producer: p.Producer})
	for i := range 3 {
		_, err := c.Producer.Produce(ctx, &v1.ProduceRequest{
			Producer: p.Producer, Topic: topic, KeyKind: &v1.ProduceRequest_Key{Key: "k"},
			Payload:     &v1.ProduceRequest_Value{Value: VectorValue(MustVector(v1.DataType_DATA_TYPE_LONG, int64(i), nil))},
			MarshalType: v1.MarshalType_MARSHAL_TYPE_DOLPHINDB, WaitForDelivery: true,
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	var got []any
	req := &v1.ConsumeRequest{
		Source: &v1.ConsumeRequest_Create{Create: &v1.StreamConsumer{
			Config: map[string]string{"group.id": topic}, Partitions: []*v1.TopicPartitionOffset{{Topic: topic}},
		}},
		MaxMessages: 3,
	}
	for m, err := range c.Consume(ctx, req) {
		if err != nil {
			t.Fatal(err)
		}
		native, err := Native(m.Value)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, native)
	}
	want := []any{[]any{int64(0), nil}, []any{int64(1), nil}, []any{int64(2), nil}}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("consumed %v, want %v", got, want)
	}
}

func TestBreakingOutOfConsumeEndsTheStream(t *testing.T) {
	c := gateway(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	topic := fmt.Sprintf("go-empty-%d", rand.Int64())
	if _, err := c.Metadata.CreateTopic(ctx, &v1.CreateTopicRequest{Topic: topic, Partitions: 1, ReplicationFactor: 1}); err != nil {
		t.Fatal(err)
	}
	req := &v1.ConsumeRequest{Source: &v1.ConsumeRequest_Create{Create: &v1.StreamConsumer{
		Config: map[string]string{"group.id": topic}, Topics: []string{topic},
	}}}
	stop, cancelled := context.WithTimeout(ctx, time.Second)
	defer cancelled()
	for _, err := range c.Consume(stop, req) {
		if info, ok := Describe(err); !ok || info.Code != codes.DeadlineExceeded && info.Code != codes.Canceled {
			t.Fatalf("ended with %v", err)
		}
	}
	if ctx.Err() != nil {
		t.Fatal("the loop did not end when its context did")
	}
}

func TestErrorsCarryTheReason(t *testing.T) {
	c := gateway(t)
	_, err := c.Consumer.Poll(context.Background(), &v1.PollRequest{Consumer: "consumer-doesnotexist"})
	info, ok := Describe(err)
	if !ok || info.Code != codes.NotFound || info.Reason != "HANDLE_NOT_FOUND" {
		t.Fatalf("got %+v from %v", info, err)
	}
	_, err = c.Consumer.Poll(context.Background(), &v1.PollRequest{Consumer: "producer-x"})
	if info, _ := Describe(err); info.Code != codes.InvalidArgument || info.Message != "consumer should be a consumer handle." {
		t.Fatalf("got %+v", info)
	}
}
