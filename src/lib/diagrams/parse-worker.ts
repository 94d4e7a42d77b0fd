// The worker side of `startDiagramCheck`: loads Mermaid at once, then parses the fences of each request it is
// sent, for as long as the process keeps it.
import { parentPort } from 'node:worker_threads';
import { loadMermaid, mermaidProblems, type ParseAnswer, type ParseRequest } from './parse.ts';

const port = parentPort;
if (!port) throw new Error('parse-worker.ts runs as a worker thread (see startDiagramCheck in parse.ts)');
void loadMermaid();
port.on('message', async ({ id, fences }: ParseRequest) => {
  try {
    port.postMessage({ id, problems: await mermaidProblems(fences) } satisfies ParseAnswer);
  } catch (error) {
    port.postMessage({ id, failure: error instanceof Error ? error.message : String(error) } satisfies ParseAnswer);
  }
});
