package io.kafkagateway.client;

import io.kafkagateway.v1.Column;
import io.kafkagateway.v1.ConsumedMessage;
import io.kafkagateway.v1.Header;
import io.kafkagateway.v1.Table;
import io.kafkagateway.v1.Value;
import io.kafkagateway.v1.Vector;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts back together a value the gateway split into several messages. A vector or table larger than the gateway's
 * buffer size is sent as chunks of whole elements or rows, each a complete value with three headers:
 * {@code kgw-chunk-id} (one per split value), {@code kgw-chunk-index} (0-based) and {@code kgw-chunk-count}.
 * Feed it consumed messages in any order; at most {@code maxPending} values wait half-complete, and beyond that
 * the oldest is dropped, so that lost chunks cannot grow memory without bound.
 *
 * <pre>
 * ChunkAssembler assembler = new ChunkAssembler();
 * for (ConsumedMessage m : messages) {
 *   assembler.add(m).ifPresent(value -&gt; ...); // a value sent whole, or the last chunk of a split one
 * }
 * </pre>
 */
public final class ChunkAssembler {
  public static final String ID_HEADER = "kgw-chunk-id";
  public static final String INDEX_HEADER = "kgw-chunk-index";
  public static final String COUNT_HEADER = "kgw-chunk-count";

  /** What a chunk's headers say about it. */
  public record ChunkInfo(String id, int index, int count) {}

  private record Pending(int count, Map<Integer, Value> parts) {}

  private final int maxPending;
  private final LinkedHashMap<String, Pending> pending = new LinkedHashMap<>();

  public ChunkAssembler() {
    this(64);
  }

  public ChunkAssembler(int maxPending) {
    if (maxPending < 1) throw new IllegalArgumentException("maxPending must be at least 1, got " + maxPending);
    this.maxPending = maxPending;
  }

  /** The chunk headers of a consumed message; empty for a value sent whole. Malformed headers throw. */
  public static Optional<ChunkInfo> chunkInfo(ConsumedMessage m) {
    Map<String, String> headers = new HashMap<>();
    for (Header h : m.getHeadersList()) headers.put(h.getKey(), h.getValue().toString(StandardCharsets.UTF_8));
    String id = headers.get(ID_HEADER);
    if (id == null) return Optional.empty();
    int index;
    int count;
    try {
      index = Integer.parseInt(headers.getOrDefault(INDEX_HEADER, ""));
      count = Integer.parseInt(headers.getOrDefault(COUNT_HEADER, ""));
    } catch (NumberFormatException e) {
      index = -1;
      count = 0;
    }
    if (count < 1 || index < 0 || index >= count) {
      throw new IllegalArgumentException("chunk headers of " + id + " are malformed: index " + headers.get(INDEX_HEADER)
          + ", count " + headers.get(COUNT_HEADER));
    }
    return Optional.of(new ChunkInfo(id, index, count));
  }

  /** The whole value when this message completes one (or was never split), else empty. */
  public Optional<Value> add(ConsumedMessage m) {
    Optional<ChunkInfo> chunk = chunkInfo(m);
    if (chunk.isEmpty()) return m.hasValue() ? Optional.of(m.getValue()) : Optional.empty();
    ChunkInfo info = chunk.get();
    if (!m.hasValue()) {
      throw new IllegalArgumentException("chunk " + info.index() + " of " + info.id() + " has no value: " + m.getDecodeError());
    }
    Pending p = pending.get(info.id());
    if (p == null) {
      p = new Pending(info.count(), new HashMap<>());
      pending.put(info.id(), p);
      if (pending.size() > maxPending) {
        Iterator<String> oldest = pending.keySet().iterator();
        oldest.next();
        oldest.remove();
      }
    }
    if (p.count() != info.count()) {
      throw new IllegalArgumentException("chunk " + info.index() + " of " + info.id() + " says " + info.count()
          + " chunks, an earlier one " + p.count());
    }
    p.parts().put(info.index(), m.getValue());
    if (p.parts().size() < p.count()) return Optional.empty();
    pending.remove(info.id());
    Value[] chunks = new Value[p.count()];
    for (int i = 0; i < chunks.length; i++) chunks[i] = p.parts().get(i);
    return Optional.of(join(List.of(chunks)));
  }

  /** How many split values are waiting for more chunks. */
  public int waiting() {
    return pending.size();
  }

  /** The chunks of one split value, in order, as that value. */
  public static Value join(List<Value> chunks) {
    if (chunks.isEmpty()) throw new IllegalArgumentException("no chunks to join");
    Value first = chunks.get(0);
    for (Value c : chunks) {
      if (c.getKindCase() != first.getKindCase()) throw new IllegalArgumentException("chunks of a " + first.getKindCase() + " hold other forms");
    }
    switch (first.getKindCase()) {
      case VECTOR:
        return Value.newBuilder().setVector(joinVectors(chunks.stream().map(Value::getVector).toList())).build();
      case TABLE: {
        List<Column> columns = first.getTable().getColumnsList();
        Table.Builder table = Table.newBuilder().setName(first.getTable().getName());
        for (int j = 0; j < columns.size(); j++) {
          final int column = j;
          String name = columns.get(j).getName();
          for (Value c : chunks) {
            List<Column> cols = c.getTable().getColumnsList();
            if (cols.size() != columns.size() || !cols.get(column).getName().equals(name)) {
              throw new IllegalArgumentException("chunks of a table have other columns");
            }
          }
          table.addColumns(Column.newBuilder().setName(name)
              .setValues(joinVectors(chunks.stream().map(c -> c.getTable().getColumns(column).getValues()).toList())));
        }
        return Value.newBuilder().setTable(table).build();
      }
      default:
        if (chunks.size() == 1) return first;
        throw new IllegalArgumentException("a " + first.getKindCase() + " is never split into chunks");
    }
  }

  /** Protobuf merging appends repeated fields, which joins the elements; only the NULL positions need shifting. */
  private static Vector joinVectors(List<Vector> vectors) {
    Vector first = vectors.get(0);
    Vector.Builder out = Vector.newBuilder().setType(first.getType()).setScale(first.getScale());
    int offset = 0;
    for (Vector v : vectors) {
      if (v.getType() != first.getType() || v.getScale() != first.getScale()) {
        throw new IllegalArgumentException("chunks of a vector have other types");
      }
      for (int n : v.getNullsList()) out.addNulls(n + offset);
      out.mergeFrom(v.toBuilder().clearNulls().build());
      offset += v.getBoolsCount() + v.getIntsCount() + v.getLongsCount() + v.getFloatsCount() + v.getDoublesCount()
          + v.getStringsCount() + v.getBlobsCount() + v.getValuesCount();
    }
    return out.build();
  }
}
