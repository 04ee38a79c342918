package io.kafkagateway.client;

import com.google.protobuf.ByteString;
import io.kafkagateway.v1.Column;
import io.kafkagateway.v1.DataType;
import io.kafkagateway.v1.Table;
import io.kafkagateway.v1.Value;
import io.kafkagateway.v1.Vector;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Java values to and from typed Values.
 *
 * <pre>
 * BOOL                                       Boolean
 * CHAR, SHORT, INT                           Integer          LONG  Long
 * FLOAT                                      Float            DOUBLE  Double
 * STRING, SYMBOL, UUID, IPADDR, INT128       String           DECIMAL32/64/128  BigDecimal (read only)
 * BLOB                                       byte[]
 * DATE                                       LocalDate        MONTH  YearMonth
 * TIME, MINUTE, SECOND, NANOTIME             LocalTime
 * DATETIME, DATEHOUR, TIMESTAMP, NANOTIMESTAMP  Instant
 * NULL of any type                           null
 * </pre>
 */
public final class Values {
  private Values() {}

  private static final Set<DataType> INTS = Set.of(DataType.DATA_TYPE_CHAR, DataType.DATA_TYPE_SHORT, DataType.DATA_TYPE_INT,
      DataType.DATA_TYPE_DATE, DataType.DATA_TYPE_MONTH, DataType.DATA_TYPE_TIME, DataType.DATA_TYPE_MINUTE,
      DataType.DATA_TYPE_SECOND, DataType.DATA_TYPE_DATETIME, DataType.DATA_TYPE_DATEHOUR);
  private static final Set<DataType> LONGS = Set.of(DataType.DATA_TYPE_LONG, DataType.DATA_TYPE_TIMESTAMP,
      DataType.DATA_TYPE_NANOTIME, DataType.DATA_TYPE_NANOTIMESTAMP);
  private static final Set<DataType> DECIMALS = Set.of(DataType.DATA_TYPE_DECIMAL32, DataType.DATA_TYPE_DECIMAL64,
      DataType.DATA_TYPE_DECIMAL128);
  private static final Set<DataType> STRINGS = Set.of(DataType.DATA_TYPE_STRING, DataType.DATA_TYPE_SYMBOL,
      DataType.DATA_TYPE_UUID, DataType.DATA_TYPE_IPADDR, DataType.DATA_TYPE_INT128);
  /** Units of the types counted from 1970-01-01 or from midnight. */
  private static final Map<DataType, ChronoUnit> UNITS = Map.of(
      DataType.DATA_TYPE_DATETIME, ChronoUnit.SECONDS, DataType.DATA_TYPE_DATEHOUR, ChronoUnit.HOURS,
      DataType.DATA_TYPE_TIMESTAMP, ChronoUnit.MILLIS, DataType.DATA_TYPE_NANOTIMESTAMP, ChronoUnit.NANOS,
      DataType.DATA_TYPE_TIME, ChronoUnit.MILLIS, DataType.DATA_TYPE_MINUTE, ChronoUnit.MINUTES,
      DataType.DATA_TYPE_SECOND, ChronoUnit.SECONDS, DataType.DATA_TYPE_NANOTIME, ChronoUnit.NANOS);

  /** A vector of {@code type} from Java values (see the class comment); null elements are NULL. */
  public static Vector vector(DataType type, Object... elements) {
    Vector.Builder v = Vector.newBuilder().setType(type);
    for (int i = 0; i < elements.length; i++) {
      Object x = elements[i];
      if (x == null) v.addNulls(i);
      try {
        append(v, type, x);
      } catch (ClassCastException | ArithmeticException e) {
        throw new IllegalArgumentException("element " + i + ": " + x.getClass().getSimpleName() + " is not a " + type, e);
      }
    }
    return v.build();
  }

  /** A table from named columns, in the map's order (use a LinkedHashMap). */
  public static Value table(Map<String, Vector> columns) {
    Table.Builder t = Table.newBuilder();
    columns.forEach((name, values) -> t.addColumns(Column.newBuilder().setName(name).setValues(values)));
    return Value.newBuilder().setTable(t).build();
  }

  public static Value vectorValue(Vector v) {
    return Value.newBuilder().setVector(v).build();
  }

