// Runs in every test file: the folders a file's tests made are removed when the file ends.
import { afterAll } from 'vitest';
import { removeTempDirs } from './project.ts';

afterAll(removeTempDirs);
