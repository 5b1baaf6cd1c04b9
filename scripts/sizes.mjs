// Prints raw and brotli sizes of what a page downloads from a trunk dist/ folder.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
let total = { raw: 0, br: 0 };
for (const name of readdirSync(dir).sort()) {
  const path = join(dir, name);
  if (!statSync(path).isFile() || !/\.(wasm|js|css|html)$/.test(name)) continue;
  const bytes = readFileSync(path);
  const br = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  total.raw += bytes.length; total.br += br;
  console.log(`size ${name.replace(/-[0-9a-f]{16}/, '')}: ${kib(bytes.length)} raw, ${kib(br)} brotli`);
}
console.log(`size total: ${kib(total.raw)} raw, ${kib(total.br)} brotli`);
