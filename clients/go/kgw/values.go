package kgw

import (
	"fmt"
	"time"

	v1 "github.com/kafka-grpc-gateway/kafka-grpc-gateway/clients/go/gen/kafkagateway/v1"
)

// Go values for DolphinDB elements, both ways:
//
//	BOOL                                   bool
//	CHAR, SHORT, INT                       int32
//	LONG                                   int64
//	FLOAT, DOUBLE                          float32, float64
//	STRING, SYMBOL, UUID, IPADDR, INT128   string
//	DECIMAL32/64/128                       string (the decimal text, read only)
//	BLOB                                   []byte
//	DATE, MONTH, DATETIME, DATEHOUR,
//	TIMESTAMP, NANOTIMESTAMP               time.Time (UTC)
//	TIME, MINUTE, SECOND, NANOTIME         time.Duration since midnight
//	NULL of any type                       nil

// Column is one named column of a table.
type Column struct {
	Name   string
	Vector *v1.Vector
}

// Table builds a table value from its columns.
func Table(columns ...Column) *v1.Value {
	t := &v1.Table{}
	for _, c := range columns {
		t.Columns = append(t.Columns, &v1.Column{Name: c.Name, Values: c.Vector})
	}
	return &v1.Value{Kind: &v1.Value_Table{Table: t}}
}

// VectorValue wraps a vector as a value.
func VectorValue(v *v1.Vector) *v1.Value { return &v1.Value{Kind: &v1.Value_Vector{Vector: v}} }

// TypedVector builds a vector of type typ from Go values (see the table above); nil elements are NULL.
func TypedVector(typ v1.DataType, values ...any) (*v1.Vector, error) {
	v := &v1.Vector{Type: typ}
	for i, x := range values {
		if x == nil {
			v.Nulls = append(v.Nulls, uint32(i))
		}
		if err := appendElement(v, typ, x); err != nil {
			return nil, fmt.Errorf("element %d: %w", i, err)
		}
	}
	return v, nil
}

// MustVector is TypedVector for values known to fit; it panics otherwise.
func MustVector(typ v1.DataType, values ...any) *v1.Vector {
	v, err := TypedVector(typ, values...)
	if err != nil {
		panic(err)
	}
	return v
}

// TableData is a table read back into Go values: the column names and types, and each column's elements.
type TableData struct {
	Names   []string
	Types   []v1.DataType
	Columns [][]any
}

// Native turns a value into Go values: a scalar into its element, a vector, pair or set into []any, a table
// into *TableData, a dictionary into map[any]any (keys must be comparable: not BLOB), a matrix into its
// column-major []any.
func Native(v *v1.Value) (any, error) {
	switch k := v.GetKind().(type) {
	case *v1.Value_Scalar:
		return scalarNative(k.Scalar)
	case *v1.Value_Vector:
		return VectorNative(k.Vector)
	case *v1.Value_Pair:
		return VectorNative(k.Pair)
	case *v1.Value_Set:
		return VectorNative(k.Set)
	case *v1.Value_Matrix:
		return VectorNative(k.Matrix.GetData())
	case *v1.Value_Table:
		t := &TableData{}
		for _, c := range k.Table.GetColumns() {
			col, err := VectorNative(c.GetValues())
			if err != nil {
				return nil, fmt.Errorf("column %s: %w", c.GetName(), err)
			}
			t.Names = append(t.Names, c.GetName())
			t.Types = append(t.Types, VectorType(c.GetValues()))
			t.Columns = append(t.Columns, col)
		}
		return t, nil
	case *v1.Value_Dictionary:
		keys, err := VectorNative(k.Dictionary.GetKeys())
		if err != nil {
			return nil, err
		}
		values, err := VectorNative(k.Dictionary.GetValues())
		if err != nil {
			return nil, err
		}
		if len(keys) != len(values) {
			return nil, fmt.Errorf("dictionary with %d keys and %d values", len(keys), len(values))
		}
		m := make(map[any]any, len(keys))
		for i, key := range keys {
			if _, isBytes := key.([]byte); isBytes {
				return nil, fmt.Errorf("dictionary with BLOB keys has no Go map form")
			}
			m[key] = values[i]
		}
		return m, nil
	}
	return nil, fmt.Errorf("empty value")
}

