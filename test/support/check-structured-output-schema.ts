/**
 * The structured-output rules each provider documents for the JSON schema a request carries,
 * checked on the schema Candor's requests actually send. Returns the problems (empty: accepted).
 *
 * - `openai-strict` (Structured Outputs, `strict: true`, Responses and Chat Completions): the root
 *   is an object; every object has `additionalProperties: false` and lists every property in
 *   `required`; only the supported keywords; at most 10 levels of nesting, 5000 properties and
 *   1000 enum values.
 * - `gemini` (`generationConfig.responseSchema`, a subset of the OpenAPI 3.0 Schema object): only
 *   its fields (type, format, title, description, nullable, enum, items, properties, required,
 *   propertyOrdering, anyOf, min/max items, properties, length, minimum, maximum, pattern, example,
 *   default): no `additionalProperties`, `$ref`, `$defs`, `$schema`, `const`, `oneOf`, `allOf`; one
 *   type name per schema (null is `nullable: true`); `required` names existing properties; an
 *   object declares properties.
 * - `anthropic` (structured outputs `output_config.format`, and a tool's `input_schema`): every
 *   object closed with `additionalProperties: false`; no numeric constraints, no string length
 *   constraints, array `minItems` only 0 or 1; no recursion; only the supported keywords; a tool's
 *   input schema is an object at the root.
 */
export type TSchemaRules = 'openai-strict' | 'gemini' | 'anthropic' | 'anthropic-tool';

const OPENAI_KEYWORDS = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'enum',
  'const',
  'anyOf',
  '$ref',
  '$defs',
  'definitions',
  'description',
  'title',
  'pattern',
  'format',
  'multipleOf',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'minItems',
  'maxItems',
]);
const GEMINI_KEYWORDS = new Set([
  'type',
  'format',
  'title',
  'description',
  'nullable',
  'enum',
  'maxItems',
  'minItems',
  'properties',
  'required',
  'minProperties',
  'maxProperties',
  'minLength',
  'maxLength',
  'pattern',
  'example',
  'anyOf',
  'propertyOrdering',
  'default',
  'items',
  'minimum',
  'maximum',
]);
const ANTHROPIC_KEYWORDS = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'enum',
  'const',
  'anyOf',
  'allOf',
  '$ref',
  '$defs',
  'definitions',
  'description',
  'title',
  'default',
  'format',
  'pattern',
  'minItems',
]);
const JSON_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);
const GEMINI_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array']);

type TSchema = Record<string, unknown>;

export function checkStructuredOutputSchema(rules: TSchemaRules, schema: unknown): string[] {
  const problems: string[] = [];
  if (!isSchema(schema)) return ['the schema is not an object'];
  const keywords =
    rules === 'openai-strict' ? OPENAI_KEYWORDS : rules === 'gemini' ? GEMINI_KEYWORDS : ANTHROPIC_KEYWORDS;
  let properties = 0;
  let enumValues = 0;
  let depth = 0;

  const visit = (node: TSchema, path: string, level: number, seen: readonly TSchema[]) => {
    if (seen.includes(node)) {
      problems.push(`${path}: recursive schema`);
      return;
    }
    depth = Math.max(depth, level);
    for (const key of Object.keys(node)) {
      if (key === '$schema' && path === '$' && rules !== 'gemini') continue;
      if (!keywords.has(key)) problems.push(`${path}: unsupported keyword "${key}"`);
    }

    const type = node.type;
    if (rules === 'gemini') {
      if (type !== undefined && (typeof type !== 'string' || !GEMINI_TYPES.has(type.toLowerCase())))
        problems.push(`${path}: type must be one type name (got ${JSON.stringify(type)})`);
    } else if (type !== undefined) {
      const types = Array.isArray(type) ? type : [type];
      if (!types.every((name) => typeof name === 'string' && JSON_TYPES.has(name)))
        problems.push(`${path}: unknown type ${JSON.stringify(type)}`);
    }

    const isObject =
      type === 'object' ||
      (Array.isArray(type) && type.includes('object')) ||
      (typeof type === 'string' && type.toLowerCase() === 'object');
    const props = isSchema(node.properties) ? node.properties : undefined;
    const required = Array.isArray(node.required) ? (node.required as string[]) : [];
    if (isObject) {
      const names = Object.keys(props ?? {});
      properties += names.length;
      if (rules !== 'gemini' && node.additionalProperties !== false)
        problems.push(`${path}: an object must set additionalProperties: false`);
      if (rules === 'openai-strict') {
        for (const name of names) {
          if (!required.includes(name)) problems.push(`${path}: property "${name}" is not required`);
        }
      }
      if (rules === 'gemini' && names.length === 0)
        problems.push(`${path}: an object declares no properties`);
    }
    for (const name of required) {
      if (props === undefined || !(name in props))
        problems.push(`${path}: required "${name}" is not a property`);
    }
    if (Array.isArray(node.enum)) enumValues += node.enum.length;
    if (rules.startsWith('anthropic') && typeof node.minItems === 'number' && node.minItems > 1)
      problems.push(`${path}: minItems may only be 0 or 1`);

    const children: [string, unknown][] = [
      ...Object.entries(props ?? {}).map(([name, child]) => [`${path}.${name}`, child] as [string, unknown]),
      [`${path}[]`, node.items],
      ...((Array.isArray(node.anyOf) ? node.anyOf : []) as unknown[]).map(
        (child, index) => [`${path}|${index}`, child] as [string, unknown],
      ),
      ...Object.entries(isSchema(node.$defs) ? node.$defs : {}).map(
        ([name, child]) => [`$defs.${name}`, child] as [string, unknown],
      ),
    ];
    for (const [childPath, child] of children) {
      if (isSchema(child)) visit(child, childPath, level + 1, [...seen, node]);
    }
  };

  if (rules === 'openai-strict' && schema.type !== 'object') problems.push('$: the root must be an object');
  if (rules === 'anthropic-tool' && schema.type !== 'object')
    problems.push('$: a tool input schema must be an object');
  visit(schema, '$', 1, []);
  if (rules === 'openai-strict') {
    if (depth > 10) problems.push(`nesting is ${depth} levels deep (at most 10)`);
    if (properties > 5000) problems.push(`${properties} properties (at most 5000)`);
    if (enumValues > 1000) problems.push(`${enumValues} enum values (at most 1000)`);
  }
  return problems;
}

function isSchema(value: unknown): value is TSchema {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
