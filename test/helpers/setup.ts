// Runs in every test file: the folders a file's tests made are removed when the file ends.
import { flushCompileCache } from 'node:module';
import { afterAll } from 'vitest';
import { removeTempDirs } from './project.ts';

afterAll(removeTempDirs);
// A file that ran the command in this process (`runPlaybookHere`) turned on Node's compile cache, which Node writes
// when the process exits, after the run's temporary folder is gone: written now, nothing is left to write then.
afterAll(() => flushCompileCache());