// VectorType is a vector's element type: its type field, or the one its storage field implies.
func VectorType(v *v1.Vector) v1.DataType {
	if v.GetType() != v1.DataType_DATA_TYPE_UNSPECIFIED {
		return v.GetType()
	}
	switch {
	case len(v.GetBools()) > 0:
		return v1.DataType_DATA_TYPE_BOOL
	case len(v.GetInts()) > 0:
		return v1.DataType_DATA_TYPE_INT
	case len(v.GetLongs()) > 0:
		return v1.DataType_DATA_TYPE_LONG
	case len(v.GetFloats()) > 0:
		return v1.DataType_DATA_TYPE_FLOAT
	case len(v.GetDoubles()) > 0:
		return v1.DataType_DATA_TYPE_DOUBLE
	case len(v.GetStrings()) > 0:
		return v1.DataType_DATA_TYPE_STRING
	case len(v.GetBlobs()) > 0:
		return v1.DataType_DATA_TYPE_BLOB
	case len(v.GetValues()) > 0:
		return v1.DataType_DATA_TYPE_ANY
	}
	return v1.DataType_DATA_TYPE_VOID
}

// VectorNative turns a vector's elements into Go values, nil for NULL.
func VectorNative(v *v1.Vector) ([]any, error) {
	typ := VectorType(v)
	var n int
	var at func(i int) (any, error)
	switch {
	case typ == v1.DataType_DATA_TYPE_BOOL:
		n, at = len(v.Bools), func(i int) (any, error) { return v.Bools[i], nil }
	case typ == v1.DataType_DATA_TYPE_FLOAT:
		n, at = len(v.Floats), func(i int) (any, error) { return v.Floats[i], nil }
	case typ == v1.DataType_DATA_TYPE_DOUBLE:
		n, at = len(v.Doubles), func(i int) (any, error) { return v.Doubles[i], nil }
	case typ == v1.DataType_DATA_TYPE_BLOB:
		n, at = len(v.Blobs), func(i int) (any, error) { return v.Blobs[i], nil }
	case typ == v1.DataType_DATA_TYPE_ANY:
		n, at = len(v.Values), func(i int) (any, error) { return Native(v.Values[i]) }
	case isStringStored(typ):
		n, at = len(v.Strings), func(i int) (any, error) { return v.Strings[i], nil }
	case isLongStored(typ):
		n, at = len(v.Longs), func(i int) (any, error) { return fromInteger(typ, v.Longs[i]), nil }
	case typ == v1.DataType_DATA_TYPE_VOID:
		n, at = len(v.Nulls), func(int) (any, error) { return nil, nil }
	default:
		n, at = len(v.Ints), func(i int) (any, error) { return fromInteger(typ, int64(v.Ints[i])), nil }
	}
	out := make([]any, n)
	for i := range out {
		x, err := at(i)
		if err != nil {
			return nil, err
		}
		out[i] = x
	}
	for _, i := range v.Nulls {
		if int(i) < n {
			out[i] = nil
		}
	}
	return out, nil
}

