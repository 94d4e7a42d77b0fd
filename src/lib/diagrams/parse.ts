import { Worker } from 'node:worker_threads';
import type { Problem } from '../content/problems.ts';
import type { DiagramVerdicts, Verdict } from './kept.ts';
import { packageModule } from '../module-file.ts';

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
  /** Starts loading Mermaid now (about a second of CPU) if these texts hold a diagram it has no verdict on yet. */
  warmUp(texts: readonly string[]): void;
  check(fences: readonly MermaidFence[]): Promise<Problem[]>;
}

/** The sources of the ```mermaid fences a quick scan finds in an MDX text (the MDX parse finds them all). */
function scannedDiagrams(text: string): string[] {
  return [...text.matchAll(/^```mermaid[^\n]*\n([\s\S]*?)\n```[ \t]*$/gm)].map((match) => match[1]!);
}

/** The worker's file: the TypeScript source when running from it, the compiled module in a package. */
const workerFile = packageModule('./parse-worker', import.meta.url);

/** A request to the worker (fences to parse, numbered) and its answer (their problems, or why it failed). */
export interface ParseRequest {
  id: number;
  fences: readonly MermaidFence[];
}
export type ParseAnswer = { id: number; problems: Problem[] } | { id: number; failure: string };

/**
 * The process's Mermaid thread, started by the first check with a diagram and kept for later ones: loading
 * Mermaid costs about a second of CPU, parsing a diagram a few milliseconds. It is unreferenced while no check
 * waits on it, so it never keeps the process alive; `stopDiagramWorker` frees its memory for good.
 */
let shared: { worker: Worker; waiting: Map<number, (answer: ParseAnswer) => void>; next: number } | undefined;

function diagramWorker(): NonNullable<typeof shared> {
  if (shared) return shared;
  const worker = new Worker(workerFile);
  const state = { worker, waiting: new Map<number, (answer: ParseAnswer) => void>(), next: 0 };
  const settleAll = (failure: string) => {
    if (shared === state) shared = undefined;
    for (const [id, settle] of state.waiting) settle({ id, failure });
    state.waiting.clear();
  };
  worker.on('message', (answer: ParseAnswer) => {
    state.waiting.get(answer.id)?.(answer);
    state.waiting.delete(answer.id);
    if (state.waiting.size === 0) worker.unref();
  });
  worker.on('error', (error) => settleAll(error.message));
  worker.on('exit', (code) => settleAll(`The diagram check stopped (exit code ${code}) before it reported.`));
  worker.unref();
  shared = state;
  return state;
}

/** Parses fences on the process's Mermaid thread. */
function parseOnWorker(fences: readonly MermaidFence[]): Promise<Problem[]> {
  const state = diagramWorker();
  const id = state.next++;
  state.worker.ref();
  return new Promise((resolve, reject) => {
    state.waiting.set(id, (answer) => ('failure' in answer ? reject(new Error(answer.failure)) : resolve(answer.problems)));
    state.worker.postMessage({ id, fences } satisfies ParseRequest);
  });
}

/** Ends the process's Mermaid thread, for a process that checks no more diagrams (a build, once checked). */
export async function stopDiagramWorker(): Promise<void> {
  const state = shared;
  shared = undefined;
  await state?.worker.terminate();
}

/**
 * A diagram check on the process's Mermaid thread, which starts loading when `warmUp` sees a diagram coming, so
 * that it loads while the caller parses the entries; the diagrams are then parsed there without holding up the
 * caller's thread. A diagram with a verdict in `verdicts` (kept on disk, or a `Map` for one process) is not parsed
 * again, and a check with nothing new starts no thread.
 */
export function startDiagramCheck(verdicts: DiagramVerdicts): DiagramCheck {
  return {
    warmUp(texts) {
      const coming = texts.flatMap(scannedDiagrams);
      if (coming.some((source) => verdicts.get(source) === undefined)) diagramWorker();
    },
    async check(fences) {
      // Each source once: the same diagram in two entries gets one verdict.
      const fresh = [...new Map(fences.filter((fence) => verdicts.get(fence.source) === undefined).map((f) => [f.source, f])).values()];
      if (fresh.length > 0) {
        const found = new Map<string, Verdict>(fresh.map((fence) => [fence.source, []]));
        for (const { file, line = 0, ...problem } of await parseOnWorker(fresh)) {
          // Each problem belongs to the nearest fence above its line in its file.
          const fence = fresh.filter((f) => f.file === file && f.line < line).sort((a, b) => b.line - a.line)[0];
          if (fence) found.get(fence.source)!.push({ ...problem, offset: line - fence.line });
        }
        for (const [source, verdict] of found) verdicts.set(source, verdict);
      }
      return fences.flatMap((fence) =>
        (verdicts.get(fence.source) ?? []).map(({ offset, ...problem }) => ({ ...problem, file: fence.file, line: fence.line + offset })),
      );
    },
  };
}
