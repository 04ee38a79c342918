# DolphinDB's C++ serializer as a test oracle: the PyPI wheel `dolphindb` wraps the C++ API, whose
# `dolphindb.io.dumps` / `loads` serialize offline. One long-lived process; requests and answers are JSON lines:
#   {"op": "dumps", "specs": [spec...]}              -> {"results": [hex | {"error": text} | {"inexpressible": why}]}
#   {"op": "loads", "items": [{"hex", "spec"}...]}   -> {"results": [{"ok": true} | {"diff": text} | {"error": text}]}
# A spec (test/helpers/ddb-cpp/to-spec.ts) names the form and DolphinDB type and holds the elements in DolphinDB's
# own units, NULL as null. `dumps` builds the Python object and type hints the API needs; `loads` reads the bytes
# and compares the result with what the API returns for that value (its conventions: NULL integers widen to
# float64 NaN, temporal types are datetime64, ...), built here from the spec, not from the bytes.
import ipaddress
import json
import math
import sys
from decimal import Decimal

import numpy as np
import pandas as pd
import dolphindb.settings as keys
from dolphindb import io

DT = {name: getattr(keys, f"DT_{name}") for name in [
    "VOID", "BOOL", "CHAR", "SHORT", "INT", "LONG", "DATE", "MONTH", "TIME", "MINUTE", "SECOND", "DATETIME",
    "TIMESTAMP", "NANOTIME", "NANOTIMESTAMP", "FLOAT", "DOUBLE", "SYMBOL", "STRING", "UUID", "ANY", "DATEHOUR",
    "IPADDR", "INT128", "BLOB", "DECIMAL32", "DECIMAL64", "DECIMAL128"]}
INTS = {"CHAR": np.int8, "SHORT": np.int16, "INT": np.int32, "LONG": np.int64}
# The numpy unit each temporal type is read as.
TEMPORAL = {"DATE": "D", "MONTH": "M", "TIME": "ms", "MINUTE": "m", "SECOND": "s", "DATETIME": "s",
            "TIMESTAMP": "ms", "NANOTIME": "ns", "NANOTIMESTAMP": "ns", "DATEHOUR": "h"}
# DolphinDB counts months from year 0, numpy from 1970-01.
MONTH_0 = 1970 * 12
# The types stored in 64 bits.
WIDE = {"TIMESTAMP", "NANOTIME", "NANOTIMESTAMP", "LONG"}
NULL16 = {"UUID": "00000000-0000-0000-0000-000000000000", "IPADDR": "0.0.0.0", "INT128": "0" * 32}
DECIMALS = {"DECIMAL32", "DECIMAL64", "DECIMAL128"}


class Inexpressible(Exception):
    """The API has no Python object that it would serialize as this value."""


# ---- spec -> the object and type hints that dumps takes -------------------------------------------------------

def hint(t, scale=None):
    return [DT[t], scale] if t in DECIMALS and scale is not None else DT[t]


def py_element(t, x):
    """One element as dumps takes it when a type hint says the type."""
    if x is None or (x == "" and t in NULL16):
        return None
    if t in ("LONG", "TIMESTAMP", "NANOTIME", "NANOTIMESTAMP"):
        return int(x)
    if t in ("FLOAT", "DOUBLE"):
        return float(x)  # JSON writes large floats without a point, which Python reads as int
    if t == "BLOB":
        return blob(x)
    if t == "IPADDR":
        # The C++ text parser reads IPv6 only with all eight groups written out.
        addr = ipaddress.ip_address(x)
        return x if addr.version == 4 else addr.exploded
    if t in DECIMALS:
        return Decimal(x)
    return x


def blob(x):
    b = bytes.fromhex(x)
    if 0 in b:
        raise Inexpressible("a BLOB holding a 0 byte: the Python side cuts it there")
    return b


def datetime64(t, x):
    return np.datetime64(int(x) - (MONTH_0 if t == "MONTH" else 0), TEMPORAL[t])


# Types whose numpy datetime64 unit the API maps back to them (MINUTE's "m" it writes as DATETIME).
UNTYPED_TEMPORAL = ("DATE", "MONTH", "DATEHOUR", "DATETIME", "TIMESTAMP", "NANOTIMESTAMP")


