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

func tableRows(start, count int) *v1.Value {
	var ids, notes []any
	for i := start; i < start+count; i++ {
		if i%4 == 3 {
			ids = append(ids, nil)
		} else {
			ids = append(ids, int32(i))
		}
		notes = append(notes, fmt.Sprintf("row %d", i))
	}
	return Table(Column{Name: "id", Vector: MustVector(v1.DataType_DATA_TYPE_INT, ids...)},
		Column{Name: "note", Vector: MustVector(v1.DataType_DATA_TYPE_STRING, notes...)})
}

func columns(t *testing.T, v *v1.Value) [][]any {
	t.Helper()
	native, err := Native(v)
	if err != nil {
		t.Fatal(err)
	}
	return native.(*TableData).Columns
}

func TestReadTableFollowsEveryPageAndTailTableSeesAppendedRows(t *testing.T) {
	c := gateway(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	name := fmt.Sprintf("go_%d", rand.Uint64())
	_, err := c.Table.CreateTable(ctx, &v1.CreateTableRequest{Name: name, Columns: []*v1.ColumnSpec{
		{Name: "id", Type: v1.DataType_DATA_TYPE_INT}, {Name: "note", Type: v1.DataType_DATA_TYPE_STRING}}})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Table.DropTable(context.Background(), &v1.DropTableRequest{Name: name, IfExists: true})
	if _, err := c.Table.AppendRows(ctx, &v1.AppendRowsRequest{Table: name, Rows: tableRows(0, 7)}); err != nil {
		t.Fatal(err)
	}

	// A limit of 3 makes 3 pages of 7 rows: ReadTable must follow the page tokens to the last.
	var pages [][][]any
	for page, err := range c.ReadTable(ctx, &v1.ReadTableRequest{Table: name, Limit: 3}) {
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, columns(t, page))
	}
	want := [][][]any{
		{{int32(0), int32(1), int32(2)}, {"row 0", "row 1", "row 2"}},
		{{nil, int32(4), int32(5)}, {"row 3", "row 4", "row 5"}},
		{{int32(6)}, {"row 6"}},
	}
	if !reflect.DeepEqual(pages, want) {
		t.Fatalf("read %v, want %v", pages, want)
	}
	var notes []any
	sql := fmt.Sprintf("SELECT note FROM %s WHERE id IS NOT NULL ORDER BY id DESC", name)
	for page, err := range c.Query(ctx, &v1.QueryRequest{Sql: sql, Limit: 4}) {
		if err != nil {
			t.Fatal(err)
		}
		notes = append(notes, columns(t, page)[0])
	}
	if want := []any{[]any{"row 6", "row 5", "row 4", "row 2"}, []any{"row 1", "row 0"}}; !reflect.DeepEqual(notes, want) {
		t.Fatalf("queried %v, want %v", notes, want)
	}

	// From row 7: the rows appended beside the opening stream are seen, however the two race.
	from := int64(7)
	appended := make(chan error, 1)
	go func() {
		_, err := c.Table.AppendRows(ctx, &v1.AppendRowsRequest{Table: name, Rows: tableRows(7, 2)})
		appended <- err
	}()
	var firstRow int64 = -1
	seen := [][]any{nil, nil}
	for frame, err := range c.TailTable(ctx, &v1.TailTableRequest{Table: name, FromRow: &from}) {
		if err != nil {
			t.Fatal(err)
		}
		if firstRow < 0 {
			firstRow = frame.GetFirstRow()
		}
		for i, column := range columns(t, frame.GetRows()) {
			seen[i] = append(seen[i], column...)
		}
		if len(seen[0]) >= 2 {
			break // which cancels the stream
		}
	}
	if err := <-appended; err != nil {
		t.Fatal(err)
	}
	if want := [][]any{{nil, int32(8)}, {"row 7", "row 8"}}; firstRow != 7 || !reflect.DeepEqual(seen, want) {
		t.Fatalf("tailed %v from row %d, want %v from row 7", seen, firstRow, want)
	}
}

func TestQueuePollThenStreamQueue(t *testing.T) {
	c := gateway(t)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	topic := fmt.Sprintf("go-queue-%d", rand.Int64())
	if _, err := c.Metadata.CreateTopic(ctx, &v1.CreateTopicRequest{Topic: topic, Partitions: 1, ReplicationFactor: 1}); err != nil {
		t.Fatal(err)
	}
	p, err := c.Producer.CreateProducer(ctx, &v1.CreateProducerRequest{})
	if err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		_, err := c.Producer.Produce(ctx, &v1.ProduceRequest{Producer: p.Producer, Topic: topic,
			Payload: &v1.ProduceRequest_RawValue{RawValue: []byte{byte(i)}}, WaitForDelivery: true})
		if err != nil {
			t.Fatal(err)
		}
	}
	c.Producer.CloseProducer(ctx, &v1.CloseProducerRequest{Producer: p.Producer})
	consumer, err := c.Consumer.CreateConsumer(ctx, &v1.CreateConsumerRequest{Config: map[string]string{"group.id": topic}})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Consumer.CloseConsumer(context.Background(), &v1.CloseConsumerRequest{Consumer: consumer.Consumer})
	if _, err := c.Consumer.Assign(ctx, &v1.AssignRequest{Consumer: consumer.Consumer,
		Partitions: []*v1.TopicPartitionOffset{{Topic: topic, Offset: 0}}}); err != nil {
		t.Fatal(err)
	}
	q, err := c.Queue.GetConsumerQueue(ctx, &v1.GetConsumerQueueRequest{Consumer: consumer.Consumer})
	if err != nil {
		t.Fatal(err)
	}
	wait := int32(10_000)
	if m, err := c.QueuePoll(ctx, &v1.QueuePollRequest{Queue: q.Queue, TimeoutMs: &wait}); err != nil || m.GetOffset() != 0 {
		t.Fatalf("polled %v, %v", m, err)
	}
	var offsets []int64
	for item, err := range c.StreamQueue(ctx, &v1.StreamQueueRequest{Queue: q.Queue}) {
		if err != nil {
			t.Fatal(err)
		}
		if item.Message != nil {
			offsets = append(offsets, item.Message.GetOffset())
		}
		if len(offsets) == 2 {
			break
		}
	}
	if !reflect.DeepEqual(offsets, []int64{1, 2}) {
		t.Fatalf("streamed offsets %v", offsets)
	}
	if _, err := c.Queue.CloseQueue(ctx, &v1.CloseQueueRequest{Queue: q.Queue}); err != nil {
		t.Fatal(err)
	}
}
