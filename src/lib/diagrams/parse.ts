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
  check(fences: readonly MermaidFence[]): Promise<Problem[]>;
}

/**
 * Starts a worker thread that loads Mermaid (about half a second) while the caller reads and parses
 * the entries, then parses their diagrams (several milliseconds each, in Mermaid's config handling)
 * without holding up the caller's thread. A build goes on with Astro's start-up meanwhile.
 */
export function startDiagramCheck(): DiagramCheck {
  const worker = new Worker(new URL('./parse-worker.ts', import.meta.url));
  const result = new Promise<Problem[]>((resolve, reject) => {
    worker.once('message', (problems: Problem[]) => {
      resolve(problems);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The diagram check stopped (exit code ${code}) before it reported.`)));
  });
  result.catch(() => {}); // a check with no fences never asks for the result; `check` hands it on otherwise
  return {
    check(fences) {
      if (fences.length === 0) {
        void worker.terminate();
        return Promise.resolve([]);
      }
      worker.postMessage(fences);
      return result;
    },
  };
}
