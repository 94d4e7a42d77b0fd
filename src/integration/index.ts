import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { countProblems, formatReport, type Problem } from '../lib/content/problems.ts';
import { checkHandbook, startHandbookCheck } from '../lib/content/validate.ts';
import type { HandbookLocation } from '../lib/settings.ts';

/** Prints the report; returns the error that stops a build when there are errors. */
function report(problems: Problem[], logger: AstroIntegrationLogger): Error | undefined {
  const { errors, warnings } = countProblems(problems);
  if (errors === 0 && warnings === 0) return undefined;
  const text = formatReport(problems);
  if (errors === 0) {
    logger.warn(`\n${text}`);
    return undefined;
  }
  logger.error(`The handbook has problems:\n${text}`);
  const error = new Error(
    `The handbook has ${errors} error${errors === 1 ? '' : 's'} (listed above); nothing was built. Run "npm run check" after fixing them.`,
  );
  error.stack = error.message; // the report above is the useful part, not our stack
  return error;
}

/**
 * Validates the whole handbook before Astro loads any of it, with the same rules and messages as
 * `npm run check`. A build with errors stops here, so nothing half-built is ever written.
 *
 * Mermaid's parses of the diagrams are the slow part of the check; a build lets them finish on a
 * worker thread while Astro starts up and syncs content (which never reads diagrams), and waits
 * for them in `astro:build:start`, before anything is built. One report holds every problem.
 */
export function playbook(location: HandbookLocation): AstroIntegration {
  let diagramCheck: Promise<Error | undefined> = Promise.resolve(undefined);
  return {
    name: 'integration-playbooks',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command === 'dev') {
          report((await checkHandbook(location, process.env)).problems, logger);
          return;
        }
        if (command !== 'build') return;
        const { problems, site, diagramProblems } = await startHandbookCheck(location, process.env);
        if (!site.url) logger.info('No sitemap: set url in site.yaml, or PLAYBOOK_SITE_URL, to the public address of the site.');
        const all = diagramProblems.then((diagrams) => [...problems, ...diagrams]); // the report sorts them
        if (countProblems(problems).errors > 0) throw report(await all, logger);
        diagramCheck = all.then((found) => report(found, logger));
        diagramCheck.catch(() => {}); // awaited in astro:build:start; this keeps Node from calling it unhandled meanwhile
      },
      'astro:build:start': async () => {
        const failure = await diagramCheck;
        if (failure) throw failure;
      },
    },
  };
}
