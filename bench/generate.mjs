// Deterministic generator of `versus-catalog/1` catalogs for the benchmarks.
//
//   node bench/generate.mjs [N...] [--seed S] [--out DIR] [--lean]
//     writes DIR/catalog-<N>-s<S>-g<VERSION>.json for each N (default 20 1000 10000 100000,
//     DIR defaults to $TMPDIR/versus-bench) and prints each file's size in MB.
//
// The same (N, seed) always gives byte-identical output (seeded sfc32 PRNG, no Date, no
// Math.random). Field sizes imitate the seed catalog: names, vendors, ~150-char summaries,
// 3–12 capabilities with ~250-char descriptions and 2–5 intents drawn (Zipf-like, so some
// are common and most are rare) from a vocabulary of ~300 intents; signals, pricing,
// details, categories and alternatives that point at other generated ids.
// Files are written artifact by artifact, so a 100k catalog never exists as one JS string.
import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Bump when the output of the generator changes, so cached files are not reused. */
export const GENERATOR_VERSION = 1;
export const DEFAULT_SIZES = [20, 1000, 10000, 100000];
export const DEFAULT_DIR = join(tmpdir(), 'versus-bench');

/** sfc32 seeded through splitmix32: fast, good enough, and identical on every machine. */
export function prng(seed) {
  let s = seed >>> 0;
  const split = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = split(), b = split(), c = split(), d = split();
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  const rng = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)), // inclusive
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
  return rng;
}

const WORDS = (`model data image text audio video code search agent retrieval vector embedding
token context window latency throughput batch stream fine tuning adapter quantized sparse dense
expert routing vision language speech translation summary caption dataset benchmark evaluation
pipeline workflow plugin extension notebook tutorial course lesson repository library framework
runtime server client browser mobile edge cloud cluster gpu cpu memory cache index graph query
schema prompt chain tool function call structured output json table chart document page scan
layout form invoice receipt medical legal finance education research science math reasoning
planning memory feedback ranking scoring review moderation safety privacy policy audit access
license open source community support release version update stable preview beta fast small
large tiny efficient accurate robust flexible modular scalable portable secure private local
hosted managed serverless realtime offline multilingual multimodal domain general specialised
customer support sales marketing analytics report dashboard alert monitor trace log metric
test deploy build train serve infer label annotate clean filter transform merge split sample
generate edit upscale denoise segment detect classify cluster recommend forecast simulate`)
  .split(/\s+/).filter(Boolean);

const NAME_A = ['Nova', 'Atlas', 'Orion', 'Lumen', 'Vega', 'Quill', 'Pixel', 'Echo', 'Forge', 'Cirrus',
  'Helix', 'Nimbus', 'Zephyr', 'Aurora', 'Cobalt', 'Delta', 'Ember', 'Flux', 'Granite', 'Harbor',
  'Iris', 'Juniper', 'Kestrel', 'Lyra', 'Mosaic', 'Nexus', 'Onyx', 'Prism', 'Quartz', 'Raven',
  'Sable', 'Tidal', 'Umbra', 'Vertex', 'Willow', 'Xenon', 'Yarrow', 'Zenith', 'Basalt', 'Cascade'];
const NAME_B = ['Vision', 'Coder', 'Chat', 'Voice', 'Scribe', 'Lens', 'Mind', 'Graph', 'Search',
  'Studio', 'Lab', 'Works', 'Stack', 'Flow', 'Core', 'Base', 'Hub', 'Kit', 'Engine', 'Pilot'];
const NAME_C = ['', '', ' 7B', ' 13B', ' 70B', ' 8x7B', ' Mini', ' Pro', ' Lite', ' Max', ' Instruct',
  ' Turbo', ' XL', ' 2', ' 3.5', ' 4', ' v2', ' Plus'];
