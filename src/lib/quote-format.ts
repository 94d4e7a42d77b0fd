import type { Estimate, QuoteInputs } from './estimate.ts';
import type { EstimateModel } from './schemas/estimate-model.ts';
import { numberFormat } from './number-format.ts';
import { plural } from './plural.ts';

/** The total's name for the period it covers: "First-year total", "Total for 6 months", "One-time total"… */
export function totalName({ licenceMonths, maintenanceMonths }: Pick<QuoteInputs, 'licenceMonths' | 'maintenanceMonths'>): string {
  if (licenceMonths === 0 && maintenanceMonths === 0) return 'One-time total';
  if (licenceMonths === maintenanceMonths) return licenceMonths === 12 ? 'First-year total' : `Total for ${plural(licenceMonths, 'month')}`;
  return `Total with ${plural(licenceMonths, 'month')} of licences and ${plural(maintenanceMonths, 'month')} of maintenance`;
}

/** Formats an exact decimal amount in the model's currency, for the reader's locale. Strings keep it exact. */
export function formatMoney(amount: string, currency: string, locale?: string): string {
  // Intl.NumberFormat formats decimal strings exactly; the type definitions still say number.
  return numberFormat(locale, { style: 'currency', currency }).format(amount as unknown as number);
}

/** Formats hours: "12.5 h" in the reader's locale. */
export function formatHours(hours: string, locale?: string): string {
  return `${numberFormat(locale, { maximumFractionDigits: 2 }).format(hours as unknown as number)} h`;
}

/** "low – high", or one value when both ends are equal. */
export function formatRange(low: string, high: string, format: (value: string) => string): string {
  return low === high ? format(low) : `${format(low)} – ${format(high)}`;
}

/**
 * A text cell a spreadsheet will not run as a formula: one that begins with =, +, -, @, a tab or a carriage
 * return gets a leading ' (OWASP, CSV injection). A plain number, negative ones included, stays a number.
 */
export function neutraliseCell(field: string | number): string {
  const text = String(field);
  if (typeof field === 'number' || /^-?\d+(?:\.\d+)?$/.test(text)) return text;
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * One CSV line: each cell neutralised against formula injection, then fields with commas, quotes or line
 * breaks quoted with quotes doubled (RFC 4180).
 */
export function csvLine(fields: readonly (string | number)[]): string {
  return fields
    .map(neutraliseCell)
    .map((field) => (/[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field))
    .join(',');
}

/** The quote as CSV: one row per phase and amount, low and high in plain decimals, currency named in the header. */
export function quoteCsv(model: EstimateModel, inputs: QuoteInputs, result: Estimate): string {
  if (!result.quotable) return `${csvLine(['Item', 'Note'])}\r\n${csvLine(['Quote', result.reason])}\r\n`;
  const rows: (string | number)[][] = [['Item', 'Unit', 'Low', 'High']];
  for (const phase of result.phases) rows.push([phase.name, 'hours', phase.low, phase.high]);
  rows.push(['Total hours', 'hours', result.hours.low, result.hours.high]);
  rows.push([`Contingency (${inputs.contingencyPercent} %)`, 'hours', result.contingencyHours.low, result.contingencyHours.high]);
  const money = model.currency;
  rows.push([`Services (${inputs.hourlyRate} ${money} an hour)`, money, result.services.low, result.services.high]);
  rows.push([`Connector setup (${inputs.connectors})`, money, result.connectorSetup, result.connectorSetup]);
  rows.push(['One-time total', money, result.oneTime.low, result.oneTime.high]);
  rows.push([`Licences per month (${inputs.customers} customers)`, money, result.monthlyLicences, result.monthlyLicences]);
  rows.push(['Maintenance per month', money, result.monthlyMaintenance, result.monthlyMaintenance]);
  rows.push(['Recurring per month', money, result.monthly, result.monthly]);
  rows.push([`Licences for ${plural(inputs.licenceMonths, 'month')}`, money, result.licencesIncluded, result.licencesIncluded]);
  rows.push([`Maintenance for ${plural(inputs.maintenanceMonths, 'month')}`, money, result.maintenanceIncluded, result.maintenanceIncluded]);
  rows.push([totalName(inputs), money, result.total.low, result.total.high]);
  return rows.map(csvLine).join('\r\n') + '\r\n';
}
