import { describe, expect, it } from 'vitest';
import { type TEvaluation, ZEvaluation } from '../evaluation.js';
import { checkJsonSchema } from './__fixtures__/check-json-schema.js';
import {
  emptyEvaluation,
  hostileEvaluation,
  seedEvaluation,
  strongEvaluation,
} from './__fixtures__/evaluations.js';
import { renderJson } from './render-json.js';
import { reportJsonSchema } from './report-schema.js';

const FIXTURES = {
  seed: seedEvaluation,
  strong: strongEvaluation,
  hostile: hostileEvaluation,
  empty: emptyEvaluation,
};

describe('renderJson', () => {
  it.each(Object.entries(FIXTURES))('round-trips the %s evaluation through ZEvaluation', (_name, make) => {
    const evaluation = make();
    expect(ZEvaluation.parse(JSON.parse(renderJson(evaluation)))).toEqual(evaluation);
  });

  it('writes 2-space indented JSON with one trailing newline, in the schema’s key order', () => {
    const json = renderJson(strongEvaluation());
    expect(json).toBe(`${JSON.stringify(JSON.parse(json), null, 2)}\n`);
    expect(json.endsWith('}\n')).toBe(true);
    expect(json.split('\n').slice(0, 3)).toEqual(['{', '  "schemaVersion": 1,', '  "candidate": {']);
  });

  it.each(Object.entries(FIXTURES))('conforms to the published schema (%s)', (_name, make) => {
    expect(checkJsonSchema(reportJsonSchema(), JSON.parse(renderJson(make())))).toEqual([]);
  });

  it('the schema check it relies on does catch missing, extra and mistyped fields', () => {
    const value = JSON.parse(renderJson(seedEvaluation()));
    delete value.recommendation;
    value.extra = true;
    value.answers[0].turn = 0;
    expect(checkJsonSchema(reportJsonSchema(), value)).toEqual([
      '$: missing required "recommendation"',
      '$.answers[0].turn: not above exclusiveMinimum',
      '$: unexpected property "extra"',
    ]);
  });

  it('leaves out fields the report model does not define', () => {
    const evaluation = { ...seedEvaluation(), internalScore: 0.42 } as TEvaluation;
    const json = renderJson(evaluation);
    expect(json).not.toContain('internalScore');
  });

  it('refuses an evaluation that does not match the report model', () => {
    const evaluation = seedEvaluation();
    (evaluation as { recommendation: string }).recommendation = 'Maybe';
    expect(() => renderJson(evaluation)).toThrow(/recommendation/);
  });

  it('is deterministic', () => {
    expect(renderJson(strongEvaluation())).toBe(renderJson(strongEvaluation()));
  });
});