func scalarNative(s *v1.Scalar) (any, error) {
	switch x := s.GetValue().(type) {
	case *v1.Scalar_Null:
		return nil, nil
	case *v1.Scalar_Bool:
		return x.Bool, nil
	case *v1.Scalar_Char:
		return x.Char, nil
	case *v1.Scalar_Short:
		return x.Short, nil
	case *v1.Scalar_Int:
		return x.Int, nil
	case *v1.Scalar_Long:
		return x.Long, nil
	case *v1.Scalar_Date:
		return fromInteger(v1.DataType_DATA_TYPE_DATE, int64(x.Date)), nil
	case *v1.Scalar_Month:
		return fromInteger(v1.DataType_DATA_TYPE_MONTH, int64(x.Month)), nil
	case *v1.Scalar_Time:
		return fromInteger(v1.DataType_DATA_TYPE_TIME, int64(x.Time)), nil
	case *v1.Scalar_Minute:
		return fromInteger(v1.DataType_DATA_TYPE_MINUTE, int64(x.Minute)), nil
	case *v1.Scalar_Second:
		return fromInteger(v1.DataType_DATA_TYPE_SECOND, int64(x.Second)), nil
	case *v1.Scalar_Datetime:
		return fromInteger(v1.DataType_DATA_TYPE_DATETIME, int64(x.Datetime)), nil
	case *v1.Scalar_Datehour:
		return fromInteger(v1.DataType_DATA_TYPE_DATEHOUR, int64(x.Datehour)), nil
	case *v1.Scalar_Timestamp:
		return fromInteger(v1.DataType_DATA_TYPE_TIMESTAMP, x.Timestamp), nil
	case *v1.Scalar_Nanotime:
		return fromInteger(v1.DataType_DATA_TYPE_NANOTIME, x.Nanotime), nil
	case *v1.Scalar_Nanotimestamp:
		return fromInteger(v1.DataType_DATA_TYPE_NANOTIMESTAMP, x.Nanotimestamp), nil
	case *v1.Scalar_Float:
		return x.Float, nil
	case *v1.Scalar_Double:
		return x.Double, nil
	case *v1.Scalar_Symbol:
		return x.Symbol, nil
	case *v1.Scalar_String_:
		return x.String_, nil
	case *v1.Scalar_Uuid:
		return x.Uuid, nil
	case *v1.Scalar_Ipaddr:
		return x.Ipaddr, nil
	case *v1.Scalar_Int128:
		return x.Int128, nil
	case *v1.Scalar_Blob:
		return x.Blob, nil
	case *v1.Scalar_Decimal32:
		return x.Decimal32.GetValue(), nil
	case *v1.Scalar_Decimal64:
		return x.Decimal64.GetValue(), nil
	case *v1.Scalar_Decimal128:
		return x.Decimal128.GetValue(), nil
	}
	return nil, fmt.Errorf("empty scalar")
}

// The units of DolphinDB's temporal types, counted from 1970-01-01 (or from midnight for times of day).
var epochUnits = map[v1.DataType]time.Duration{
	v1.DataType_DATA_TYPE_DATE:          24 * time.Hour,
	v1.DataType_DATA_TYPE_DATETIME:      time.Second,
	v1.DataType_DATA_TYPE_DATEHOUR:      time.Hour,
	v1.DataType_DATA_TYPE_TIMESTAMP:     time.Millisecond,
	v1.DataType_DATA_TYPE_NANOTIMESTAMP: time.Nanosecond,
}
var dayUnits = map[v1.DataType]time.Duration{
	v1.DataType_DATA_TYPE_TIME:     time.Millisecond,
	v1.DataType_DATA_TYPE_MINUTE:   time.Minute,
	v1.DataType_DATA_TYPE_SECOND:   time.Second,
	v1.DataType_DATA_TYPE_NANOTIME: time.Nanosecond,
}

func fromInteger(typ v1.DataType, n int64) any {
	if unit, ok := epochUnits[typ]; ok {
		if unit == time.Nanosecond {
			return time.Unix(0, n).UTC()
		}
		return time.UnixMilli(0).UTC().Add(time.Duration(n) * unit)
	}
	if unit, ok := dayUnits[typ]; ok {
		return time.Duration(n) * unit
	}
	switch typ {
	case v1.DataType_DATA_TYPE_MONTH: // months since year 0
		return time.Date(int(n/12), time.Month(n%12+1), 1, 0, 0, 0, 0, time.UTC)
	case v1.DataType_DATA_TYPE_LONG:
		return n
	}
	return int32(n)
}

func toInteger(typ v1.DataType, x any) (int64, error) {
	switch y := x.(type) {
	case time.Time:
		if unit, ok := epochUnits[typ]; ok {
			if unit == time.Nanosecond {
				return y.UnixNano(), nil
			}
			return y.Sub(time.UnixMilli(0)).Truncate(unit).Nanoseconds() / int64(unit), nil
		}
		if typ == v1.DataType_DATA_TYPE_MONTH {
			return int64(y.Year())*12 + int64(y.Month()) - 1, nil
		}
	case time.Duration:
		if unit, ok := dayUnits[typ]; ok {
			return int64(y / unit), nil
		}
	case int:
		return int64(y), nil
	case int8:
		return int64(y), nil
	case int16:
		return int64(y), nil
	case int32:
		return int64(y), nil
	case int64:
		return y, nil
	}
	return 0, fmt.Errorf("%T is not a %s element", x, typ)
}

