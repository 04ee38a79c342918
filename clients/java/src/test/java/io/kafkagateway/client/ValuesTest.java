package io.kafkagateway.client;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kafkagateway.v1.DataType;
import io.kafkagateway.v1.Value;
import io.kafkagateway.v1.Vector;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValuesTest {
  private static final Instant AT = Instant.parse("2024-02-29T13:45:30.123456789Z");

  private static void roundTrip(DataType type, Object in, Object back) {
    Vector v = Values.vector(type, in, null);
    assertEquals(List.of(1), v.getNullsList(), type.name());
    assertEquals(Arrays.asList(back, null), Values.list(v), type.name());
  }

  @Test
  void storesEachTypeAndReadsItBack() {
    roundTrip(DataType.DATA_TYPE_INT, 7, 7);
    roundTrip(DataType.DATA_TYPE_LONG, 1L << 60, 1L << 60);
    roundTrip(DataType.DATA_TYPE_DATE, LocalDate.of(2024, 2, 29), LocalDate.of(2024, 2, 29));
    roundTrip(DataType.DATA_TYPE_MONTH, YearMonth.of(2024, 2), YearMonth.of(2024, 2));
    roundTrip(DataType.DATA_TYPE_DATETIME, AT, Instant.parse("2024-02-29T13:45:30Z"));
    roundTrip(DataType.DATA_TYPE_DATEHOUR, AT, Instant.parse("2024-02-29T13:00:00Z"));
    roundTrip(DataType.DATA_TYPE_TIMESTAMP, AT, Instant.parse("2024-02-29T13:45:30.123Z"));
    roundTrip(DataType.DATA_TYPE_NANOTIMESTAMP, AT, AT);
    roundTrip(DataType.DATA_TYPE_TIME, LocalTime.of(1, 2, 3, 456_000_000), LocalTime.of(1, 2, 3, 456_000_000));
    roundTrip(DataType.DATA_TYPE_NANOTIME, LocalTime.ofNanoOfDay(5), LocalTime.ofNanoOfDay(5));
    roundTrip(DataType.DATA_TYPE_DOUBLE, 2.5, 2.5);
    roundTrip(DataType.DATA_TYPE_FLOAT, 0.5f, 0.5f);
    roundTrip(DataType.DATA_TYPE_SYMBOL, "x", "x");
    roundTrip(DataType.DATA_TYPE_BOOL, true, true);
    assertArrayEquals(new byte[] {0, -1}, (byte[]) Values.list(Values.vector(DataType.DATA_TYPE_BLOB, new byte[] {0, -1})).get(0));
  }

  @Test
  void refusesWhatDoesNotFit() {
    assertThrows(IllegalArgumentException.class, () -> Values.vector(DataType.DATA_TYPE_INT, 1L << 40));
    assertThrows(IllegalArgumentException.class, () -> Values.vector(DataType.DATA_TYPE_DOUBLE, "1.5"));
  }

  @Test
  void readsTablesWithTheirTypes() {
    Map<String, Vector> columns = new LinkedHashMap<>();
    columns.put("id", Vector.newBuilder().addInts(1).addInts(2).build());
    columns.put("sym", Values.vector(DataType.DATA_TYPE_SYMBOL, "a", null));
    Value table = Values.table(columns);
    Map<String, List<Object>> expected = new LinkedHashMap<>();
    expected.put("id", List.of(1, 2));
    expected.put("sym", Arrays.asList("a", null));
    assertEquals(expected, Values.toJava(table));
    assertEquals(List.of(DataType.DATA_TYPE_INT, DataType.DATA_TYPE_SYMBOL), List.copyOf(Values.columnTypes(table).values()));
  }
}