const VENDORS = ['Acme AI', 'Northwind Labs', 'Globex', 'Initech', 'Umbrella Research', 'Stark Compute',
  'Wayne Data', 'Tyrell Systems', 'Cyberdyne', 'Soylent Cloud', 'Hooli', 'Pied Piper', 'Aperture',
  'Black Mesa', 'Oscorp', 'Vandelay', 'Massive Dynamic', 'Gringotts Tech', 'Monarch', 'Dunder AI',
  'Baidu', 'Mistral', 'Meta', 'Google', 'Anthropic', 'OpenAI', 'Alibaba', 'Cohere', 'Stability',
  'Black Forest Labs', 'Hugging Face', 'NVIDIA', 'Microsoft', 'IBM', 'Apple', 'Amazon', 'Tencent',
  'DeepSeek', 'Zhipu', 'Moonshot', 'AI21', 'Reka', 'xAI', 'Databricks', 'Snowflake', 'Salesforce',
  'Adobe', 'Runway', 'Midjourney', 'ElevenLabs', 'Perplexity', 'Replit', 'Sourcegraph', 'Tabnine',
  'Jina', 'Voyage', 'Nomic', 'LAION', 'EleutherAI', 'Allen AI'];
const KINDS = ['Model', 'Model', 'Model', 'Repository', 'Repository', 'API', 'Tool', 'Course', 'Dataset'];
const CATEGORIES = ['Image Generation', 'Text Generation', 'Code Assistants', 'Speech', 'Translation',
  'Search', 'Embeddings', 'Agents', 'Vision', 'Video', 'Audio', 'Data Labeling', 'Evaluation',
  'MLOps', 'Fine-tuning', 'Inference Serving', 'Vector Databases', 'Document AI', 'OCR', 'Chatbots',
  'Education', 'Healthcare', 'Legal', 'Finance', 'Marketing', 'Analytics', 'Robotics', 'Security',
  'Privacy', 'Moderation', 'Recommendation', 'Forecasting', 'Summarization', 'Question Answering',
  'Multimodal', 'Open Source', 'Local AI', 'Edge AI', 'Productivity', 'Developer Tools'];
const MODALITIES = ['text', 'image', 'audio', 'video', 'code', 'table', 'pdf', 'json'];
const DETAIL_LABELS = ['Total parameters', 'Active parameters', 'Context window', 'License',
  'Release', 'Languages', 'Training data', 'Latency', 'Stars', 'Maintainer', 'Duration', 'Level'];
const PER = ['prompt token', 'completion token', 'image', 'month', 'request', 'minute of audio', 'seat'];

/** ~300 intents such as `image-captioning`, `code-review-automation`. */
export const INTENTS = (() => {
  const rng = prng(7);
  const set = new Set();
  while (set.size < 300) {
    const parts = rng.chance(0.6) ? 2 : 3;
    const words = [];
    for (let i = 0; i < parts; i++) words.push(rng.pick(WORDS));
    if (new Set(words).size === words.length) set.add(words.join('-'));
  }
  return [...set];
})();

function sentence(rng, target) {
  const out = [];
  let length = 0;
  while (length < target) {
    const word = rng.pick(WORDS);
    out.push(word);
    length += word.length + 1;
  }
  const text = out.join(' ');
  return text[0].toUpperCase() + text.slice(1) + '.';
}

/** Text of about `target` characters made of sentences of 8–16 words. */
function prose(rng, target) {
  const parts = [];
  let length = 0;
  while (length < target - 20) {
    const s = sentence(rng, Math.min(target - length, rng.int(50, 100)));
    parts.push(s);
    length += s.length + 1;
  }
  return parts.join(' ');
}

/** Zipf-ish pick: low indices are common, the tail is rare. */
function zipf(rng, n) {
  return Math.min(n - 1, Math.floor(Math.pow(rng.next(), 2) * n));
}

