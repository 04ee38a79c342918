package kgw

import (
	"reflect"
	"testing"
	"time"

	v1 "github.com/kafka-grpc-gateway/kafka-grpc-gateway/clients/go/gen/kafkagateway/v1"
)

func TestTypedVectorStoresEachTypeInItsFieldAndReadsBack(t *testing.T) {
	at := time.Date(2024, 2, 29, 13, 45, 30, 123_456_789, time.UTC)
	cases := []struct {
		typ  v1.DataType
		in   any
		want any
		raw  func(*v1.Vector) any
	}{
		{v1.DataType_DATA_TYPE_INT, 7, int32(7), func(v *v1.Vector) any { return v.Ints }},
		{v1.DataType_DATA_TYPE_LONG, int64(1) << 60, int64(1) << 60, func(v *v1.Vector) any { return v.Longs }},
		{v1.DataType_DATA_TYPE_DATE, at, time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC), func(v *v1.Vector) any { return v.Ints }},
		{v1.DataType_DATA_TYPE_MONTH, at, time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC), func(v *v1.Vector) any { return v.Ints }},
		{v1.DataType_DATA_TYPE_DATETIME, at, at.Truncate(time.Second), func(v *v1.Vector) any { return v.Ints }},
		{v1.DataType_DATA_TYPE_DATEHOUR, at, at.Truncate(time.Hour), func(v *v1.Vector) any { return v.Ints }},
		{v1.DataType_DATA_TYPE_TIMESTAMP, at, at.Truncate(time.Millisecond), func(v *v1.Vector) any { return v.Longs }},
		{v1.DataType_DATA_TYPE_NANOTIMESTAMP, at, at, func(v *v1.Vector) any { return v.Longs }},
		{v1.DataType_DATA_TYPE_TIME, 90 * time.Second, 90 * time.Second, func(v *v1.Vector) any { return v.Ints }},
		{v1.DataType_DATA_TYPE_NANOTIME, 5 * time.Nanosecond, 5 * time.Nanosecond, func(v *v1.Vector) any { return v.Longs }},
		{v1.DataType_DATA_TYPE_DOUBLE, 2.5, 2.5, func(v *v1.Vector) any { return v.Doubles }},
		{v1.DataType_DATA_TYPE_FLOAT, float32(0.5), float32(0.5), func(v *v1.Vector) any { return v.Floats }},
		{v1.DataType_DATA_TYPE_SYMBOL, "x", "x", func(v *v1.Vector) any { return v.Strings }},
		{v1.DataType_DATA_TYPE_BLOB, []byte{0, 255}, []byte{0, 255}, func(v *v1.Vector) any { return v.Blobs }},
		{v1.DataType_DATA_TYPE_BOOL, true, true, func(v *v1.Vector) any { return v.Bools }},
	}
	for _, c := range cases {
		vec, err := TypedVector(c.typ, c.in, nil)
		if err != nil {
			t.Fatalf("%s: %v", c.typ, err)
		}
		if n := reflect.ValueOf(c.raw(vec)).Len(); n != 2 || !reflect.DeepEqual(vec.Nulls, []uint32{1}) {
			t.Fatalf("%s: %d stored elements, nulls %v", c.typ, n, vec.Nulls)
		}
		got, err := VectorNative(vec)
		if err != nil || !reflect.DeepEqual(got, []any{c.want, nil}) {
			t.Fatalf("%s: read back %#v (%v), want %#v", c.typ, got, err, []any{c.want, nil})
		}
	}
}

func TestTypedVectorRefusesWhatDoesNotFit(t *testing.T) {
	if _, err := TypedVector(v1.DataType_DATA_TYPE_INT, int64(1)<<40); err == nil {
		t.Fatal("an INT out of range was accepted")
	}
	if _, err := TypedVector(v1.DataType_DATA_TYPE_DOUBLE, "1.5"); err == nil {
		t.Fatal("a string was accepted as a DOUBLE")
	}
}

func TestNativeReadsTablesWithTheirTypes(t *testing.T) {
	value := Table(
		Column{Name: "id", Vector: &v1.Vector{Ints: []int32{1, 2}}},
		Column{Name: "sym", Vector: MustVector(v1.DataType_DATA_TYPE_SYMBOL, "a", nil)},
	)
	native, err := Native(value)
	if err != nil {
		t.Fatal(err)
	}
	want := &TableData{
		Names:   []string{"id", "sym"},
		Types:   []v1.DataType{v1.DataType_DATA_TYPE_INT, v1.DataType_DATA_TYPE_SYMBOL},
		Columns: [][]any{{int32(1), int32(2)}, {"a", nil}},
	}
	if !reflect.DeepEqual(native, want) {
		t.Fatalf("got %#v", native)
	}
}
