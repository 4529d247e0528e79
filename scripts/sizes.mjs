// Prints the raw and gzip size of each entrypoint in a build folder (default .output/chrome-mv3):
// content scripts and the background by their file, HTML pages by the JS and CSS they load.
// Usage: node scripts/sizes.mjs [build folder] [--json]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const json = args.includes('--json');
const dir = path.resolve(args.find((arg) => !arg.startsWith('--')) ?? '.output/chrome-mv3');

const sizeOf = (file) => {
  const body = readFileSync(path.join(dir, file));
  return { raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
};

/** The chunks and stylesheets an HTML page loads, and the chunks those import, once each. */
function assetsOfPage(html) {
  const text = readFileSync(path.join(dir, html), 'utf8');
  const found = [...text.matchAll(/(?:src|href)="\/?((?:chunks|assets)\/[^"]+)"/g)].map((m) => m[1]);
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.endsWith('.js')) return;
    const code = readFileSync(path.join(dir, file), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) visit(`chunks/${m[1]}`);
  };
  found.forEach(visit);
  return [...seen];
}

const list = (sub) => {
  try {
    return readdirSync(path.join(dir, sub)).map((f) => `${sub}/${f}`);
  } catch {
    return [];
  }
};

const rows = [];
if (statSync(path.join(dir, 'background.js'), { throwIfNoEntry: false }))
  rows.push(['background', ['background.js']]);
for (const file of list('content-scripts').filter((f) => f.endsWith('.js') || f.endsWith('.css')))
  rows.push([
    file
      .replace(/^content-scripts\//, '')
      .replace(/\.(js|css)$/, ` (content script${file.endsWith('.css') ? ' CSS' : ''})`),
    [file],
  ]);
for (const html of readdirSync(dir).filter((f) => f.endsWith('.html')))
  rows.push([html.replace(/\.html$/, ' (page)'), assetsOfPage(html)]);

const table = rows.map(([name, files]) => {
  const total = files
    .map(sizeOf)
    .reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
  return { entrypoint: name, files: files.length, ...total };
});

if (json) {
  console.log(JSON.stringify(table, null, 2));
} else {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`Sizes in ${path.relative(process.cwd(), dir) || '.'} (gzip level 9)`);
  console.log(`  ${'entrypoint'.padEnd(32)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}  files`);
  for (const row of table)
    console.log(
      `  ${row.entrypoint.padEnd(32)} ${kb(row.raw).padStart(10)} ${kb(row.gzip).padStart(10)}  ${row.files}`,
    );
}