function slug(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** The name and id of artifact `index` (ids are unique through the index suffix). */
function identity(seed, index) {
  const rng = prng(seed * 1000003 + index);
  const name = `${rng.pick(NAME_A)} ${rng.pick(NAME_B)}${rng.pick(NAME_C)}`;
  return { name, id: `${slug(name)}-${index.toString(36)}` };
}

function artifact(seed, index, count, lean = false) {
  const rng = prng((seed ^ 0x5bd1e995) * 31 + index * 2654435761);
  const { name, id } = identity(seed, index);
  const plan = rng.pick(['free', 'paid', 'freemium']);
  const capabilities = [];
  // Lean artifacts (for the million-artifact sharded benchmark) keep every field but
  // carry about a quarter of the text, so a 1M catalog is ~1.3 GB instead of ~5 GB.
  const text = lean ? (lo, hi) => rng.int(Math.ceil(lo / 4), Math.ceil(hi / 4)) : (lo, hi) => rng.int(lo, hi);
  const listed = lean ? rng.int(3, 6) : rng.int(3, 12);
  for (let c = 0; c < listed; c++) {
    const intents = new Set();
    const want = lean ? rng.int(3, 6) : rng.int(2, 5);
    while (intents.size < want) intents.add(INTENTS[zipf(rng, INTENTS.length)]);
    const capability = {
      title: sentence(rng, text(35, 60) * (lean ? 2 : 1)).slice(0, -1).toLowerCase(),
      confidence: rng.pick(['low', 'medium', 'high']),
      description: prose(rng, text(220, 280)),
    };
    if (rng.chance(0.2)) capability.unique = prose(rng, text(100, 160));
    if (rng.chance(0.2)) capability.versus = prose(rng, text(100, 160));
    capability.intents = [...intents];
    capabilities.push(capability);
  }
  const alternatives = [];
  for (let a = rng.int(0, 4); a > 0 && count > 1; a--) {
    const other = rng.int(0, count - 1);
    if (other !== index) alternatives.push(identity(seed, other).id);
  }
  const item = {
    id,
    name,
    vendor: rng.pick(VENDORS),
    kind: rng.pick(KINDS),
    summary: prose(rng, text(130, 170)),
  };
  if (rng.chance(0.25)) item.about = prose(rng, text(300, 500));
  item.url = `https://example.com/${item.vendor.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/${id}`;
  item.rank = rng.int(0, 100);
  item.signals = {
    adoption: Math.round(rng.next() * 100) / 100,
    quality: Math.round(rng.next() * 100) / 100,
    ecosystem: Math.round(rng.next() * 100) / 100,
    match_graph: Math.round(rng.next() * 100) / 100,
  };
  item.pricing = { plan, free_tier: plan !== 'paid' };
  if (plan !== 'free' || rng.chance(0.2)) {
    const per = rng.pick(PER);
    const amount = per.includes('token') ? rng.int(1, 900) * 1e-8 : rng.int(1, 9900) / 100;
    item.pricing.starting_price = { amount, currency: rng.pick(['USD', 'USD', 'EUR', 'GBP']), per };
  }
  item.times_matched = rng.int(0, 50000);
  item.capability_count = listed + (rng.chance(0.4) ? rng.int(1, 10) : 0);
  item.capabilities = capabilities;
  item.best_for = Array.from({ length: lean ? 1 : rng.int(1, 4) }, () => sentence(rng, rng.int(25, 50)).slice(0, -1));
  item.limitations = Array.from({ length: lean ? rng.int(0, 1) : rng.int(0, 3) }, () => sentence(rng, rng.int(30, 70)));
  item.requirements = Array.from({ length: lean ? 0 : rng.int(0, 2) }, () => sentence(rng, rng.int(20, 40)).slice(0, -1));
  item.inputs = [...new Set(Array.from({ length: rng.int(1, 3) }, () => rng.pick(MODALITIES)))];
  item.outputs = [...new Set(Array.from({ length: rng.int(1, 2) }, () => rng.pick(MODALITIES)))];
  item.details = Array.from({ length: lean ? 1 : rng.int(2, 5) }, () => ({
    label: rng.pick(DETAIL_LABELS),
    value: rng.chance(0.5) ? `${rng.int(1, 999)}${rng.pick(['B', 'K', 'M', ' ms', ' h', ''])}` : rng.pick(WORDS),
  }));
  item.categories = [...new Set(Array.from({ length: rng.int(1, 3) }, () => rng.pick(CATEGORIES)))];
  item.alternatives = alternatives;
  item.updated = `202${rng.int(3, 6)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  return item;
}

/** The ids of artifacts 0 and 1, which the benchmarks compare. */
export function firstIds(seed = 1) {
  return [identity(seed, 0).id, identity(seed, 1).id];
}

export function catalogPath(count, seed = 1, dir = DEFAULT_DIR, lean = false) {
  return join(dir, `catalog-${count}-s${seed}-g${GENERATOR_VERSION}${lean ? '-lean' : ''}.json`);
}

/** Writes the catalog of `count` artifacts (reusing an existing file); returns its path and size. */
export function generate(count, { seed = 1, dir = DEFAULT_DIR, force = false, lean = false } = {}) {
  mkdirSync(dir, { recursive: true });
  const path = catalogPath(count, seed, dir, lean);
  if (!force && existsSync(path)) return { path, bytes: statSync(path).size, reused: true };
  const partial = `${path}.partial-${process.pid}`;
  const fd = openSync(partial, 'w');
  let pending = [];
  let pendingLength = 0;
  const write = (text) => {
    pending.push(text);
    pendingLength += text.length;
    if (pendingLength > 1 << 20) flush();
  };
  const flush = () => {
    writeSync(fd, pending.join(''));
    pending = [];
    pendingLength = 0;
  };
  const head = {
    format: 'versus-catalog/1',
    brand: {
      name: 'Benchmark Directory',
      tagline: 'Generated for performance measurements.',
      rank_label: 'BenchRank',
      rank_about: 'BenchRank is a generated 0–100 score; the catalog is synthetic and only measures how Versus scales.',
      search_url: 'https://example.com/search?q={query}',
      footer: '© 2026 Benchmark Directory.',
      locale: 'en-US',
      theme: { accent: '#0f766e', radius_px: 10 },
    },
    signals: [
      { id: 'adoption', label: 'Adoption' }, { id: 'quality', label: 'Quality' },
      { id: 'ecosystem', label: 'Ecosystem' }, { id: 'match_graph', label: 'Match Graph' },
    ],
  };
  write(JSON.stringify(head).slice(0, -1) + ',"artifacts":[');
  for (let i = 0; i < count; i++) write((i ? ',' : '') + JSON.stringify(artifact(seed, i, count, lean)));
  const featured = count >= 4 ? [firstIds(seed), [identity(seed, 2).id, identity(seed, 3).id]] : [];
  write(`],"featured":${JSON.stringify(featured)}}`);
  flush();
  closeSync(fd);
  renameSync(partial, path);
  return { path, bytes: statSync(path).size, reused: false };
}

export const mb = (bytes) => (bytes / 1e6).toFixed(1);

/** `{id, name}` of the first `count` artifacts of a generated file, read from its head only
 *  (a 100k catalog is too big to load whole just to pick two ids). */
export function firstArtifacts(path, count = 2) {
  const fd = openSync(path, 'r');
  const head = Buffer.alloc(200000);
  const read = readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  const text = head.subarray(0, read).toString('utf8');
  const artifacts = text.slice(text.indexOf('"artifacts":['));
  return [...artifacts.matchAll(/\{"id":"([a-z0-9-]+)","name":"([^"]+)"/g)]
    .slice(0, count)
    .map(([, id, name]) => ({ id, name }));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  let seed = 1, dir = DEFAULT_DIR, lean = false;
  const sizes = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--seed') seed = Number(args[++i]);
    else if (args[i] === '--out') dir = args[++i];
    else if (args[i] === '--lean') lean = true;
    else sizes.push(Number(args[i]));
  }
  for (const count of sizes.length ? sizes : DEFAULT_SIZES) {
    const started = performance.now();
    const { path, bytes, reused } = generate(count, { seed, dir, force: true, lean });
    console.log(`${String(count).padStart(6)} artifacts: ${mb(bytes).padStart(7)} MB  ${path}` +
      `${reused ? ' (reused)' : ` (${((performance.now() - started) / 1000).toFixed(1)} s)`}`);
  }
}
