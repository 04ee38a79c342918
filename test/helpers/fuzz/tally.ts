import { status } from '@grpc/grpc-js';

const CODE_NAMES = Object.fromEntries(Object.entries(status).filter(([, v]) => typeof v === 'number').map(([k, v]) => [v, k])) as Record<number, string>;

export const codeName = (code: number) => CODE_NAMES[code] ?? `code ${code}`;

interface Group {
  count: number;
  example: string;
  details: Set<string>;
}

/** Outcomes counted by method and label (a status name, or a problem), with the first example of each. */
export class Tally {
  private readonly groups = new Map<string, Map<string, Group>>();

  add(method: string, label: string, example: () => string, details = ''): void {
    const byLabel = this.groups.get(method) ?? new Map<string, Group>();
    this.groups.set(method, byLabel);
    const g = byLabel.get(label);
    if (g) {
      g.count++;
      if (g.details.size < 3) g.details.add(details.slice(0, 100));
    } else byLabel.set(label, { count: 1, example: example(), details: new Set([details.slice(0, 100)]) });
  }

  get size(): number {
    let n = 0;
    for (const m of this.groups.values()) for (const g of m.values()) n += g.count;
    return n;
  }

  /** Like lines(), but a label seen in more than `methods` methods is one line, with how many and one example. */
  compactLines(methods = 5): string[] {
    const byLabel = new Map<string, { methods: number; count: number; example: string }>();
    for (const m of this.groups.values())
      for (const [label, g] of m) {
        const l = byLabel.get(label) ?? { methods: 0, count: 0, example: g.example };
        byLabel.set(label, { methods: l.methods + 1, count: l.count + g.count, example: l.example });
      }
    const wide = new Set([...byLabel].filter(([, v]) => v.methods > methods).map(([k]) => k));
    return [
      ...[...wide].map((label) => `${byLabel.get(label)!.methods} methods  ${label} x${byLabel.get(label)!.count}  e.g. ${byLabel.get(label)!.example}`),
      ...this.lines((label) => !wide.has(label)),
    ];
  }

  /** One line per method and label: "Service/Method  LABEL x N  details | example". */
  lines(keep: (label: string) => boolean = () => true): string[] {
    const out: string[] = [];
    for (const [method, byLabel] of [...this.groups].sort(([a], [b]) => a.localeCompare(b)))
      for (const [label, g] of [...byLabel].sort(([a], [b]) => a.localeCompare(b)))
        if (keep(label)) out.push(`${method}  ${label} x${g.count}  "${[...g.details].filter(Boolean).join('" / "')}"  e.g. ${g.example}`);
    return out;
  }
}

/** A request cut short for a report: long strings, bytes, lists and maps are summarised. */
export function describeRequest(request: unknown, max = 240): string {
  const text = JSON.stringify(request, (_k, v: unknown) => {
    if (typeof v === 'bigint') return `${v}n`;
    if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
    if (ArrayBuffer.isView(v)) return `<${v.byteLength} bytes>`;
    if (v && typeof v === 'object' && (v as { type?: unknown }).type === 'Buffer') return `<${((v as { data: unknown[] }).data ?? []).length} bytes>`;
    if (typeof v === 'string' && v.length > 40) return `${v.slice(0, 16)}…(${v.length} chars)`;
    if (Array.isArray(v) && v.length > 3) return [...v.slice(0, 2), `…(${v.length} items)`];
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const entries = Object.entries(v);
      if (entries.length > 6) return Object.fromEntries([...entries.slice(0, 4), ['…', `${entries.length} keys`]]);
    }
    return v;
  });
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
