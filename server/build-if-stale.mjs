// `npm start`: builds the server and the web client only when a source changed since the last
// build, and keeps the build's output to itself unless it fails, so the start-up banner is the last
// thing printed. Plain JavaScript: it runs before anything is compiled.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** What a build reads: the server's and client's sources, the migrations and the build's config. */
export const SOURCES = [
  'server/src',
  'migrations',
  'client/src',
  'client/index.html',
  'client/vite.config.ts',
  'client/tsconfig.json',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.build.json',
];
/** What a build must have left for the app to start. */
export const OUTPUTS = ['dist/server/src/main.js', 'dist/client/index.html'];
/** Written by a successful build, dated when that build started. */
export const STAMP = 'dist/.build-stamp';

/** Tests are not built: changing one does not make the build stale. */
const isTest = (name) => /\.test\.(ts|tsx)$/.test(name);

/** The newest modification time (ms) under `target` (a file or a folder), 0 when it is missing. */
function newestMtime(target) {
  let stat;
  try {
    stat = fs.statSync(target);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return isTest(target) ? 0 : stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted file changes its folder
  for (const entry of fs.readdirSync(target)) {
    if (entry === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

/**
 * Why the build in `root` must run again, or null when dist/ is newer than every source: no stamp
 * (never built here, or the last build failed), an output missing, or a source changed after the
 * last build started.
 */
export function staleReason(root) {
  let stamp;
  try {
    stamp = fs.statSync(path.join(root, STAMP)).mtimeMs;
  } catch {
    return 'no finished build';
  }
  const missing = OUTPUTS.find((output) => !fs.existsSync(path.join(root, output)));
  if (missing) return `${missing} is missing`;
  const changed = SOURCES.find((source) => newestMtime(path.join(root, source)) > stamp);
  return changed ? `${changed} changed` : null;
}

/** Runs `npm run build`, its output kept and shown only if it fails; then stamps dist/. */
function build(root, reason) {
  const started = new Date();
  process.stdout.write(`Building the server and the web client (${reason})…\n`);
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', 'build', '--silent'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (code) => {
      if (code !== 0) {
        process.stderr.write(Buffer.concat(output));
        process.stderr.write(`\nThe build failed (exit code ${code}).\n`);
        return resolve(code ?? 1);
      }
      const stamp = path.join(root, STAMP);
      fs.writeFileSync(stamp, `${started.toISOString()}\n`);
      // Dated when the build started: a source saved during the build makes the next start build again.
      fs.utimesSync(stamp, started, started);
      const seconds = ((Date.now() - started.getTime()) / 1000).toFixed(1);
      process.stdout.write(`Built in ${seconds} s.\n`);
      resolve(0);
    });
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const root = process.cwd();
  const reason = staleReason(root);
  if (reason === null) {
    process.stdout.write('The build is up to date (dist/ is newer than the sources).\n');
  } else {
    process.exitCode = await build(root, reason);
  }
}
