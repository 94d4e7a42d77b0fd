// Reads the one-line doc comments of the schema modules, so the JSON Schemas editors use describe each
// field in the words the schema module already has. Development only: it needs `typescript` (a
// devDependency) and runs in `npm run schemas` and the unit tests, never in a team's handbook.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import type { z } from 'zod';

/** What a schema's doc comments say: its own description and, for an object, each field's. */
export interface FieldDoc {
  /** The doc comment above the declaration or field, on one line. */
  description?: string;
  /** The fields of the object it is (or holds, through arrays, records, `.optional()` and the like), by name. */
  fields?: Record<string, FieldDoc>;
}

/** A module's top-level `const`s and the names it imports, enough to follow an identifier to the schema it names. */
interface ModuleScope {
  consts: Map<string, { declaration: ts.VariableDeclaration; exported: boolean }>;
  imports: Map<string, { file: string; name: string }>;
}

/** The text of a node's doc comment, whitespace folded to single spaces; undefined when it has none. */
function docComment(node: ts.Node): string | undefined {
  const text = ts
    .getJSDocCommentsAndTags(node)
    .filter(ts.isJSDoc)
    .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text || undefined;
}

function scopeOf(sourceFile: ts.SourceFile): ModuleScope {
  const scope: ModuleScope = { consts: new Map(), imports: new Map() };
  for (const statement of sourceFile.statements) {
    if (ts.isVariableStatement(statement)) {
      const exported = statement.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword) ?? false;
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name)) scope.consts.set(declaration.name.text, { declaration, exported });
      }
    } else if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const bindings = statement.importClause?.namedBindings;
      if (!bindings || !ts.isNamedImports(bindings) || !statement.moduleSpecifier.text.startsWith('.')) continue;
      const file = resolve(dirname(sourceFile.fileName), statement.moduleSpecifier.text);
      for (const element of bindings.elements) {
        scope.imports.set(element.name.text, { file, name: (element.propertyName ?? element.name).text });
      }
    }
  }
  return scope;
}

/** zod's constructors that take the object's fields as their first argument. */
const objectConstructors = new Set(['object', 'strictObject', 'looseObject']);

/**
 * Reads the doc comments of every exported schema in the given TypeScript modules (absolute paths), keyed
 * by `<path>#<export name>`. It follows a field's schema through `z.array(…)`, `z.record(…, …)`, method
 * chains (`.optional()`, `.refine(…)`, …) and consts of the same or an imported module, to the object
 * literal of a nested `z.strictObject({…})`, whose fields it reads in turn. It parses the modules and
 * runs none of them.
 */
export function readFieldDocs(files: readonly string[]): Map<string, FieldDoc> {
  const scopes = new Map<string, ModuleScope>();
  const scope = (file: string) => {
    let found = scopes.get(file);
    if (!found) {
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
      found = scopeOf(source);
      scopes.set(file, found);
    }
    return found;
  };

  const fieldsOf = (node: ts.Expression, file: string, seen: ReadonlySet<string>): Record<string, FieldDoc> | undefined => {
    if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) {
      return fieldsOf(node.expression, file, seen);
    }
    if (ts.isIdentifier(node)) {
      const key = `${file}#${node.text}`;
      if (seen.has(key)) return undefined;
      const local = scope(file).consts.get(node.text)?.declaration.initializer;
      if (local) return fieldsOf(local, file, new Set([...seen, key]));
      const imported = scope(file).imports.get(node.text);
      const declaration = imported && scope(imported.file).consts.get(imported.name)?.declaration.initializer;
      return imported && declaration ? fieldsOf(declaration, imported.file, new Set([...seen, key])) : undefined;
    }
    if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return undefined;
    const { expression: receiver, name } = node.expression;
    const [first, second] = node.arguments;
    if (ts.isIdentifier(receiver) && receiver.text === 'z') {
      if (objectConstructors.has(name.text) && first && ts.isObjectLiteralExpression(first)) {
        return objectFields(first, file, seen);
      }
      if (name.text === 'array' && first) return fieldsOf(first, file, seen);
      if (name.text === 'record' && second) return fieldsOf(second, file, seen);
      return undefined;
    }
    // A method of a schema (.optional(), .min(1), .refine(…), .default(…)) describes the same fields.
    return fieldsOf(receiver, file, seen);
  };

  const objectFields = (literal: ts.ObjectLiteralExpression, file: string, seen: ReadonlySet<string>) => {
    const fields: Record<string, FieldDoc> = {};
    for (const property of literal.properties) {
      let value: ts.Expression;
      if (ts.isPropertyAssignment(property)) value = property.initializer;
      else if (ts.isShorthandPropertyAssignment(property)) value = property.name;
      else continue;
      if (!ts.isIdentifier(property.name) && !ts.isStringLiteral(property.name)) continue;
      const description = docComment(property);
      const nested = fieldsOf(value, file, seen);
      fields[property.name.text] = { ...(description ? { description } : {}), ...(nested ? { fields: nested } : {}) };
    }
    return fields;
  };

  const docs = new Map<string, FieldDoc>();
  for (const file of files) {
    for (const [name, { declaration, exported }] of scope(file).consts) {
      if (!exported || !declaration.initializer) continue;
      const fields = fieldsOf(declaration.initializer, file, new Set([`${file}#${name}`]));
      if (!fields) continue;
      const description = docComment(declaration);
      docs.set(`${file}#${name}`, { ...(description ? { description } : {}), fields });
    }
  }
  return docs;
}

/**
 * The doc comments of every exported object schema of the given modules, keyed by the schema itself:
 * imports each module and pairs its exports with what `readFieldDocs` read from its source.
 */
export async function schemaDocs(files: readonly string[]): Promise<Map<z.ZodType, FieldDoc>> {
  const docs = readFieldDocs(files);
  const bySchema = new Map<z.ZodType, FieldDoc>();
  for (const file of files) {
    const module: Record<string, unknown> = await import(pathToFileURL(file).href);
    for (const [name, value] of Object.entries(module)) {
      const doc = docs.get(`${file}#${name}`);
      if (doc) bySchema.set(value as z.ZodType, doc);
    }
  }
  return bySchema;
}
