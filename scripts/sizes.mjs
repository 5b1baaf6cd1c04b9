// Prints raw and brotli sizes of what pages download, from a built dist/ folder: each file,
// then what the standalone site and a host page (versus.js) download for the first card.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const sizes = {};
for (const name of readdirSync(dir).sort()) {
  const path = join(dir, name);
  if (!statSync(path).isFile() || !/\.(wasm|js|css|html)$/.test(name)) continue;
  const bytes = readFileSync(path);
  const br = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  sizes[name] = { raw: bytes.length, br };
  console.log(`size ${name}: ${kib(bytes.length)} raw, ${kib(br)} brotli`);
}
const sum = (names) => names.reduce((total, name) => {
  const size = sizes[name] ?? { raw: 0, br: 0 };
  return { raw: total.raw + size.raw, br: total.br + size.br };
}, { raw: 0, br: 0 });
for (const [label, names] of [
  ['site, wasm + js', ['versus-app_bg.wasm', 'versus-app.js', 'preload.js']],
  ['host page, wasm + js', ['versus-embed_bg.wasm', 'versus-embed.js', 'versus.js']],
]) {
  const total = sum(names);
  console.log(`size first card, ${label}: ${kib(total.raw)} raw, ${kib(total.br)} brotli`);
}
