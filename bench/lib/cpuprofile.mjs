// Reading V8 CPU profiles (node --cpu-prof): self time per function, and stacks folded for a flame graph.
import { readFileSync } from 'node:fs';

export const read = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** A frame as one line: the function and where it is (the last two parts of its path). */
export function frameName({ functionName, url, lineNumber }) {
  const where = url ? ` ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}` : '';
  return `${functionName || '(anonymous)'}${where}`;
}

/** Microseconds sampled in each node (by node id). */
function sampledTime(profile) {
  const us = new Map();
  profile.samples.forEach((id, i) => us.set(id, (us.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  return us;
}

/** Self time in microseconds per frame name, most first, and the total. */
export function selfTimes(profile) {
  const sampled = sampledTime(profile);
  const self = new Map();
  let total = 0;
  for (const node of profile.nodes) {
    const us = sampled.get(node.id) ?? 0;
    total += us;
    const name = frameName(node.callFrame);
    self.set(name, (self.get(name) ?? 0) + us);
  }
  return { total, rows: [...self].sort((a, b) => b[1] - a[1]) };
}

/**
 * Stacks in the folded format of flame graph tools ("root;caller;callee microseconds" per line). The idle node is
 * left out, so that the graph shows where the busy time went; `selfTimes` still counts it.
 */
export function foldedStacks(profile) {
  const sampled = sampledTime(profile);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const lines = [];
  for (const node of profile.nodes) {
    const us = sampled.get(node.id) ?? 0;
    if (us === 0 || node.callFrame.functionName === '(idle)') continue;
    const stack = [];
    for (let id = node.id; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id).callFrame;
      if (frame.functionName !== '(root)') stack.push(frameName(frame).replaceAll(';', ','));
    }
    lines.push(`${stack.reverse().join(';')} ${us}`);
  }
  return lines;
}
