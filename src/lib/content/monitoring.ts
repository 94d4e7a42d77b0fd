import { applyMonitoring, describeDefault } from '../monitoring.ts';
import type { Guide } from '../schemas/guide.ts';
import type { MonitoringModel } from '../schemas/monitoring-model.ts';
import type { Problem } from './problems.ts';
import type { YamlSource } from './source.ts';

/** How a loosened value reads in a message: "12", "false". */
const shown = (value: number | false) => String(value);

/**
 * A warning for each monitoring value of a guide that is laxer than the model's default (a later alert, a higher
 * error rate, a rarer compare job or none) when the guide names no one who approved it.
 */
export function monitoringProblems(
  guide: Guide,
  source: { file: string; yaml: Pick<YamlSource, 'locate'> },
  model: MonitoringModel,
): Problem[] {
  if (!guide.monitoring || guide.monitoring.approvedBy) return [];
  const applied = applyMonitoring(guide.monitoring, model);
  return applied.loosened.map((field) => ({
    file: source.file,
    ...source.yaml.locate(['monitoring', field]),
    severity: 'warning' as const,
    field: `monitoring.${field}`,
    message: `loosens the monitoring default without an approver (found: ${shown(applied[field].value)}; default: ${describeDefault(field, applied, model)})`,
    hint: `name who approved it in monitoring.approvedBy, or use the default`,
    rule: 'monitoring-default',
  }));
}
