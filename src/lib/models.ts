import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { displayPath, readText } from './content/read.ts';
import type { Problem } from './content/problems.ts';
import { schemaProblems } from './content/schema-problems.ts';
import { parseYamlSource } from './content/source.ts';
import { defaultEstimateModel, estimateModelSchema, type EstimateModel } from './schemas/estimate-model.ts';
import { defaultScoringModel, scoringModelSchema, type ScoringModel } from './schemas/scoring-model.ts';
import { defaultMonitoringModel, monitoringModelSchema, type MonitoringModel } from './schemas/monitoring-model.ts';
import type { HandbookLocation } from './settings.ts';

/** The models the quote calculator, the portfolio and the monitoring of guides compute with. */
export interface Models {
  estimate: EstimateModel;
  scoring: ScoringModel;
  monitoring: MonitoringModel;
}

/** Every model, declared once: its file (`models/<name>.yaml`), its schema and its shipped default. */
export const modelSpecs = {
  estimate: { schema: estimateModelSchema, fallback: defaultEstimateModel },
  scoring: { schema: scoringModelSchema, fallback: defaultScoringModel },
  monitoring: { schema: monitoringModelSchema, fallback: defaultMonitoringModel },
} as const satisfies Record<keyof Models, { schema: z.ZodType; fallback: unknown }>;

/** The shipped default models. */
export function defaultModels(): Models {
  return {
    estimate: estimateModelSchema.parse(defaultEstimateModel),
    scoring: scoringModelSchema.parse(defaultScoringModel),
    monitoring: monitoringModelSchema.parse(defaultMonitoringModel),
  };
}

async function readModel<S extends z.ZodType>(
  { contentDir, root }: HandbookLocation,
  name: string,
  schema: S,
  fallback: z.input<S>,
): Promise<{ model: z.output<S>; problems: Problem[] }> {
  const path = join(contentDir, 'models', `${name}.yaml`);
  const file = displayPath(root, path);
  // No file: the shipped default model, so every handbook written to the contract still builds.
  if (!existsSync(path)) return { model: schema.parse(fallback), problems: [] };
  const read = readText(path, file);
  if ('problem' in read) return { model: schema.parse(fallback), problems: [read.problem] };
  const source = parseYamlSource(read.text, file);
  if (source.problems.length) return { model: schema.parse(fallback), problems: source.problems };
  const parsed = schema.safeParse(source.data ?? {});
  if (parsed.success) return { model: parsed.data, problems: [] };
  return { model: schema.parse(fallback), problems: schemaProblems(parsed.error.issues, source.data, schema, { file, source }) };
}

/**
 * Reads every model of `modelSpecs` (`models/<name>.yaml`) from the content folder, each optional.
 * An invalid model comes back as problems (reported with every other problem) and the default.
 */
export async function readModels(location: HandbookLocation): Promise<{ models: Models; problems: Problem[] }> {
  const [estimate, scoring, monitoring] = await Promise.all([
    readModel(location, 'estimate', modelSpecs.estimate.schema, modelSpecs.estimate.fallback),
    readModel(location, 'scoring', modelSpecs.scoring.schema, modelSpecs.scoring.fallback),
    readModel(location, 'monitoring', modelSpecs.monitoring.schema, modelSpecs.monitoring.fallback),
  ]);
  return {
    models: { estimate: estimate.model, scoring: scoring.model, monitoring: monitoring.model },
    problems: [...estimate.problems, ...scoring.problems, ...monitoring.problems],
  };
}