  /** A vector's element type: its type field, or what its storage field implies. */
  public static DataType vectorType(Vector v) {
    if (v.getType() != DataType.DATA_TYPE_UNSPECIFIED) return v.getType();
    if (v.getBoolsCount() > 0) return DataType.DATA_TYPE_BOOL;
    if (v.getIntsCount() > 0) return DataType.DATA_TYPE_INT;
    if (v.getLongsCount() > 0) return DataType.DATA_TYPE_LONG;
    if (v.getFloatsCount() > 0) return DataType.DATA_TYPE_FLOAT;
    if (v.getDoublesCount() > 0) return DataType.DATA_TYPE_DOUBLE;
    if (v.getStringsCount() > 0) return DataType.DATA_TYPE_STRING;
    if (v.getBlobsCount() > 0) return DataType.DATA_TYPE_BLOB;
    if (v.getValuesCount() > 0) return DataType.DATA_TYPE_ANY;
    return DataType.DATA_TYPE_VOID;
  }

  /** The type of each column of a table value, in column order. */
  public static Map<String, DataType> columnTypes(Value table) {
    Map<String, DataType> types = new LinkedHashMap<>();
    for (Column c : table.getTable().getColumnsList()) types.put(c.getName(), vectorType(c.getValues()));
    return types;
  }

