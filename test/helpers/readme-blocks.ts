import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO } from './test-broker';

/**
 * Every README a newcomer reads. Each fenced block in them is preceded by a marker comment, so that no snippet can
 * go stale unnoticed:
 *
 *   <!-- NAME: test/…/x.test.ts runs this block … -->   a test runs it (or checks it, for an output) as written;
 *                                                       that test file must name NAME
 *   <!-- not-run: why -->                               not runnable (a layout, a command that would recurse)
 *
 * test/unit/readme-blocks.test.ts holds every README to this rule.
 */
export const READMES = [
  'README.md',
  'clients/README.md',
  'clients/typescript/README.md',
  'clients/python/README.md',
  'clients/go/README.md',
  'clients/java/README.md',
] as const;

export interface ReadmeBlock {
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** The fence's info string (`sh`, `ts`, `console`, ...), '' if none. */
  lang: string;
  /** The marker's name (`grpcurl-session`, `not-run`), undefined when the block has none. */
  name: string | undefined;
  /** The marker's text after the name. */
  note: string;
  body: string;
}

const MARKER = /^<!-- ([a-z0-9-]+): (.*?) ?-->$/;

/** The fenced blocks of one README (a path relative to the repository), in order. */
export function readmeBlocks(file: string): ReadmeBlock[] {
  const lines = readFileSync(resolve(REPO, file), 'utf8').split('\n');
  const blocks: ReadmeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const start = i;
    let end = i + 1;
    while (end < lines.length && lines[end] !== '```') end++;
    if (end === lines.length) throw new Error(`${file}:${start + 1}: a code block is never closed`);
    const marker = MARKER.exec(lines[start - 1] ?? '');
    blocks.push({
      file,
      line: start + 1,
      lang: open[1]!,
      name: marker?.[1],
      note: marker?.[2] ?? '',
      body: lines.slice(start + 1, end).join('\n') + '\n',
    });
    i = end;
  }
  return blocks;
}

/** The one block of `file` whose marker is `name`. */
export function readmeBlock(file: string, name: string): ReadmeBlock {
  const found = readmeBlocks(file).filter((b) => b.name === name);
  if (found.length !== 1) throw new Error(`${file} has ${found.length} blocks marked ${name}, not one`);
  return found[0]!;
}

/** The test file a runnable block's marker names, or why it has none. */
export function markerTestFile(block: ReadmeBlock): string | { problem: string } {
  if (block.name === undefined) return { problem: 'has no marker comment on the line before it' };
  if (block.name === 'not-run') return block.note.length > 3 ? 'not-run' : { problem: 'is marked not-run without saying why' };
  const file = /(test\/[\w/.-]+\.test\.ts)/.exec(block.note)?.[1];
  if (!file) return { problem: `is marked ${block.name} but names no test file that runs it` };
  if (!existsSync(resolve(REPO, file))) return { problem: `names ${file}, which does not exist` };
  if (!readFileSync(resolve(REPO, file), 'utf8').includes(`'${block.name}'`)) return { problem: `names ${file}, which never asks for '${block.name}'` };
  return file;
}

/** The PATH a README's commands see: grpcurl from `make tools` first. */
export function toolsPath(): string {
  return `${resolve(REPO, '.tools/bin')}:${process.env['PATH'] ?? ''}`;
}

/**
 * Runs a shell block with bash -euo pipefail, as a user's terminal would after `set -e`, and returns its stdout.
 * Asynchronous: the gateway it talks to runs in this process and must go on serving meanwhile.
 */
export function runShell(script: string, options: { cwd?: string; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}): Promise<string> {
  const env = { ...process.env, PATH: toolsPath(), ...options.env };
  return new Promise((res, rej) =>
    execFile('bash', ['-euo', 'pipefail', '-c', script], { env, cwd: options.cwd ?? REPO, timeout: options.timeoutMs ?? 60_000, maxBuffer: 16 << 20 }, (err, stdout, stderr) =>
      err ? rej(new Error(`${err.message}\n${stdout}\n${stderr}`)) : res(stdout),
    ),
  );
}

/** A command's stdout split into the JSON documents grpcurl prints one after another. */
export function jsonDocuments(out: string): Record<string, unknown>[] {
  return out
    .trim()
    .split(/\n(?=\{)/)
    .filter((d) => d.trim() !== '')
    .map((d) => JSON.parse(d) as Record<string, unknown>);
}

/** One `$ command` of a console block and the output shown under it. */
export interface ConsoleStep {
  command: string;
  output: string;
}

/** A console block's commands and their shown outputs (a step ends at a blank line or the next `$ `). */
export function consoleSteps(block: ReadmeBlock): ConsoleStep[] {
  const steps: ConsoleStep[] = [];
  for (const line of block.body.trimEnd().split('\n')) {
    if (line.startsWith('$ ')) steps.push({ command: line.slice(2), output: '' });
    else if (steps.length === 0) throw new Error(`${block.file}:${block.line}: a console block must start with "$ "`);
    else if (line !== '' || steps.at(-1)!.output !== '') steps.at(-1)!.output += `${line}\n`;
  }
  for (const s of steps) s.output = s.output.trimEnd();
  return steps;
}
