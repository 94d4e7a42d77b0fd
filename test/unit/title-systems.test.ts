import { describe, expect, it } from 'vitest';
import { systemsNamedIn } from '../../src/lib/scaffold.ts';

const systems = [
  { id: 'workday', name: 'Workday' },
  { id: 'netsuite', name: 'NetSuite' },
  { id: 'google', name: 'Google' },
  { id: 'google-workspace', name: 'Google Workspace' },
  { id: 'sap-s4', name: 'SAP S/4HANA' },
  { id: 'compliance-sftp', name: 'Compliance SFTP' },
];

describe('systems a title names', () => {
  it.each([
    ['Greenhouse hires to Workday', ['workday'], ['Greenhouse']],
    ['greenhouse hires to WORKDAY', ['workday'], []],
    ['Salesforce Accounts to NetSuite Customers', ['netsuite'], ['Salesforce Accounts']],
    ['Sync invoices from Zuora → netsuite', ['netsuite'], ['Zuora']],
    ['Google Workspace users and Workday workers', ['google-workspace', 'workday'], []],
    ['Files over compliance-sftp to SAP S/4HANA', ['compliance-sftp', 'sap-s4'], []],
    ['Nightly export, BambooHR and Docebo', [], ['BambooHR', 'Docebo']],
    ['How we size work', [], []],
  ])('%s', (title, ids, unknown) => {
    expect(systemsNamedIn(title, systems)).toEqual({ ids, unknown });
  });
});
