// The worker side of `startDiagramCheck`: loads Mermaid at once, then parses the fences it is sent.
import { parentPort } from 'node:worker_threads';
import { loadMermaid, mermaidProblems, type MermaidFence } from './parse.ts';

const port = parentPort;
if (!port) throw new Error('parse-worker.ts runs as a worker thread (see startDiagramCheck in parse.ts)');
void loadMermaid();
port.once('message', async (fences: MermaidFence[]) => {
  port.postMessage(await mermaidProblems(fences));
});
