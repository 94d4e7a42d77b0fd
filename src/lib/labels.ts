import { collections } from './content/collections.ts';
import type { SystemCategory } from './schemas/system.ts';

/** How each system category is named for readers. */
export const categoryLabels: Record<SystemCategory, string> = {
  crm: 'CRM',
  billing: 'Billing',
  erp: 'ERP',
  support: 'Support',
  hr: 'HR',
  marketing: 'Marketing',
  learning: 'Learning',
  'file-transfer': 'File transfer',
  'data-warehouse': 'Data warehouse',
  'integration-platform': 'Integration platform',
  other: 'Other',
};

/** Reader-facing names of guide sizes. */
export const sizeLabels = { S: 'Small', M: 'Medium', L: 'Large', XL: 'Extra large' } as const;

/** Reader-facing names of API styles and authentication methods. */
export const apiLabels: Record<string, string> = {
  rest: 'REST',
  soap: 'SOAP',
  graphql: 'GraphQL',
  webhook: 'Webhooks',
  bulk: 'Bulk API',
  sftp: 'SFTP',
  file: 'Files',
  database: 'Database',
  oauth2: 'OAuth 2.0',
  'api-key': 'API key',
  basic: 'Basic auth',
  'ssh-key': 'SSH key',
  saml: 'SAML',
  token: 'Token',
};

/** Reader-facing names of the collections, singular and plural, with the folder their pages live under. */
export const kindLabels = {
  guides: { one: 'Guide', many: 'Guides', folder: collections.guides.folder },
  antiPatterns: { one: 'Anti-pattern', many: 'Anti-patterns', folder: collections.antiPatterns.folder },
  security: { one: 'Security note', many: 'Security notes', folder: collections.security.folder },
  systems: { one: 'System', many: 'Systems', folder: collections.systems.folder },
  handbook: { one: 'Handbook page', many: 'Handbook', folder: collections.handbook.folder },
} as const;

/** Capitalises the first letter: "high" → "High". */
export const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