  /**
   * A value as Java values: a scalar as its element, a vector, pair or set as a List, a table as a LinkedHashMap of
   * column lists, a dictionary as a LinkedHashMap, a matrix as its column-major List.
   */
  public static Object toJava(Value value) {
    switch (value.getKindCase()) {
      case SCALAR: return scalar(value.getScalar());
      case VECTOR: return list(value.getVector());
      case PAIR: return list(value.getPair());
      case SET: return list(value.getSet());
      case MATRIX: return list(value.getMatrix().getData());
      case TABLE: {
        Map<String, List<Object>> columns = new LinkedHashMap<>();
        for (Column c : value.getTable().getColumnsList()) columns.put(c.getName(), list(c.getValues()));
        return columns;
      }
      case DICTIONARY: {
        List<Object> keys = list(value.getDictionary().getKeys());
        List<Object> values = list(value.getDictionary().getValues());
        Map<Object, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keys.size() && i < values.size(); i++) map.put(keys.get(i), values.get(i));
        return map;
      }
      default: throw new IllegalArgumentException("empty value");
    }
  }

  /** A vector's elements as Java values, null for NULL. */
  public static List<Object> list(Vector v) {
    DataType type = vectorType(v);
    List<?> stored;
    if (type == DataType.DATA_TYPE_BOOL) stored = v.getBoolsList();
    else if (INTS.contains(type)) stored = v.getIntsList();
    else if (LONGS.contains(type)) stored = v.getLongsList();
    else if (type == DataType.DATA_TYPE_FLOAT) stored = v.getFloatsList();
    else if (type == DataType.DATA_TYPE_DOUBLE) stored = v.getDoublesList();
    else if (STRINGS.contains(type) || DECIMALS.contains(type)) stored = v.getStringsList();
    else if (type == DataType.DATA_TYPE_BLOB) stored = v.getBlobsList();
    else if (type == DataType.DATA_TYPE_ANY) stored = v.getValuesList();
    else return Arrays.asList(new Object[v.getNullsCount()]);
    // A NULL's stored entry is a placeholder (0, ""), not always a valid element: it is not converted.
    Set<Integer> nulls = new HashSet<>(v.getNullsList());
    List<Object> out = new ArrayList<>(stored.size());
    for (int i = 0; i < stored.size(); i++) out.add(nulls.contains(i) ? null : element(type, stored.get(i)));
    return out;
  }

  private static Object element(DataType type, Object stored) {
    if (stored instanceof Value nested) return toJava(nested);
    if (stored instanceof ByteString bytes) return bytes.toByteArray();
    if (DECIMALS.contains(type)) return new BigDecimal((String) stored);
    if (INTS.contains(type) || LONGS.contains(type)) return fromNumber(type, ((Number) stored).longValue());
    return stored;
  }

  private static Object fromNumber(DataType type, long n) {
    switch (type) {
      case DATA_TYPE_DATE: return LocalDate.ofEpochDay(n);
      case DATA_TYPE_MONTH: return YearMonth.of((int) Math.floorDiv(n, 12), (int) Math.floorMod(n, 12) + 1);
      case DATA_TYPE_LONG: return n;
      case DATA_TYPE_CHAR: case DATA_TYPE_SHORT: case DATA_TYPE_INT: return (int) n;
      default: break;
    }
    ChronoUnit unit = UNITS.get(type);
    if (type == DataType.DATA_TYPE_TIME || type == DataType.DATA_TYPE_MINUTE || type == DataType.DATA_TYPE_SECOND
        || type == DataType.DATA_TYPE_NANOTIME) {
      return LocalTime.ofNanoOfDay(unit.getDuration().toNanos() * n);
    }
    return Instant.EPOCH.plus(n, unit);
  }

  private static long toNumber(DataType type, Object x) {
    if (x instanceof Instant t) return UNITS.get(type).between(Instant.EPOCH, t);
    if (x instanceof LocalDate d) return type == DataType.DATA_TYPE_MONTH ? d.getYear() * 12L + d.getMonthValue() - 1 : d.toEpochDay();
    if (x instanceof YearMonth m) return m.getYear() * 12L + m.getMonthValue() - 1;
    if (x instanceof LocalTime t) return t.toNanoOfDay() / UNITS.get(type).getDuration().toNanos();
    return ((Number) x).longValue();
  }

  private static void append(Vector.Builder v, DataType type, Object x) {
    if (type == DataType.DATA_TYPE_BOOL) v.addBools(x != null && (Boolean) x);
    else if (INTS.contains(type)) v.addInts(x == null ? 0 : Math.toIntExact(toNumber(type, x)));
    else if (LONGS.contains(type)) v.addLongs(x == null ? 0 : toNumber(type, x));
    else if (type == DataType.DATA_TYPE_FLOAT) v.addFloats(x == null ? 0 : ((Number) x).floatValue());
    else if (type == DataType.DATA_TYPE_DOUBLE) v.addDoubles(x == null ? 0 : ((Number) x).doubleValue());
    else if (STRINGS.contains(type)) v.addStrings(x == null ? "" : (String) x);
    else if (type == DataType.DATA_TYPE_BLOB) v.addBlobs(x == null ? ByteString.EMPTY : ByteString.copyFrom((byte[]) x));
    else throw new IllegalArgumentException("vector() does not build " + type + " vectors; fill a Vector.Builder directly");
  }

  private static Object scalar(io.kafkagateway.v1.Scalar s) {
    switch (s.getValueCase()) {
      case NULL: case VALUE_NOT_SET: return null;
      case BOOL: return s.getBool();
      case CHAR: return s.getChar();
      case SHORT: return s.getShort();
      case INT: return s.getInt();
      case LONG: return s.getLong();
      case DATE: return fromNumber(DataType.DATA_TYPE_DATE, s.getDate());
      case MONTH: return fromNumber(DataType.DATA_TYPE_MONTH, s.getMonth());
      case TIME: return fromNumber(DataType.DATA_TYPE_TIME, s.getTime());
      case MINUTE: return fromNumber(DataType.DATA_TYPE_MINUTE, s.getMinute());
      case SECOND: return fromNumber(DataType.DATA_TYPE_SECOND, s.getSecond());
      case DATETIME: return fromNumber(DataType.DATA_TYPE_DATETIME, s.getDatetime());
      case DATEHOUR: return fromNumber(DataType.DATA_TYPE_DATEHOUR, s.getDatehour());
      case TIMESTAMP: return fromNumber(DataType.DATA_TYPE_TIMESTAMP, s.getTimestamp());
      case NANOTIME: return fromNumber(DataType.DATA_TYPE_NANOTIME, s.getNanotime());
      case NANOTIMESTAMP: return fromNumber(DataType.DATA_TYPE_NANOTIMESTAMP, s.getNanotimestamp());
      case FLOAT: return s.getFloat();
      case DOUBLE: return s.getDouble();
      case SYMBOL: return s.getSymbol();
      case STRING: return s.getString();
      case UUID: return s.getUuid();
      case IPADDR: return s.getIpaddr();
      case INT128: return s.getInt128();
      case BLOB: return s.getBlob().toByteArray();
      case DECIMAL32: return new BigDecimal(s.getDecimal32().getValue());
      case DECIMAL64: return new BigDecimal(s.getDecimal64().getValue());
      case DECIMAL128: return new BigDecimal(s.getDecimal128().getValue());
      default: throw new IllegalArgumentException("unknown scalar " + s.getValueCase());
    }
  }
}
