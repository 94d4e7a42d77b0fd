import { inject } from 'vitest';
import { describeHandbook } from '../helpers/handbook-suite.ts';

// The starter handbook in content/, tested only in general terms (see test/helpers/handbook-suite.ts).
describeHandbook('the starter handbook', { content: 'content', url: inject('starterUrl'), dir: inject('starterDir') });
