// This repository is itself a handbook (content/ is the starter handbook). The playbook command adds the
// integration by itself; this file lets VS Code's Astro extension start, and shows where a team customises.
import { defineConfig } from 'astro/config';
import { playbook } from './src/integration/index.ts';

export default defineConfig({ integrations: [playbook()] });
