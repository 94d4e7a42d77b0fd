import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { checkSources } from '../../src/lib/content/validate.ts';
import type { RequestInput } from '../../src/lib/schemas/request.ts';
import { guideInput, source, systemInput } from '../helpers/entries.ts';

/** A minimal valid request, with overrides. */
function requestInput(overrides: Partial<RequestInput> = {}): RequestInput {
  return {
    title: 'Invoices to the ledger',
    problem: 'Invoices are typed into the ledger by hand.',
    requester: 'Dana Ruiz (Payroll)',
    businessOwner: 'Controller',
    systems: ['zuora', 'netsuite'],
    objects: ['Invoice'],
    trigger: 'schedule',
    personalData: false,
    score: { impact: 3, complexity: 2, cost: 2, risk: 3 },
    size: 'M',
    status: 'funnel',
    ...overrides,
  };
}

const handbookWith = (...requests: [string, RequestInput][]) =>
  checkSources([
    source('systems', 'zuora', systemInput({ name: 'Zuora', category: 'billing' })),
    source('systems', 'netsuite', systemInput()),
    source('guides', 'invoices-to-ledger', guideInput()),
    ...requests.map(([id, data]) => source('requests', id, data)),
  ]).problems.map(formatProblem);

describe('integration requests', () => {
  it('accepts a request in every status, a live one naming its guide', () => {
    expect(
      handbookWith(
        ['a', requestInput()],
        ['b', requestInput({ status: 'planned', newSystems: ['Okta'], volume: { records: 20, per: 'day' } })],
        ['c', requestInput({ status: 'building', estimatedHours: 60 })],
        ['d', requestInput({ status: 'live', guide: 'invoices-to-ledger', actualHours: 70 })],
        ['e', requestInput({ status: 'declined' })],
      ),
    ).toEqual([]);
  });

  it('asks a live request for the guide that documents it, and checks that the guide exists', () => {
    const [missing] = handbookWith(['live', requestInput({ status: 'live' })]);
    expect(missing).toMatch(
      /requests\/live\.yaml:\d+(:\d+)? {2}error {2}guide: a live request names the guide that documents it/,
    );
    const [unknown] = handbookWith(['live', requestInput({ status: 'live', guide: 'invoices-to-ledgr' })]);
    expect(unknown).toMatch(
      /requests\/live\.yaml:\d+:\d+ {2}error {2}guide: unknown guide "invoices-to-ledgr" .*did you mean "invoices-to-ledger"/,
    );
  });

  it('takes a mandate only as a regulation or contract with a deadline, never as free text', () => {
    const [text] = handbookWith(['m', requestInput({ mandatory: 'the auditors want it' as never })]);
    expect(text).toContain('mandatory:');
    const problems = handbookWith(['m', requestInput({ mandatory: { kind: 'policy', name: 'Audit' } as never })]);
    expect(problems.join('\n')).toMatch(/mandatory\.kind: found "policy"; expected one of regulation, contract/);
    expect(problems.join('\n')).toMatch(/mandatory\.deadline: missing required field/);
  });

  it('needs at least one system, known by id or new by name, and names an unknown id with the closest', () => {
    expect(handbookWith(['none', requestInput({ systems: [] })])[0]).toContain('systems: at least one system');
    expect(handbookWith(['typo', requestInput({ systems: ['zuroa'] })])[0]).toMatch(
      /unknown system "zuroa".*did you mean "zuora"/,
    );
  });
});
