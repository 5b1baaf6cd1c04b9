// Lighthouse (mobile: Moto G Power-sized screen, simulated slow 4G and 4× CPU slowdown) on
// pages of the generated site in dist/, with Debian's Chromium. Prints the category scores
// and the paint metrics of each page. Figures, not tests.
//
//   scripts/lighthouse [--runs 3] [page …]     (pages below dist/, default: a comparison,
//                                               an artifact and the home page)
//
// Lighthouse is installed by scripts/lighthouse into target/lighthouse (it is not one of
// the test dependencies). Each page is audited --runs times; the medians are printed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startServer } from '../scripts/static-server.mjs';

const args = process.argv.slice(2);
const at = args.indexOf('--runs');
const RUNS = at >= 0 ? Number(args.splice(at, 2)[1]) : 3;
const PAGES = args.length ? args : ['compare/ernie-4-5-vl-424b-a47b/flux-1-pro/', 'artifact/flux-1-pro/', ''];

const here = createRequire(join(process.cwd(), 'target/lighthouse/package.json'));
const lighthouse = (await import(pathToFileURL(here.resolve('lighthouse')))).default;
const chromeLauncher = await import(pathToFileURL(here.resolve('chrome-launcher')));

const chromePath = execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser']).toString().trim();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

// Served as a CDN would: brotli, long-lived cache headers for the assets.
const server = await startServer({ mounts: { '/': process.env.VERSUS_DIST || 'dist' }, headers: { 'cache-control': 'public, max-age=31536000' } });
const profile = mkdtempSync(join(tmpdir(), 'versus-lighthouse-'));
const chrome = await chromeLauncher.launch({
  chromePath,
  userDataDir: profile,
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const lines = [`Lighthouse ${lighthouse.version ?? ''} (mobile preset, simulated throttling), medians of ${RUNS} runs`, '',
  '| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | LCP element |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---|'];
try {
  for (const path of PAGES) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(`${server.origin}/${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      runs.push(result.lhr);
      // VERSUS_LIGHTHOUSE_OUT=DIR keeps every report (JSON) for a closer look.
      if (process.env.VERSUS_LIGHTHOUSE_OUT) {
        mkdirSync(process.env.VERSUS_LIGHTHOUSE_OUT, { recursive: true });
        writeFileSync(join(process.env.VERSUS_LIGHTHOUSE_OUT, `${path.replace(/\W+/g, '-') || 'home'}-${run + 1}.json`), result.report);
      }
    }
    const score = (id) => Math.round(median(runs.map((lhr) => lhr.categories[id].score * 100)));
    const audit = (id) => median(runs.map((lhr) => lhr.audits[id].numericValue));
    const failed = new Set(runs.flatMap((lhr) => Object.values(lhr.categories).flatMap((category) => category.auditRefs
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 0.9)
      .map((ref) => `${category.id}: ${ref.id}`))));
    const element = runs[0].audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.selector ?? '';
    lines.push(`| /${path} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | `
      + `${Math.round(audit('first-contentful-paint'))} ms | ${Math.round(audit('largest-contentful-paint'))} ms | `
      + `${Math.round(audit('total-blocking-time'))} ms | ${audit('cumulative-layout-shift').toFixed(3)} | \`${element}\` |`);
    if (failed.size) lines.push(`|   below 0.9: ${[...failed].join(', ')} |||||||||`);
  }
} finally {
  await chrome.kill();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(lines.join('\n'));