def untyped(spec):
    """An element of an ANY vector, where no type hint reaches: the Python type alone must say the DolphinDB one."""
    f, t = spec["f"], spec.get("t")
    if f == "s":
        x = spec["v"]
        if t == "VOID":
            return None
        if x is None:
            if t in UNTYPED_TEMPORAL:
                return np.datetime64("NaT", TEMPORAL[t])
            raise Inexpressible(f"a NULL {t} in a tuple")
        if t == "BOOL":
            return bool(x)
        if t in ("CHAR", "SHORT", "INT", "LONG"):
            return INTS[t](int(x))
        if t in UNTYPED_TEMPORAL:
            return datetime64(t, x)
        if t == "FLOAT":
            return np.float32(float(x))
        if t == "DOUBLE":
            return float(x)
        if t == "STRING":
            return x
        if t == "BLOB":
            return blob(x)
        raise Inexpressible(f"a {t} scalar in a tuple")
    if f == "v":
        if t == "ANY":
            raise Inexpressible("a tuple in a tuple: the API makes a list in a list a typed vector")
        if any(x is None for x in spec["v"]) and t not in UNTYPED_TEMPORAL and t not in ("FLOAT", "DOUBLE"):
            raise Inexpressible(f"a {t} vector with NULLs in a tuple")
        if t in INTS:
            return np.array([int(x) for x in spec["v"]], dtype=INTS[t])
        if t in UNTYPED_TEMPORAL:
            return np.array([np.datetime64("NaT") if x is None else datetime64(t, x) for x in spec["v"]], dtype=f"datetime64[{TEMPORAL[t]}]")
        if t in ("FLOAT", "DOUBLE"):
            return np.array([math.nan if x is None else float(x) for x in spec["v"]], dtype=np.float32 if t == "FLOAT" else np.float64)
        if t == "BOOL":
            return np.array(spec["v"], dtype=np.bool_)
        if t == "STRING" and spec["v"]:
            return np.array(spec["v"], dtype=object)
        raise Inexpressible(f"a {t} vector in a tuple")
    raise Inexpressible(f"a {f} in a tuple")


def column(spec):
    """A table column: an object Series, so that the type hint, not pandas, picks the type."""
    return pd.Series([py_element(spec["t"], x) for x in spec["v"]], dtype=object)


def to_dumps(spec):
    """(object, types) for dumps."""
    f, t = spec["f"], spec.get("t")
    if f == "s":
        if t == "VOID":
            return None, None
        if t == "SYMBOL":
            raise Inexpressible("the API writes a SYMBOL scalar as a STRING")
        return py_element(t, spec["v"]), hint(t, spec.get("scale"))
    if f == "v":
        if t == "ANY":
            return [untyped(e) for e in spec["v"]], DT["ANY"]
        return [py_element(t, x) for x in spec["v"]], hint(t, spec.get("scale"))
    if f == "set":
        if t == "BOOL" or t in DECIMALS:
            raise Inexpressible(f"the C++ API builds no set of {t}")
        elements = {py_element(t, x) for x in spec["v"]}
        if len(elements) != len(spec["v"]):
            raise Inexpressible("a set with repeated elements")
        return elements, hint(t, spec.get("scale"))
    if f == "d":
        kt, vt = spec["kt"], spec["vt"]
        if "SYMBOL" in (kt, vt):
            raise Inexpressible("the C++ API builds no dictionary of SYMBOL")
        if vt == "ANY":
            values = [untyped(e) for e in spec["v"]]
        else:
            values = [py_element(vt, x) for x in spec["v"]]
        keys_ = [py_element(kt, k) for k in spec["k"]]
        if len(set(keys_)) != len(keys_):
            raise Inexpressible("a dictionary with repeated keys")
        return dict(zip(keys_, values)), [DT[kt], DT[vt]]
    if f == "m":
        if spec.get("rl") or spec.get("cl"):
            raise Inexpressible("a matrix with labels")
        return matrix_array(spec, raw=True), DT[t]
    if f == "t":
        if spec["name"]:
            raise Inexpressible("a table with a name")
        if not spec["cols"]:
            raise Inexpressible("a table without columns")
        frame = pd.DataFrame({c["name"]: column(c) for c in spec["cols"]})
        return frame, {c["name"]: hint(c["t"], c.get("scale")) for c in spec["cols"]}
    raise Inexpressible(f"a {f}")


