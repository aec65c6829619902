import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OUTPUTS, SOURCES, STAMP, staleReason } from './build-if-stale.mjs';

/** A checkout in a temporary folder: every source present, built at `builtAt` unless told not to. */
function checkout(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ledgerpost-build-'));
  for (const source of SOURCES) {
    const file = path.extname(source) ? source : path.join(source, 'index.ts');
    fs.mkdirSync(path.join(root, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), 'x');
  }
  return root;
}

const past = new Date(Date.now() - 3_600_000);
const later = new Date(Date.now() - 1_800_000);

/** Dates every file and folder under `root` at `when`. */
function dateAll(root: string, when: Date) {
  const walk = (target: string) => {
    if (fs.statSync(target).isDirectory())
      for (const entry of fs.readdirSync(target)) walk(path.join(target, entry));
    fs.utimesSync(target, when, when);
  };
  walk(root);
}

function finishBuild(root: string, when: Date) {
  for (const output of [...OUTPUTS, STAMP]) {
    fs.mkdirSync(path.join(root, path.dirname(output)), { recursive: true });
    fs.writeFileSync(path.join(root, output), 'built');
  }
  fs.utimesSync(path.join(root, STAMP), when, when);
}

describe('whether npm start must build', () => {
  let root: string;
  beforeEach(() => {
    root = checkout();
    dateAll(root, past);
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('builds when it never built, or the last build did not finish', () => {
    expect(staleReason(root)).toBe('no finished build');
  });

  it('skips the build when dist/ is newer than every source', () => {
    finishBuild(root, later);
    expect(staleReason(root)).toBeNull();
  });

  it('builds when an output is missing', () => {
    finishBuild(root, later);
    fs.rmSync(path.join(root, 'dist/client/index.html'));
    expect(staleReason(root)).toBe('dist/client/index.html is missing');
  });

  it('builds when a source of the server, the client, the migrations or the config changed', () => {
    for (const source of [
      'server/src/modules/email/email.template.ts',
      'client/src/features/settings/LogoSection.tsx',
      'migrations/Migration20261129130000.ts',
      'package-lock.json',
      'client/vite.config.ts',
    ]) {
      dateAll(root, past);
      finishBuild(root, later);
      const file = path.join(root, source);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, 'changed');
      expect(staleReason(root), source).toMatch(/ changed$/);
    }
  });

  it('builds when a source file was deleted (its folder changed)', () => {
    fs.writeFileSync(path.join(root, 'server/src/gone.ts'), 'x');
    dateAll(root, past);
    finishBuild(root, later);
    fs.rmSync(path.join(root, 'server/src/gone.ts'));
    expect(staleReason(root)).toBe('server/src changed');
  });

  it('does not build for a changed test, or a file under node_modules', () => {
    finishBuild(root, later);
    fs.writeFileSync(path.join(root, 'server/src/index.test.ts'), 'x');
    fs.mkdirSync(path.join(root, 'client/src/node_modules'), { recursive: true });
    fs.writeFileSync(path.join(root, 'client/src/node_modules/x.js'), 'x');
    // The folders themselves changed when the files were added: dated back, as an editor saving a
    // test in an existing folder leaves them.
    for (const folder of ['server/src', 'client/src', 'client/src/node_modules'])
      fs.utimesSync(path.join(root, folder), past, past);
    expect(staleReason(root)).toBeNull();
  });
});
