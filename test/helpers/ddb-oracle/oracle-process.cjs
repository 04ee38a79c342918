// The official DolphinDB JavaScript API (npm `dolphindb`, an ES module) as a test oracle. Jest cannot load ES
// modules without experimental flags, so the tests talk to this process over JSON lines on stdin/stdout:
//   {"op":"pack","objs":[<wire DdbObj>...]}  -> {"hexes":[...]}   (DdbObj.pack)
//   {"op":"parse","hexes":[...]}             -> {"objs":[...]}    (DdbObj.parse(bytes, true); errors in-band)
const readline = require('node:readline');
const ddb = require('dolphindb');
const { toWire, fromWire } = require('./wire.cjs');

const makeObj = (o) => new ddb.DdbObj(o);
const attempt = (fn) => {
  try {
    return fn();
  } catch (err) {
    return { error: String(err && err.message) };
  }
};

readline.createInterface({ input: process.stdin }).on('line', (line) => {
  const req = JSON.parse(line);
  let res;
  if (req.op === 'pack') {
    res = { hexes: req.objs.map((w) => attempt(() => Buffer.from(fromWire(w, makeObj, ddb.BigInt128Array).pack()).toString('hex'))) };
  } else if (req.op === 'parse') {
    res = { objs: req.hexes.map((h) => attempt(() => toWire(ddb.DdbObj.parse(Buffer.from(h, 'hex'), true)))) };
  } else res = { error: `unknown op ${req.op}` };
  process.stdout.write(`${JSON.stringify(res)}\n`);
});
