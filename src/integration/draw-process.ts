// The child process of `startDrawing` (diagram-drawings.ts): draws the diagrams it is sent in a headless Chromium
// and reports back. It runs at a lower CPU priority than the build, and Chromium inherits it, so drawing takes the
// time the build leaves idle rather than time from the build.
import { drawDiagrams } from './diagram-drawings.ts';

process.once('message', (request: { sources: string[]; folder: string; browser: string }) => {
  drawDiagrams(request.sources, request.folder, request.browser).then(
    (report) => process.send!({ report }, () => process.exit(0)),
    (error: unknown) =>
      process.send!({ error: error instanceof Error ? error.message.split('\n')[0] : String(error) }, () => process.exit(0)),
  );
});
