// node-rdkafka runs its blocking calls (a consumer's poll waits up to its timeout) on libuv's thread pool, which
// has 4 threads unless told otherwise: 4 consumers polling would stall every other consumer and all file I/O.
// The pool is sized once, when it is first used, so this module is imported before anything else.
// Twice the handles one client may hold by default: a client blocking all of its consumers' calls at once
// (a committed-offsets query against a coordinator that does not answer) still leaves half the pool to others.
process.env['UV_THREADPOOL_SIZE'] ??= '128';
export {};