def matrix_array(spec, raw):
    """The data as a (rows, columns) array; the spec lists it column by column, as DolphinDB stores it."""
    t, rows, cols = spec["t"], spec["rows"], spec["cols"]
    if raw:
        # NULLs as the type's own sentinel, which the API copies as it is.
        if t in ("FLOAT", "DOUBLE"):
            flat = np.array([math.nan if x is None else float(x) for x in spec["v"]], dtype=np.float32 if t == "FLOAT" else np.float64)
        else:
            dtype = np.int64 if t in WIDE else INTS.get(t, np.int32)
            flat = np.array([np.iinfo(dtype).min if x is None else int(x) for x in spec["v"]], dtype=dtype)
    else:
        flat = expected_vector({"t": t, "v": spec["v"]})
    return flat.reshape((cols, rows)).T


# ---- spec -> what loads returns for it -------------------------------------------------------------------------

def cut(x):
    """A BLOB in a vector, set or dictionary as loads hands it to Python: up to its first 0 byte (a scalar or a
    pair's element comes whole)."""
    return bytes.fromhex(x).split(b"\0", 1)[0]


def expected_scalar(t, x, whole=True):
    if x is None or t == "VOID":
        return None
    if t in INTS or t == "BOOL":
        return int(x) if t != "BOOL" else bool(x)
    if t in TEMPORAL:
        return datetime64(t, x)
    if t in ("FLOAT", "DOUBLE"):
        return float(x)
    if t in ("STRING", "SYMBOL"):
        return x or None
    if t == "BLOB":
        return (bytes.fromhex(x) if whole else cut(x)) or None
    if t in NULL16:
        return x or None
    if t in DECIMALS:
        return Decimal(x) if x != "" else None
    raise ValueError(t)


def expected_vector(spec):
    t, xs = spec["t"], spec["v"]
    nulls = any(x is None for x in xs)
    if t == "ANY":
        return [expected(e) for e in xs]
    if t == "BOOL":
        return np.array(xs, dtype=object) if nulls else np.array(xs, dtype=np.bool_)
    if t in INTS:
        if nulls:
            return np.array([math.nan if x is None else float(int(x)) for x in xs], dtype=np.float64)
        return np.array([int(x) for x in xs], dtype=INTS[t])
    if t in TEMPORAL:
        return np.array([np.datetime64("NaT") if x is None else datetime64(t, x) for x in xs], dtype=f"datetime64[{TEMPORAL[t]}]")
    if t in ("FLOAT", "DOUBLE"):
        return np.array([math.nan if x is None else float(x) for x in xs], dtype=np.float32 if t == "FLOAT" else np.float64)
    if t in ("STRING", "SYMBOL"):
        return np.array(xs, dtype=object)
    if t == "BLOB":
        return np.array([cut(x) for x in xs] if xs else [], dtype=object)
    if t in NULL16:
        return np.array([x or NULL16[t] for x in xs], dtype=object)
    if t in DECIMALS:
        return np.array([None if x is None else Decimal(x) for x in xs], dtype=object)
    raise ValueError(t)


def as_column(spec):
    v = expected_vector(spec)
    return v.astype("datetime64[ns]") if spec["t"] in TEMPORAL else v


def expected(spec):
    f, t = spec["f"], spec.get("t")
    if f == "s":
        return expected_scalar(t, spec["v"])
    if f == "v":
        return expected_vector(spec)
    if f == "p":
        return [expected_scalar(t, x) for x in spec["v"]]
    if f == "set":
        return {expected_scalar(t, x, whole=False) for x in spec["v"]}
    if f == "d":
        if spec["vt"] == "ANY":
            values = [expected(e) for e in spec["v"]]
        else:
            values = [expected_scalar(spec["vt"], x, whole=False) for x in spec["v"]]
        # A NULL integer key comes back as the 64-bit NULL, whatever the key type's width.
        # An empty STRING key stays "" (a value would be None).
        keys_ = [-(2**63) if k is None and spec["kt"] in INTS else k if k == "" else expected_scalar(spec["kt"], k) for k in spec["k"]]
        return dict(zip(keys_, values))
    if f == "m":
        labels = [expected_vector(spec[k]) if spec.get(k) else None for k in ("rl", "cl")]
        return [matrix_array(spec, raw=False), *labels]
    if f == "t":
        # A table's temporal columns come back in nanoseconds, pandas' own unit.
        return pd.DataFrame({c["name"]: as_column(c) for c in spec["cols"]})
    raise ValueError(f)


