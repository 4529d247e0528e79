#!/usr/bin/env node
// Builds the Firefox add-on and runs Mozilla's `web-ext lint` on it: any error or warning fails.
// React DOM's own innerHTML assignments are removed at build time (scripts/noMarkupInReactDom.ts), so
// nothing needs to be allowed here.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const outDir = process.env.WXT_OUT_DIR ?? '.output';
const source = path.resolve(root, outDir, 'firefox-mv2');

execFileSync(bin('wxt'), ['build', '-b', 'firefox'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (!existsSync(path.join(source, 'manifest.json'))) {
  console.error(`lint:firefox: no Firefox build in ${source}`);
  process.exit(1);
}

const run = spawnSync(bin('web-ext'), ['lint', '--source-dir', source, '--output', 'json', '--no-input'], {
  cwd: root,
  encoding: 'utf8',
});
let report;
try {
  report = JSON.parse(run.stdout);
} catch {
  console.error('lint:firefox: web-ext lint gave no JSON report\n', run.stdout, run.stderr);
  process.exit(1);
}

const findings = [
  ...report.errors.map((m) => ({ ...m, kind: 'error' })),
  ...report.warnings.map((m) => ({ ...m, kind: 'warning' })),
];
for (const m of findings) {
  const where = m.file ? `${m.file}${m.line ? `:${m.line}` : ''}` : 'add-on';
  console.error(`  ${m.kind} ${m.code} ${where}: ${m.message}`);
}
const { errors, warnings, notices } = report.summary;
console.log(
  `lint:firefox: ${errors} errors, ${warnings} warnings, ${notices} notices (${path.relative(root, source)})`,
);
process.exit(findings.length === 0 ? 0 : 1);
