// Versus embed loader. A host page writes:
//   <script type="module" src="https://cdn.example/versus/versus.js"></script>
//   <versus-compare items="a,b"></versus-compare>
// Everything else (the wasm, the stylesheet, the default catalog) is resolved next to this
// module, so the whole folder can sit on any CDN. One wasm instance serves every widget.
// It is the embed-only module (versus-embed), without the standalone site's pages.
import init, { register_elements } from './versus-embed.js';

const base = new URL('./', import.meta.url).href;
await init({ module_or_path: new URL('versus-embed_bg.wasm', base) });
register_elements(base);
