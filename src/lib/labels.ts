import type { SystemCategory } from './schemas/system.ts';
import type { RequestStatus } from './vocabulary.ts';

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
/** A request's status as the pipeline names its column. */
export const requestStatusLabels: Record<RequestStatus, string> = {
  funnel: 'Funnel',
  planned: 'Planned',
  building: 'Building',
  live: 'Live',
  declined: 'Declined',
};

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

/** Capitalises the first letter: "high" → "High". */
export const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
