package kgw

import (
	"errors"
	"fmt"
	"strconv"

	"google.golang.org/protobuf/proto"

	v1 "github.com/kafka-grpc-gateway/kafka-grpc-gateway/clients/go/gen/kafkagateway/v1"
)

// A vector or table larger than the gateway's buffer size is sent as chunks of whole elements or rows, each a
// complete value with these three headers.
const (
	ChunkIDHeader    = "kgw-chunk-id"    // one id per split value
	ChunkIndexHeader = "kgw-chunk-index" // 0-based
	ChunkCountHeader = "kgw-chunk-count"
)

// ChunkInfo is what a chunk's headers say about it.
type ChunkInfo struct {
	ID           string
	Index, Count int
}

// ChunkInfoOf reads a consumed message's chunk headers; ok is false for a value sent whole.
func ChunkInfoOf(m *v1.ConsumedMessage) (info ChunkInfo, ok bool, err error) {
	headers := map[string]string{}
	for _, h := range m.GetHeaders() {
		headers[h.GetKey()] = string(h.GetValue())
	}
	id, ok := headers[ChunkIDHeader]
	if !ok {
		return ChunkInfo{}, false, nil
	}
	index, errIndex := strconv.Atoi(headers[ChunkIndexHeader])
	count, errCount := strconv.Atoi(headers[ChunkCountHeader])
	if errIndex != nil || errCount != nil || count < 1 || index < 0 || index >= count {
		return ChunkInfo{}, true, fmt.Errorf("chunk headers of %s are malformed: index %q, count %q", id, headers[ChunkIndexHeader], headers[ChunkCountHeader])
	}
	return ChunkInfo{ID: id, Index: index, Count: count}, true, nil
}

// ChunkAssembler collects consumed chunks, in any order, and gives back each split value when its last chunk
// arrives. At most MaxPending values wait half-complete; beyond that the oldest is dropped, so that lost chunks
// cannot grow memory without bound.
//
//	a := kgw.NewChunkAssembler()
//	for m, err := range client.Consume(ctx, req) {
//		...
//		value, complete, err := a.Add(m) // a value sent whole, or the last chunk of a split one
//	}
//
// The zero value is ready to use.
type ChunkAssembler struct {
	MaxPending int // 0: 64
	pending    map[string]*pendingValue
	order      []string // ids in arrival order, oldest first
}

type pendingValue struct {
	count int
	parts map[int]*v1.Value
}

// NewChunkAssembler holds at most 64 incomplete values.
func NewChunkAssembler() *ChunkAssembler {
	return &ChunkAssembler{MaxPending: 64}
}

// Add returns the whole value and true when m completes one (or was never split), else nil and false.
func (a *ChunkAssembler) Add(m *v1.ConsumedMessage) (*v1.Value, bool, error) {
	info, chunked, err := ChunkInfoOf(m)
	if err != nil {
		return nil, false, err
	}
	if !chunked {
		return m.GetValue(), true, nil
	}
	if m.GetValue() == nil {
		return nil, false, fmt.Errorf("chunk %d of %s has no value: %s", info.Index, info.ID, m.GetDecodeError())
	}
	if a.pending == nil {
		a.pending = map[string]*pendingValue{}
	}
	maxPending := a.MaxPending
	if maxPending <= 0 {
		maxPending = 64
	}
	p, ok := a.pending[info.ID]
	if !ok {
		p = &pendingValue{count: info.Count, parts: map[int]*v1.Value{}}
		a.pending[info.ID] = p
		a.order = append(a.order, info.ID)
		for len(a.pending) > maxPending && len(a.order) > 0 {
			delete(a.pending, a.order[0])
			a.order = a.order[1:]
		}
	}
	if p.count != info.Count {
		return nil, false, fmt.Errorf("chunk %d of %s says %d chunks, an earlier one %d", info.Index, info.ID, info.Count, p.count)
	}
	p.parts[info.Index] = m.GetValue()
	if len(p.parts) < p.count {
		return nil, false, nil
	}
	delete(a.pending, info.ID)
	for i, id := range a.order {
		if id == info.ID {
			a.order = append(a.order[:i], a.order[i+1:]...)
			break
		}
	}
	chunks := make([]*v1.Value, p.count)
	for i := range chunks {
		chunks[i] = p.parts[i]
	}
	v, err := JoinChunks(chunks)
	return v, err == nil, err
}

// Waiting is how many split values are waiting for more chunks.
func (a *ChunkAssembler) Waiting() int { return len(a.pending) }

// JoinChunks puts the chunks of one split value, in order, back together.
func JoinChunks(chunks []*v1.Value) (*v1.Value, error) {
	if len(chunks) == 0 {
		return nil, errors.New("no chunks to join")
	}
	switch first := chunks[0].GetKind().(type) {
	case *v1.Value_Vector:
		vectors := make([]*v1.Vector, len(chunks))
		for i, c := range chunks {
			if vectors[i] = c.GetVector(); vectors[i] == nil {
				return nil, errors.New("chunks of a vector hold other forms")
			}
		}
		v, err := joinVectors(vectors)
		if err != nil {
			return nil, err
		}
		return VectorValue(v), nil
	case *v1.Value_Table:
		var columns []Column
		for j, col := range first.Table.GetColumns() {
			vectors := make([]*v1.Vector, len(chunks))
			for i, c := range chunks {
				cols := c.GetTable().GetColumns()
				if len(cols) != len(first.Table.GetColumns()) || cols[j].GetName() != col.GetName() {
					return nil, errors.New("chunks of a table have other columns")
				}
				vectors[i] = cols[j].GetValues()
			}
			v, err := joinVectors(vectors)
			if err != nil {
				return nil, err
			}
			columns = append(columns, Column{Name: col.GetName(), Vector: v})
		}
		joined := Table(columns...)
		joined.GetTable().Name = first.Table.GetName()
		return joined, nil
	default:
		if len(chunks) == 1 {
			return chunks[0], nil
		}
		return nil, fmt.Errorf("a %T is never split into chunks", first)
	}
}

// joinVectors relies on Protobuf merging, which appends repeated fields: that joins the elements, and only the
// NULL positions need shifting by the elements before them.
func joinVectors(vectors []*v1.Vector) (*v1.Vector, error) {
	out := &v1.Vector{Type: vectors[0].GetType(), Scale: vectors[0].GetScale()}
	offset := uint32(0)
	for _, v := range vectors {
		if v == nil {
			return nil, errors.New("a chunk has no elements")
		}
		if v.GetType() != out.Type || v.GetScale() != out.Scale {
			return nil, errors.New("chunks of a vector have other types")
		}
		for _, n := range v.GetNulls() {
			out.Nulls = append(out.Nulls, n+offset)
		}
		elements := proto.Clone(v).(*v1.Vector)
		elements.Nulls = nil
		proto.Merge(out, elements)
		offset += uint32(len(v.GetBools()) + len(v.GetInts()) + len(v.GetLongs()) + len(v.GetFloats()) +
			len(v.GetDoubles()) + len(v.GetStrings()) + len(v.GetBlobs()) + len(v.GetValues()))
	}
	return out, nil
}
