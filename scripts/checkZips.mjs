// Checks what `npm run zip` wrote: a store zip per browser with its manifest at the top, and a sources zip
// for Mozilla's review that can rebuild the extension and holds no local output. Lists every zip's entries.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const outDir = process.env.WXT_OUT_DIR ?? '.output';
const zipPath = (suffix) => path.join(outDir, `${pkg.name}-${pkg.version}-${suffix}.zip`);

/** The entries of a zip file, read from its central directory: name and a way to read the content. */
function readZip(file) {
  const buf = readFileSync(file);
  let end = buf.length - 22;
  while (end >= 0 && buf.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error(`${file} is not a zip file`);
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: damaged central directory`);
    const method = buf.readUInt16LE(at + 10);
    const compressedSize = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const localOffset = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    const read = () => {
      const start =
        localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28);
      const data = buf.subarray(start, start + compressedSize);
      return method === 0 ? data : inflateRawSync(data);
    };
    entries.push({ name, read });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

const problems = [];

function checkStoreZip(browser, expectGecko) {
  const file = zipPath(browser);
  let entries;
  try {
    entries = readZip(file);
  } catch (error) {
    problems.push(`${file}: ${error.message}`);
    return;
  }
  const manifestEntry = entries.find((entry) => entry.name === 'manifest.json');
  console.log(`${file} (${statSync(file).size} bytes, ${entries.length} entries)`);
  for (const entry of entries) console.log(`  ${entry.name}`);
  if (!manifestEntry) {
    problems.push(`${file} has no manifest.json at its top level`);
    return;
  }
  const manifest = JSON.parse(manifestEntry.read().toString('utf8'));
  if (manifest.version !== pkg.version) problems.push(`${file}: manifest version ${manifest.version}`);
  if (!entries.some((entry) => entry.name === '_locales/en/messages.json')) {
    problems.push(`${file} has no English messages`);
  }
  const gecko = manifest.browser_specific_settings?.gecko?.id;
  if (expectGecko && !gecko) problems.push(`${file}: the Firefox manifest has no gecko id`);
  if (!expectGecko && gecko) problems.push(`${file}: a Firefox-only manifest in the ${browser} zip`);
}

checkStoreZip('chrome', false);
checkStoreZip('edge', false);
checkStoreZip('firefox', true);

const sourcesFile = zipPath('sources');
try {
  const names = readZip(sourcesFile).map((entry) => entry.name);
  console.log(`${sourcesFile} (${statSync(sourcesFile).size} bytes, ${names.length} entries)`);
  for (const name of names) console.log(`  ${name}`);
  for (const needed of [
    'package.json',
    'package-lock.json',
    'wxt.config.ts',
    'README.md',
    'locales/en.yml',
  ]) {
    if (!names.includes(needed)) problems.push(`${sourcesFile} lacks ${needed}`);
  }
  const junk =
    /^(node_modules|\.output|\.wxt|test-results|playwright-report|reports|handouts|demo-screenshots|tests)\/|(^|\/)node_modules\/|\.log$/;
  for (const name of names.filter((n) => junk.test(n))) problems.push(`${sourcesFile} holds ${name}`);
} catch (error) {
  problems.push(`${sourcesFile}: ${error.message}`);
}

if (problems.length) {
  console.error(`\ncheckZips: ${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('\ncheckZips: the Chrome, Edge and Firefox zips and the sources zip are complete and clean.');
