import { z } from 'zod';
import { line, webUrl } from './common.ts';

/** What kind of business system it is; groups guides on the home page. */
export const systemCategories = [
  'crm',
  'billing',
  'erp',
  'support',
  'hr',
  'marketing',
  'learning',
  'file-transfer',
  'data-warehouse',
  'integration-platform',
  'other',
] as const;
export type SystemCategory = (typeof systemCategories)[number];

/** Ways a system exchanges data. */
export const systemApis = ['rest', 'soap', 'graphql', 'webhook', 'bulk', 'sftp', 'file', 'database'] as const;
/** Ways a system authenticates clients. */
export const systemAuths = ['oauth2', 'api-key', 'basic', 'ssh-key', 'saml', 'token'] as const;

/** A system that guides integrate (`content/systems/<id>.yaml`). */
export const systemSchema = z.strictObject({
  /** Product name as people say it, e.g. "NetSuite". */
  name: line,
  /** crm, billing, erp, support, hr, marketing, learning, file-transfer, data-warehouse, integration-platform or other. */
  category: z.enum(systemCategories),
  /** How it exchanges data, e.g. [rest, webhook]. */
  api: z.array(z.enum(systemApis)).min(1, 'at least one API style, such as rest'),
  /** How clients authenticate, e.g. [oauth2]. */
  auth: z.array(z.enum(systemAuths)).min(1, 'at least one authentication method, such as oauth2'),
  /** The vendor's API documentation. */
  docs: webUrl.optional(),
  /** Facts an integrator should know (rate limits, sandboxes, quirks). */
  notes: line.optional(),
});

export type SystemInput = z.input<typeof systemSchema>;
export type System = z.output<typeof systemSchema>;
