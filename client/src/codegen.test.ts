// @vitest-environment node
import fs from 'node:fs/promises';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen';

describe('generated client code', () => {
  it('is what codegen makes from schema.graphql and the documents (run `npm run codegen`)', async () => {
    const outputs = await generate(
      { ...config, cwd: path.resolve(__dirname, '../..'), silent: true },
      false,
    );
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      const committed = await fs
        .readFile(path.resolve(__dirname, '../..', output.filename), 'utf8')
        .catch(() => '(missing)');
      expect(committed, output.filename).toBe(output.content);
    }
  });
});
