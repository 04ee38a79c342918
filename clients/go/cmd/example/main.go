// The example: create a producer, produce a small table, read it back through the Consume stream, print it.
//
//	go run ./cmd/example [address]                 all of it, on a new topic (address defaults to 127.0.0.1:50051)
//	go run ./cmd/example produce ADDRESS TOPIC      only produce the table
//	go run ./cmd/example consume ADDRESS TOPIC      only read one table from partition 0 and print it as JSON
//
// The last two are what the cross-language test (test/integration/clients.test.ts) runs.
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"time"

	v1 "github.com/kafka-grpc-gateway/kafka-grpc-gateway/clients/go/gen/kafkagateway/v1"
	"github.com/kafka-grpc-gateway/kafka-grpc-gateway/clients/go/kgw"
)

func main() {
	args := append(os.Args[1:], "", "", "")
	var err error
	switch args[0] {
	case "produce":
		err = produce(args[1], args[2])
	case "consume":
		err = consume(args[1], args[2])
	default:
		address := args[0]
		if address == "" {
			address = "127.0.0.1:50051"
		}
		topic := fmt.Sprintf("example-go-%d", rand.Int64())
		if err = produce(address, topic); err == nil {
			err = consume(address, topic)
		}
	}
	if err != nil {
		if info, ok := kgw.Describe(err); ok {
			fmt.Fprintf(os.Stderr, "failed: %s (%s): %s\n", info.Code, info.Reason, info.Message)
		} else {
			fmt.Fprintln(os.Stderr, "failed:", err)
		}
		os.Exit(1)
	}
}

// sampleTable is the table every language's example produces: the same columns, types and values.
func sampleTable() *v1.Value {
	ts := time.Date(2024, 1, 2, 3, 4, 5, 678_000_000, time.UTC)
	return kgw.Table(
		kgw.Column{Name: "id", Vector: kgw.MustVector(v1.DataType_DATA_TYPE_INT, 1, -2, nil)},
		kgw.Column{Name: "qty", Vector: kgw.MustVector(v1.DataType_DATA_TYPE_LONG, int64(9007199254740993), 0, nil)},
		kgw.Column{Name: "price", Vector: kgw.MustVector(v1.DataType_DATA_TYPE_DOUBLE, 1.5, -2.25, nil)},
		kgw.Column{Name: "sym", Vector: kgw.MustVector(v1.DataType_DATA_TYPE_SYMBOL, "AAPL", "AAPL", "MSFT")},
		kgw.Column{Name: "note", Vector: kgw.MustVector(v1.DataType_DATA_TYPE_STRING, "ü€", "", `a"b`)},
		kgw.Column{Name: "ts", Vector: kgw.MustVector(v1.DataType_DATA_TYPE_TIMESTAMP, ts, time.Unix(0, 0), nil)},
		kgw.Column{Name: "flag", Vector: kgw.MustVector(v1.DataType_DATA_TYPE_BOOL, true, false, nil)},
	)
}

func produce(address, topic string) error {
	client, err := kgw.Dial(address)
	if err != nil {
		return err
	}
	defer client.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	p, err := client.Producer.CreateProducer(ctx, &v1.CreateProducerRequest{})
	if err != nil {
		return err
	}
	defer client.Producer.CloseProducer(ctx, &v1.CloseProducerRequest{Producer: p.GetProducer()})
	_, err = client.Producer.Produce(ctx, &v1.ProduceRequest{
		Producer:        p.GetProducer(),
		Topic:           topic,
		KeyKind:         &v1.ProduceRequest_Key{Key: "table"},
		Payload:         &v1.ProduceRequest_Value{Value: sampleTable()},
		MarshalType:     v1.MarshalType_MARSHAL_TYPE_DOLPHINDB,
		WaitForDelivery: true,
	})
	return err
}

func consume(address, topic string) error {
	client, err := kgw.Dial(address)
	if err != nil {
		return err
	}
	defer client.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	req := &v1.ConsumeRequest{
		Source: &v1.ConsumeRequest_Create{Create: &v1.StreamConsumer{
			Config:     map[string]string{"group.id": "example-go"},
			Partitions: []*v1.TopicPartitionOffset{{Topic: topic, Partition: 0, Offset: 0}},
		}},
		MarshalType: v1.MarshalType_MARSHAL_TYPE_AUTO,
		MaxMessages: 1,
	}
	for m, err := range client.Consume(ctx, req) {
		if err != nil {
			return err
		}
		native, err := kgw.Native(m.GetValue())
		if err != nil {
			return err
		}
		table, ok := native.(*kgw.TableData)
		if !ok {
			return fmt.Errorf("expected a table, got %T (%s)", native, m.GetDecodeError())
		}
		return printTable(table)
	}
	return fmt.Errorf("the stream ended without a message")
}

// printTable writes the table as JSON in the form every language's example prints: columns with name, type and
// elements as text (null for NULL; times as RFC 3339 in UTC with milliseconds).
func printTable(t *kgw.TableData) error {
	type column struct {
		Name   string    `json:"name"`
		Type   string    `json:"type"`
		Values []*string `json:"values"`
	}
	out := struct {
		Columns []column `json:"columns"`
	}{}
	for i, name := range t.Names {
		c := column{Name: name, Type: t.Types[i].String()[len("DATA_TYPE_"):]}
		for _, x := range t.Columns[i] {
			c.Values = append(c.Values, text(x))
		}
		out.Columns = append(out.Columns, c)
	}
	return json.NewEncoder(os.Stdout).Encode(out)
}

func text(x any) *string {
	var s string
	switch y := x.(type) {
	case nil:
		return nil
	case time.Time:
		s = y.UTC().Format("2006-01-02T15:04:05.000Z")
	case float64:
		s = strconv.FormatFloat(y, 'g', -1, 64)
	default:
		s = fmt.Sprint(y)
	}
	return &s
}