func appendElement(v *v1.Vector, typ v1.DataType, x any) error {
	switch {
	case typ == v1.DataType_DATA_TYPE_BOOL:
		b, ok := x.(bool)
		if !ok && x != nil {
			return fmt.Errorf("%T is not a BOOL element", x)
		}
		v.Bools = append(v.Bools, b)
	case typ == v1.DataType_DATA_TYPE_FLOAT || typ == v1.DataType_DATA_TYPE_DOUBLE:
		var f float64
		switch y := x.(type) {
		case float64:
			f = y
		case float32:
			f = float64(y)
		case int:
			f = float64(y)
		case nil:
		default:
			return fmt.Errorf("%T is not a %s element", x, typ)
		}
		if typ == v1.DataType_DATA_TYPE_FLOAT {
			v.Floats = append(v.Floats, float32(f))
		} else {
			v.Doubles = append(v.Doubles, f)
		}
	case typ == v1.DataType_DATA_TYPE_BLOB:
		b, ok := x.([]byte)
		if !ok && x != nil {
			return fmt.Errorf("%T is not a BLOB element", x)
		}
		v.Blobs = append(v.Blobs, b)
	case isStringStored(typ) && !isDecimal(typ):
		s, ok := x.(string)
		if !ok && x != nil {
			return fmt.Errorf("%T is not a %s element", x, typ)
		}
		v.Strings = append(v.Strings, s)
	case isLongStored(typ) || isIntStored(typ):
		var n int64
		if x != nil {
			var err error
			if n, err = toInteger(typ, x); err != nil {
				return err
			}
		}
		if isLongStored(typ) {
			v.Longs = append(v.Longs, n)
		} else if n < -1<<31 || n >= 1<<31 {
			return fmt.Errorf("%d is out of range for %s", n, typ)
		} else {
			v.Ints = append(v.Ints, int32(n))
		}
	default:
		return fmt.Errorf("TypedVector does not build %s vectors; fill a v1.Vector directly", typ)
	}
	return nil
}

func isLongStored(t v1.DataType) bool {
	switch t {
	case v1.DataType_DATA_TYPE_LONG, v1.DataType_DATA_TYPE_TIMESTAMP, v1.DataType_DATA_TYPE_NANOTIME, v1.DataType_DATA_TYPE_NANOTIMESTAMP:
		return true
	}
	return false
}

func isIntStored(t v1.DataType) bool {
	switch t {
	case v1.DataType_DATA_TYPE_CHAR, v1.DataType_DATA_TYPE_SHORT, v1.DataType_DATA_TYPE_INT, v1.DataType_DATA_TYPE_DATE,
		v1.DataType_DATA_TYPE_MONTH, v1.DataType_DATA_TYPE_TIME, v1.DataType_DATA_TYPE_MINUTE, v1.DataType_DATA_TYPE_SECOND,
		v1.DataType_DATA_TYPE_DATETIME, v1.DataType_DATA_TYPE_DATEHOUR:
		return true
	}
	return false
}

func isDecimal(t v1.DataType) bool {
	return t == v1.DataType_DATA_TYPE_DECIMAL32 || t == v1.DataType_DATA_TYPE_DECIMAL64 || t == v1.DataType_DATA_TYPE_DECIMAL128
}

func isStringStored(t v1.DataType) bool {
	switch t {
	case v1.DataType_DATA_TYPE_STRING, v1.DataType_DATA_TYPE_SYMBOL, v1.DataType_DATA_TYPE_UUID, v1.DataType_DATA_TYPE_IPADDR,
		v1.DataType_DATA_TYPE_INT128:
		return true
	}
	return isDecimal(t)
}
