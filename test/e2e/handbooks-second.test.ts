import { inject } from 'vitest';
import { describeHandbook } from '../helpers/handbook-suite.ts';

// A second, different handbook (the reader fixture), held to the same general tests as the starter.
describeHandbook('a second, different handbook', {
  content: 'test/fixtures/reader',
  url: inject('readerUrl'),
  dir: inject('readerDir'),
});
