// Makes a built dist/ folder an npm package (docs/hosts.md): package.json (name, the
// workspace's version, exports, types, files), the elements' types (static/versus.d.ts)
// and a short README. `npm pack dist/` then gives a tarball that installs anywhere, and
// `import "versus-widget"` defines <versus-compare> and <versus-artifact>.
//
// The package is the whole folder: the elements (versus.js, its stylesheet, the embed
// module, the built-in languages, the default catalog) link to the standalone site next
// to them (index.html and its pre-rendered pages), so both travel together.
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const NAME = 'versus-widget';

const dir = process.argv[2] ?? 'dist';
const cargo = readFileSync('Cargo.toml', 'utf8');
const workspace = (key) => new RegExp(`^\\[workspace\\.package\\][^[]*?^${key} = "([^"]+)"`, 'ms').exec(cargo)?.[1];
const version = workspace('version');
const license = workspace('license');
if (!version || !license) throw new Error('Cargo.toml has no [workspace.package] version or license');

copyFileSync('static/versus.d.ts', join(dir, 'versus.d.ts'));
writeFileSync(
  join(dir, 'README.md'),
  `# ${NAME}

"A vs B" decision cards from a JSON catalog, as two custom elements.

\`\`\`js
import '${NAME}';
\`\`\`

\`\`\`html
<versus-compare items="a,b" catalog="/catalog.json"></versus-compare>
<versus-artifact item="a" catalog="/catalog.json"></versus-artifact>
\`\`\`

The folder is served as it is: \`versus.js\` loads its stylesheet, its WebAssembly and its
languages from next to itself. Events (\`versus:ready\`, \`versus:select\`, \`versus:change\`,
\`versus:error\`), properties and types for React and Vue: \`versus.d.ts\` and the project's
docs/hosts.md.
`,
);

const files = readdirSync(dir).filter((name) => name !== 'package.json' && !name.startsWith('.')).sort();
const manifest = {
  name: NAME,
  version,
  description: 'Embeddable "A vs B" comparison cards (<versus-compare>, <versus-artifact>) from a JSON catalog, in Rust and WebAssembly.',
  license,
  type: 'module',
  main: './versus.js',
  types: './versus.d.ts',
  exports: {
    '.': { types: './versus.d.ts', default: './versus.js' },
    './versus.css': './versus.css',
    './catalog.schema.json': './catalog.schema.json',
    './package.json': './package.json',
  },
  files,
  keywords: ['web-components', 'custom-elements', 'comparison', 'webassembly'],
};
writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`package ${NAME}@${version}: ${files.length} entries in ${dir}/package.json`);
