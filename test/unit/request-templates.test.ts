import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { intakeFields, requestSchema } from '../../src/lib/schemas/request.ts';
import { projectRoot } from '../helpers/project.ts';

// The "Request an integration" forms ask for exactly the fields of a request file, named in brackets, so that
// whoever turns an issue into content/requests/<id>.yaml copies answers field by field.

interface FormField {
  type: string;
  id?: string;
  attributes: { label?: string; options?: string[] };
  validations?: { required?: boolean };
}

const github = parse(readFileSync(join(projectRoot, '.github/ISSUE_TEMPLATE/request-integration.yml'), 'utf8')) as {
  body: FormField[];
};
const gitlab = readFileSync(join(projectRoot, '.gitlab/issue_templates/request-integration.md'), 'utf8');
const questions = github.body.filter((field) => field.type !== 'markdown');
const bracketed = (label = '') => /\[([\w.]+)\]$/.exec(label)?.[1];

/** The schema of the field at a dotted path, without its optional or default wrapper. */
function fieldAt(path: string): z.ZodType {
  let schema: z.ZodType = requestSchema;
  for (const key of path.split('.')) {
    while (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) schema = schema.unwrap() as z.ZodType;
    schema = (schema as z.ZodObject).shape[key] as z.ZodType;
  }
  while (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) schema = schema.unwrap() as z.ZodType;
  return schema;
}

/** Every answer the schema accepts for a field with a fixed set of them, as a form lists them. */
function choices(schema: z.ZodType): string[] | undefined {
  if (schema instanceof z.ZodEnum) return schema.options.map(String);
  if (schema instanceof z.ZodBoolean) return ['true', 'false'];
  if (
    schema instanceof z.ZodNumber &&
    schema.minValue !== null &&
    schema.maxValue !== null &&
    schema.maxValue - schema.minValue < 10
  )
    return Array.from({ length: schema.maxValue - schema.minValue + 1 }, (_, step) => String(schema.minValue! + step));
  return undefined;
}

describe('the request forms and the request schema', () => {
  it('the GitHub form asks for every intake field in the schema’s order, each named in brackets, and for nothing else', () => {
    expect(questions.map((field) => bracketed(field.attributes.label))).toEqual(intakeFields());
    // GitHub's field ids may not hold dots: the path with underscores.
    expect(questions.map((field) => field.id)).toEqual(intakeFields().map((path) => path.replaceAll('.', '_')));
  });

  it('the GitLab template has one heading per intake field, in the same order', () => {
    const headings = [...gitlab.matchAll(/^## .*\[([\w.]+)\]$/gm)].map((match) => match[1]);
    expect(headings).toEqual(intakeFields());
  });

  it('offers exactly the answers the schema accepts wherever it accepts a fixed set', () => {
    for (const field of questions) {
      const path = bracketed(field.attributes.label)!;
      const accepted = choices(fieldAt(path));
      if (field.type === 'dropdown') expect(field.attributes.options, path).toEqual(accepted);
      else expect(accepted, `${path} has a fixed set of answers: make it a dropdown`).toBeUndefined();
    }
  });

  it('requires in the form what the schema requires of a new request', () => {
    const shape = requestSchema.shape as Record<string, z.ZodType>;
    const requiredTop = (path: string) => {
      const top = shape[path.split('.')[0]!]!;
      return !(top instanceof z.ZodOptional || top instanceof z.ZodDefault);
    };
    for (const field of questions) {
      const path = bracketed(field.attributes.label)!;
      expect(Boolean(field.validations?.required), path).toBe(requiredTop(path));
    }
  });
});
