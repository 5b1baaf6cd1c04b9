// See wasm-bench.html. Every figure is in milliseconds unless named otherwise.
const params = new URLSearchParams(location.search);
const url = params.get('catalog');
const mode = params.get('mode') ?? 'json';
const runs = Number(params.get('runs') ?? 5);
const queries = Number(params.get('queries') ?? 1000);
const wasmUrl = params.get('wasm') ?? '../out/versus-bench.wasm';

const median = (xs) => [...xs].sort((p, q) => p - q)[Math.floor((xs.length - 1) / 2)];

// Steady-state figures, the same way for JSON.parse and for wasm: untimed warm-up passes
// first, at least `warmups` of them and more until a second has gone into warming up
// (wasm functions start in V8's baseline compiler and are optimized once hot; JSON.parse
// also gets faster on a text it has seen, from about 0.18 to 0.16 ms at 20 artifacts).
// Three passes were not enough: at 20 artifacts the wasm median then swung between 0.29
// and 0.50 ms from one page to the next, as functions were or were not optimized yet.
// Small inputs also repeat more, so that the median is not taken over a handful of
// sub-millisecond timings.
const WARM_UP_MS = Number(params.get('warm_up_ms') ?? 1000);
let warmups = 1;
let reps = runs;
function sizeRepeats(bytes) {
  warmups = bytes < 50e6 ? 3 : 1;
  reps = Math.max(runs, Math.min(50, Math.ceil(20e6 / bytes)));
}

function repeat(n, f) {
  const warmStart = performance.now();
  for (let i = 0; i < warmups || (i < 5000 && performance.now() - warmStart < WARM_UP_MS); i++) f();
  const times = [];
  for (let i = 0; i < n; i++) {
    const t = f();
    if (t < 0) throw new Error(`benchmark step failed (${t})`);
    times.push(t);
  }
  return median(times);
}

async function json() {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  sizeRepeats(bytes.length);
  let t = performance.now();
  const text = new TextDecoder().decode(bytes);
  const decode = performance.now() - t;
  const parse = repeat(reps, () => {
    const start = performance.now();
    const value = JSON.parse(text);
    const ms = performance.now() - start;
    if (!value.artifacts) throw new Error('no artifacts');
    return ms;
  });
  return { bytes: bytes.length, decode_ms: decode, json_parse_ms: parse };
}

async function wasm() {
  const module = await WebAssembly.compileStreaming(fetch(wasmUrl));
  const imports = {};
  for (const { module: name, name: field, kind } of WebAssembly.Module.imports(module)) {
    if (kind !== 'function') continue;
    imports[name] ??= {};
    imports[name][field] = () => { throw new Error(`unexpected import ${name}.${field}`); };
  }
  imports.bench.now = () => performance.now();
  const { exports: e } = await WebAssembly.instantiate(module, imports);
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  sizeRepeats(bytes.length);
  // What the widget does with the catalog first: copy the response bytes into wasm memory.
  const ptr = e.bench_input(bytes.length) >>> 0;
  const t = performance.now();
  new Uint8Array(e.memory.buffer, ptr, bytes.length).set(bytes);
  const copy = performance.now() - t;
  const out = { bytes: bytes.length, bytes_to_wasm_ms: copy };
  out.parse_catalog_ms = repeat(reps, () => e.bench_parse_catalog());
  // Last, so the kept catalog (for related and views) is the one the widget would have.
  out.chunked_parse_ms = repeat(reps, () => e.bench_chunked_parse());
  out.artifacts = e.bench_artifacts();
  out.related_build_ms = repeat(reps, () => e.bench_related_build());
  out.related_top10_median_us = e.bench_related_query(queries);
  out.related_top10_p95_us = e.bench_related_p95();
  out.compare_view_median_us = e.bench_pairs(queries);
  out.verdict_mean_us = e.bench_verdict_mean();
  out.value_parse_ms = repeat(reps, () => e.bench_value_parse());
  out.validate_ms = repeat(reps, () => e.bench_validate());
  out.wasm_memory_bytes = e.memory.buffer.byteLength;
  e.bench_free();
  return out;
}

window.benchResult = (mode === 'wasm' ? wasm() : json()).then(
  (result) => {
    document.getElementById('out').textContent = JSON.stringify(result, null, 2);
    return result;
  },
  (error) => ({ error: String(error?.stack ?? error) }),
);
