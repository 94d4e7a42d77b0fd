import { Worker } from 'node:worker_threads';
import type { Problem } from '../content/problems.ts';

/** A Mermaid diagram written in an entry: its source and the line of its opening fence. */
export interface MermaidFence {
  file: string;
  /** 1-based line of the ```mermaid fence; the diagram's first line is the next one. */
  line: number;
  source: string;
}

type Mermaid = (typeof import('mermaid'))['default'];
let loaded: Promise<Mermaid> | undefined;

/**
 * Mermaid's parser expects a browser; a happy-dom window provides `window` and `document` in Node.
 * Loaded only when a handbook has a diagram to check, and once per process.
 */
export async function loadMermaid(): Promise<Mermaid> {
  loaded ??= (async () => {
    const { Window } = await import('happy-dom');
    const window = new Window();
    const globals = globalThis as Record<string, unknown>;
    globals['window'] ??= window;
    globals['document'] ??= window.document;
    const { default: mermaid } = await import('mermaid');
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
    return mermaid;
  })();
  return loaded;
}

/**
 * Parses every diagram once with Mermaid itself and turns each syntax error into a problem naming
 * the file, the line inside the file, and Mermaid's own message.
 */
export async function mermaidProblems(fences: readonly MermaidFence[]): Promise<Problem[]> {
  if (fences.length === 0) return [];
  const mermaid = await loadMermaid();
  const problems: Problem[] = [];
  for (const fence of fences) {
    try {
      await mermaid.parse(fence.source);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const line = /Parse error on line (\d+)/.exec(message)?.[1] ?? (error as { hash?: { line?: number } }).hash?.line;
      const detail = message
        .split('\n')
        .filter((text) => !/^(\.\.\.|-+\^)/.test(text) && !text.startsWith('Parse error on line'))
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
      problems.push({
        file: fence.file,
        line: fence.line + (line ? Number(line) : 1),
        severity: 'error',
        field: '```mermaid',
        message: `Mermaid cannot parse this diagram: ${detail || message.split('\n')[0]}`,
        hint: 'check the diagram in the Mermaid live editor; quote labels that contain punctuation, e.g. A["Label (1)"]',
        rule: 'mermaid-syntax',
      });
    }
  }
  return problems;
}

/** Mermaid checks running on another thread: `check` hands over the fences and settles to their problems. */
export interface DiagramCheck {
  /** Starts loading Mermaid now (about half a second), because fences are coming. */
  warmUp(): void;
  check(fences: readonly MermaidFence[]): Promise<Problem[]>;
}

/** What Mermaid said of a diagram's source, wherever it stands: problems with lines counted from its fence. */
export type DiagramCache = Map<string, (Omit<Problem, 'file' | 'line'> & { offset: number })[]>;

/** The worker's file: the TypeScript source when running from it, the compiled module in a package. */
const workerFile = new URL(`./parse-worker.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url);

/**
 * A diagram check whose worker thread loads Mermaid (about half a second) once `warmUp` is called, so it
 * loads while the caller parses the entries, then parses their diagrams (several milliseconds each, in
 * Mermaid's config handling) without holding up the caller's thread. With a `cache` (the dev server keeps
 * one), a diagram parsed before is not parsed again, and a check with nothing new starts no worker.
 */
export function startDiagramCheck(cache?: DiagramCache): DiagramCheck {
  let worker: Worker | undefined;
  let result: Promise<Problem[]> | undefined;
  const warmUp = () => {
    if (worker) return;
    worker = new Worker(workerFile);
    const started = worker;
    result = new Promise<Problem[]>((resolve, reject) => {
      started.once('message', (problems: Problem[]) => {
        resolve(problems);
        void started.terminate();
      });
      started.once('error', reject);
      started.once('exit', (code) => reject(new Error(`The diagram check stopped (exit code ${code}) before it reported.`)));
    });
    result.catch(() => {}); // handed on by `check`
  };
  return {
    warmUp,
    async check(fences) {
      const fresh = cache ? fences.filter((fence) => !cache.has(fence.source)) : fences;
      if (fresh.length === 0) {
        void worker?.terminate();
      } else {
        warmUp();
        worker!.postMessage(fresh);
        const problems = await result!;
        if (cache) {
          for (const fence of fresh) cache.set(fence.source, []);
          for (const { file, line = 0, ...problem } of problems) {
            // Each problem belongs to the nearest fence above its line in its file.
            const fence = fresh.filter((f) => f.file === file && f.line < line).sort((a, b) => b.line - a.line)[0];
            if (fence) cache.get(fence.source)!.push({ ...problem, offset: line - fence.line });
          }
        }
        if (!cache) return problems;
      }
      return fences.flatMap((fence) =>
        cache!.get(fence.source)!.map(({ offset, ...problem }) => ({ ...problem, file: fence.file, line: fence.line + offset })),
      );
    },
  };
}
