// Prints raw and brotli sizes of what pages download, from a built dist/ folder: each file,
// then what the standalone site and a host page (versus.js) download for the first card.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { firstCardFiles } from './first-card-files.mjs';

const dir = process.argv[2] ?? 'dist';
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

function size(name) {
  const bytes = readFileSync(join(dir, name));
  const br = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return { raw: bytes.length, br };
}

for (const name of readdirSync(dir).sort()) {
  if (!statSync(join(dir, name)).isFile() || !/\.(wasm|js|css|html)$/.test(name)) continue;
  const { raw, br } = size(name);
  console.log(`size ${name}: ${kib(raw)} raw, ${kib(br)} brotli`);
}
const { site, siteOther, host, hostLive } = firstCardFiles(dir);
for (const [label, names] of [
  ['first card, site, wasm + js', site],
  ['first card, host page, pre-rendered card, js', host],
  ['first card, host page, live widget, wasm + js', hostLive],
  ["site's other pages, wasm + js", siteOther],
]) {
  const total = names.map(size).reduce((sum, s) => ({ raw: sum.raw + s.raw, br: sum.br + s.br }), { raw: 0, br: 0 });
  console.log(`size ${label}: ${kib(total.raw)} raw, ${kib(total.br)} brotli (${names.join(', ')})`);
}
