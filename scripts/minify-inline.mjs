// Minifies the inline scripts of a built page (dist/index.html) with terser. Trunk minifies
// the HTML but leaves an inline script as it is when its JS minifier cannot read it, and
// that minifier does not know dynamic `import()`, which index.html's loader uses.
import { readFileSync, writeFileSync } from 'node:fs';
import { minify } from 'terser';

const file = process.argv[2] ?? 'dist/index.html';
const html = readFileSync(file, 'utf8');
const pieces = [];
let last = 0;
for (const match of html.matchAll(/<script>([\s\S]*?)<\/script>/g)) {
  const { code } = await minify(match[1], { compress: true, mangle: true });
  pieces.push(html.slice(last, match.index), `<script>${code}</script>`);
  last = match.index + match[0].length;
}
pieces.push(html.slice(last));
writeFileSync(file, pieces.join(''));