def canon(x):
    """A JSON form that is equal exactly when two results are: numpy dtypes count, NaN equals NaN, order of sets
    and dictionaries does not."""
    if x is None or isinstance(x, str):
        return x
    if isinstance(x, (bool, np.bool_)):
        return ["bool", bool(x)]
    if isinstance(x, (int, np.integer)):
        return ["int", int(x)]
    if isinstance(x, (float, np.floating)):
        return ["float", "NaN" if math.isnan(x) else repr(float(x))]
    if isinstance(x, bytes):
        return ["bytes", x.hex()]
    if isinstance(x, Decimal):
        return ["decimal", str(x)]
    if isinstance(x, np.datetime64):
        unit = np.datetime_data(x.dtype)[0]
        return ["datetime64", unit, "NaT" if np.isnat(x) else int(x.astype("int64"))]
    if isinstance(x, np.ndarray):
        if x.dtype.kind == "M":
            items = [canon(v) for v in x.ravel()]
        else:
            items = [canon(v) for v in x.ravel().tolist()] if x.dtype != object else [canon(v) for v in x.ravel()]
        return ["ndarray", str(x.dtype), list(x.shape), items]
    if isinstance(x, pd.DataFrame):
        return ["frame", [str(c) for c in x.columns], [str(d) for d in x.dtypes], [canon(x[c].to_numpy()) for c in x.columns]]
    if isinstance(x, (list, tuple)):
        return ["list", [canon(v) for v in x]]
    if isinstance(x, (set, frozenset)):
        return ["set", sorted((canon(v) for v in x), key=json.dumps)]
    if isinstance(x, dict):
        return ["dict", sorted(([canon(k), canon(v)] for k, v in x.items()), key=json.dumps)]
    return ["other", type(x).__name__, repr(x)]


def dumps(spec):
    wide = too_precise(spec)
    if wide:
        return {"inexpressible": f"more digits than the C++ API's {wide} precision ({PRECISION[wide]})"}
    try:
        obj, types = to_dumps(spec)
    except Inexpressible as e:
        return {"inexpressible": str(e)}
    try:
        out = io.dumps(obj) if types is None else io.dumps(obj, types=types)
    except Exception as e:  # the API's own refusal, reported as data
        return {"error": f"{type(e).__name__}: {e}"}
    # Asked for a dictionary of UUID, IPADDR or INT128 values (or of no DECIMALs), the API builds one of ANY.
    if spec["f"] == "d" and spec["vt"] != "ANY" and out[0] == DT["ANY"]:
        return {"inexpressible": f"the C++ API makes a dictionary of {spec['vt']} one of ANY"}
    return out


# The C++ API's DECIMAL precision: it refuses to build a value with more digits, which the format can hold.
PRECISION = {"DECIMAL32": 9, "DECIMAL64": 18, "DECIMAL128": 38}


def too_precise(spec):
    def digits(x):
        return x is not None and x != "" and len(x.lstrip("-").replace(".", "").lstrip("0")) > PRECISION[t]
    for t, xs in typed_elements(spec):
        if t in PRECISION and any(digits(x) for x in xs):
            return t
    return None


def typed_elements(spec):
    f = spec["f"]
    if f == "s":
        yield spec["t"], [spec["v"]]
    elif f in ("v", "p", "set", "m"):
        if spec["t"] == "ANY":
            for e in spec["v"]:
                yield from typed_elements(e)
        else:
            yield spec["t"], spec["v"]
    elif f == "d":
        yield spec["kt"], spec["k"]
        if spec["vt"] == "ANY":
            for e in spec["v"]:
                yield from typed_elements(e)
        else:
            yield spec["vt"], spec["v"]
    elif f == "t":
        for c in spec["cols"]:
            yield c["t"], c["v"]


def loads(item):
    try:
        got = io.loads(bytes.fromhex(item["hex"]))
    except Exception as e:
        return {"error": f"{type(e).__name__}: {e}"}
    ours, theirs = canon(got), canon(expected(item["spec"]))
    return {"ok": True} if ours == theirs else {"diff": f"loads gave {json.dumps(ours)[:600]}, the value is {json.dumps(theirs)[:600]}"}


def main():
    for line in sys.stdin:
        req = json.loads(line)
        if req["op"] == "dumps":
            results = []
            for spec in req["specs"]:
                r = dumps(spec)
                results.append(r.hex() if isinstance(r, bytes) else r)
        elif req["op"] == "loads":
            results = [loads(item) for item in req["items"]]
        else:
            results = {"error": f"unknown op {req['op']}"}
        sys.stdout.write(json.dumps({"results": results}) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
