import type { AstroIntegration } from 'astro';
import { countProblems, formatReport } from '../lib/content/problems.ts';
import { checkHandbook } from '../lib/content/validate.ts';
import type { HandbookLocation } from '../lib/settings.ts';

/**
 * Validates the whole handbook before Astro loads any of it, with the same rules and messages as
 * `npm run check`. A build with errors stops here, so nothing half-built is ever written.
 */
export function playbook(location: HandbookLocation): AstroIntegration {
  return {
    name: 'integration-playbooks',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const { problems, site } = await checkHandbook(location, process.env);
        if (command === 'build' && !site.url) {
          logger.info('No sitemap: set url in site.yaml, or PLAYBOOK_SITE_URL, to the public address of the site.');
        }
        const { errors, warnings } = countProblems(problems);
        if (errors === 0 && warnings === 0) return;
        const report = formatReport(problems);
        if (errors === 0) {
          logger.warn(`\n${report}`);
          return;
        }
        logger.error(`The handbook has problems:\n${report}`);
        if (command === 'build') {
          const error = new Error(
            `The handbook has ${errors} error${errors === 1 ? '' : 's'} (listed above); nothing was built. Run "npm run check" after fixing them.`,
          );
          error.stack = error.message; // the report above is the useful part, not our stack
          throw error;
        }
      },
    },
  };
}
