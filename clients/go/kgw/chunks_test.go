package kgw

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"time"

	"google.golang.org/protobuf/proto"

	v1 "github.com/kafka-grpc-gateway/kafka-grpc-gateway/clients/go/gen/kafkagateway/v1"
)

func ints(values ...any) *v1.Value {
	return VectorValue(MustVector(v1.DataType_DATA_TYPE_INT, values...))
}

func chunk(v *v1.Value, id string, index, count int) *v1.ConsumedMessage {
	return &v1.ConsumedMessage{Value: v, Headers: []*v1.Header{
		{Key: ChunkIDHeader, Value: []byte(id)},
		{Key: ChunkIndexHeader, Value: []byte(strconv.Itoa(index))},
		{Key: ChunkCountHeader, Value: []byte(strconv.Itoa(count))},
	}}
}

func TestChunkAssemblerJoinsChunksInAnyOrderWithTheirNullsInPlace(t *testing.T) {
	var a ChunkAssembler // the zero value works
	parts := []*v1.ConsumedMessage{chunk(ints(6, nil), "v", 2, 3), chunk(ints(1, nil, 3), "v", 0, 3), chunk(ints(nil, 5), "v", 1, 3)}
	for i, m := range parts {
		v, complete, err := a.Add(m)
		if err != nil {
			t.Fatal(err)
		}
		if complete != (i == 2) {
			t.Fatalf("after chunk %d: complete %v", i, complete)
		}
		if complete && !proto.Equal(v, ints(1, nil, 3, nil, 5, 6, nil)) {
			t.Fatalf("joined %v", v)
		}
	}
	if a.Waiting() != 0 {
		t.Fatalf("%d values still waiting", a.Waiting())
	}
	whole, complete, err := a.Add(&v1.ConsumedMessage{Value: ints(7)})
	if err != nil || !complete || !proto.Equal(whole, ints(7)) {
		t.Fatalf("a value sent whole came back as %v, %v, %v", whole, complete, err)
	}
}

func TestJoinChunksJoinsTablesColumnByColumn(t *testing.T) {
	table := func(id []any, sym []any) *v1.Value {
		return Table(Column{"id", MustVector(v1.DataType_DATA_TYPE_INT, id...)}, Column{"sym", MustVector(v1.DataType_DATA_TYPE_SYMBOL, sym...)})
	}
	got, err := JoinChunks([]*v1.Value{table([]any{1, 2}, []any{"a", nil}), table([]any{nil}, []any{"c"})})
	if err != nil {
		t.Fatal(err)
	}
	if want := table([]any{1, 2, nil}, []any{"a", nil, "c"}); !proto.Equal(got, want) {
		t.Fatalf("joined %v, want %v", got, want)
	}
}

func TestChunkAssemblerRefusesWhatDoesNotFitTogether(t *testing.T) {
	a := NewChunkAssembler()
	if _, _, err := a.Add(chunk(ints(1), "x", 2, 2)); err == nil || !strings.Contains(err.Error(), "malformed") {
		t.Fatalf("index 2 of 2: %v", err)
	}
	if _, _, err := a.Add(chunk(ints(1), "x", 0, 2)); err != nil {
		t.Fatal(err)
	}
	if _, _, err := a.Add(chunk(ints(1), "x", 1, 3)); err == nil || !strings.Contains(err.Error(), "says 3 chunks, an earlier one 2") {
		t.Fatalf("count changed: %v", err)
	}
	if _, err := JoinChunks([]*v1.Value{ints(1), VectorValue(MustVector(v1.DataType_DATA_TYPE_LONG, int64(1)))}); err == nil {
		t.Fatal("an INT chunk and a LONG chunk were joined")
	}
	a.MaxPending = 2
	for i := range 5 {
		a.Add(chunk(ints(i), fmt.Sprint("id", i), 0, 2))
	}
	if a.Waiting() != 2 {
		t.Fatalf("%d values waiting, at most 2 allowed", a.Waiting())
	}
}

func TestAValueOverTheBufferSizeComesBackWhole(t *testing.T) {
	c := gateway(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	topic := fmt.Sprintf("go-chunks-%d", rand.Int64())
	ids, notes := make([]any, 150_000), make([]any, 150_000)
	for i := range ids {
		if i%7 != 0 {
			ids[i] = int32(i)
		}
		notes[i] = fmt.Sprint("row ", i)
	}
	original := Table(Column{"id", MustVector(v1.DataType_DATA_TYPE_INT, ids...)}, Column{"note", MustVector(v1.DataType_DATA_TYPE_STRING, notes...)})
	p, err := c.Producer.CreateProducer(ctx, &v1.CreateProducerRequest{})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Producer.CloseProducer(ctx, &v1.CloseProducerRequest{Producer: p.Producer})
	sent, err := c.Producer.Produce(ctx, &v1.ProduceRequest{Producer: p.Producer, Topic: topic,
		Payload: &v1.ProduceRequest_Value{Value: original}, WaitForDelivery: true})
	if err != nil {
		t.Fatal(err)
	}
	if sent.Messages < 2 {
		t.Fatalf("sent as %d message(s); the default buffer size should split it", sent.Messages)
	}
	req := &v1.ConsumeRequest{
		Source: &v1.ConsumeRequest_Create{Create: &v1.StreamConsumer{
			Config: map[string]string{"group.id": topic}, Partitions: []*v1.TopicPartitionOffset{{Topic: topic}},
		}},
		MaxMessages: int64(sent.Messages),
	}
	a := NewChunkAssembler()
	var whole []*v1.Value
	for m, err := range c.Consume(ctx, req) {
		if err != nil {
			t.Fatal(err)
		}
		v, complete, err := a.Add(m)
		if err != nil {
			t.Fatal(err)
		}
		if complete {
			whole = append(whole, v)
		}
	}
	if len(whole) != 1 || !proto.Equal(whole[0], original) {
		t.Fatalf("got %d whole value(s); equal to the original: %v", len(whole), len(whole) == 1 && proto.Equal(whole[0], original))
	}
}
