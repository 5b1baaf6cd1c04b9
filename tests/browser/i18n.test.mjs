// Every word in the reader's language: catalogs that set only `brand.locale` (German,
// Japanese, Arabic) show no English of Versus's own; Arabic is laid out right to left and
// passes axe; a catalog's `strings` rename words; a `lang` attribute gives one widget
// another language than its catalog's.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { before, describe, test } from 'node:test';
import { assertNoProblems, axeViolations, open, shot, withSite } from './harness.mjs';

const DIR = 'target/i18n-fixtures';

// The catalog's own words in each language (names are names in every language).
const WORDS = {
  de: {
    brand: 'Modellvergleich', kind: 'Sprachmodell', summary: 'Ein Modell für lange Dokumente.',
    caps: [['Lange Texte zusammenfassen', 'Fasst lange Berichte in wenigen Sätzen zusammen.'],
      ['Tabellen lesen', 'Liest Tabellen aus gescannten Seiten.']],
    context: 'Kontextfenster', unit: 'Tokens', about: 'Preise', source: 'Herstellerseite',
    category: 'Textmodelle', best: 'Lange Verträge', limit: 'Keine Bilder', input: 'Text',
  },
  ja: {
    brand: 'モデル比較', kind: '言語モデル', summary: '長い文書向けのモデル。',
    caps: [['長文の要約', '長い報告書を数文に要約する。'], ['表の読み取り', 'スキャンしたページから表を読み取る。']],
    context: 'コンテキスト長', unit: 'トークン', about: '料金', source: '公式サイト',
    category: 'テキストモデル', best: '長い契約書', limit: '画像は不可', input: 'テキスト',
  },
  ar: {
    brand: 'مقارنة النماذج', kind: 'نموذج لغوي', summary: 'نموذج للمستندات الطويلة.',
    caps: [['تلخيص النصوص الطويلة', 'يلخص التقارير الطويلة في جمل قليلة.'], ['قراءة الجداول', 'يقرأ الجداول من الصفحات الممسوحة.']],
    context: 'نافذة السياق', unit: 'رمز', about: 'الأسعار', source: 'موقع المورّد',
    category: 'نماذج النصوص', best: 'العقود الطويلة', limit: 'لا يدعم الصور', input: 'نص',
  },
};

/** A catalog in `language`'s words with nothing but `brand.locale` set for Versus. */
function catalog(language, locale, extra = {}) {
  const w = WORDS[language];
  const artifact = (id, name, rank, more) => ({
    id, name, kind: w.kind, rank, summary: w.summary, url: `https://${id}.example/`,
    categories: [w.category], best_for: [w.best], limitations: [w.limit], inputs: [w.input], outputs: [w.input],
    signals: { adoption: rank / 100, quality: (rank - 10) / 100 },
    specs: { context_window: rank * 4096 },
    pricing: {
      plan: 'freemium', free_tier: rank > 70,
      usage: [{ rate: 'input', amount: rank / 10, currency: 'EUR', per: '1M tokens' },
        { rate: 'output', amount: rank / 5, currency: 'EUR', per: '1M tokens' }],
    },
    capabilities: w.caps.slice(0, more ? 2 : 1).map(([title, description]) => ({ title, description, confidence: 'high' })),
    capability_count: more ? 7 : 3,
    times_matched: rank * 3,
    sources: [{ about: w.about, name: w.source, url: `https://${id}.example/preise`, checked: '2026-11-30' }],
    alternatives: [],
    ...(more ? { alternatives: ['orion-3'] } : {}),
  });
  return {
    format: 'versus-catalog/1',
    brand: { name: w.brand, locale },
    specs: [{ id: 'context_window', label: w.context, unit: w.unit, better: 'higher', format: 'integer' }],
    artifacts: [artifact('nordlicht-7', 'Nordlicht 7', 84, true), artifact('kestrel-x', 'Kestrel X', 61, false),
      artifact('orion-3', 'Orion 3', 70, false)],
    ...extra,
  };
}

mkdirSync(DIR, { recursive: true });
const write = (name, value) => writeFileSync(`${DIR}/${name}.json`, JSON.stringify(value, null, 1));
write('de', catalog('de', 'de-DE'));
write('ja', catalog('ja', 'ja-JP'));
write('ar', catalog('ar', 'ar-EG'));
write('de-strings', catalog('de', 'de-AT', {
  strings: { 'capabilities.total': { one: '{count} Funktion erfasst', other: '{count} Funktionen erfasst' }, 'row.type': 'Bauart' },
}));
write('en', { ...catalog('de', 'en-US'), brand: { name: 'Model Compare' } });

const env = withSite(async () => false, () => ({ '/i18n/': DIR, '/site-ja/': `${DIR}/site-ja`, '/site-ar/': `${DIR}/site-ar` }));

// The literal words of every English message (between its placeholders), from the key
// reference; minus those the language's own table also uses (a loanword is not English
// left behind) and minus the catalog's texts.
const ENGLISH = (() => {
  const rows = readFileSync('docs/strings.md', 'utf8').split('\n').filter((line) => line.startsWith('| `'));
  const texts = rows.flatMap((row) => {
    const english = row.split(' | ')[1];
    return english.startsWith('one: ') ? english.slice(5).split(' · other: ') : [english];
  });
  const fragments = texts.flatMap((text) => text.replace(/\\\|/g, '|').split(/\{[a-z_]+\}/))
    .map((part) => part.trim().replace(/^[\s,.:;·(+–]+|[\s,.:;·)…?→↗✓]+$/g, ''))
    .filter((part) => (part.match(/[A-Za-z]/g) || []).length >= 4);
  return [...new Set(fragments)];
})();

function englishLeft(text, language) {
  const table = JSON.stringify(JSON.parse(readFileSync(`crates/versus-core/locales/${language}.json`, 'utf8')));
  return ENGLISH.filter((fragment) => text.includes(fragment) && !table.includes(fragment));
}

/** The page's visible text plus what assistive technology reads. */
async function everything(page) {
  return page.evaluate(() => {
    const attributes = [...document.querySelectorAll('[aria-label], [title], [placeholder], [alt], [aria-valuetext]')]
      .flatMap((el) => ['aria-label', 'title', 'placeholder', 'alt', 'aria-valuetext'].map((name) => el.getAttribute(name) ?? ''));
    return `${document.body.innerText}\n${attributes.join('\n')}\n${document.title}`;
  });
}

const PAGES = {
  compare: ['#/compare/nordlicht-7/kestrel-x', '.vs-compare'],
  artifact: ['#/artifact/nordlicht-7', '.vs-artifact'],
};

for (const [language, expectations] of Object.entries({
  de: { lang: 'de-DE', dir: 'ltr', verdict: /Nordlicht 7/, row: 'Typ' },
  ja: { lang: 'ja-JP', dir: 'ltr', verdict: /Nordlicht 7/, row: null },
  ar: { lang: 'ar-EG', dir: 'rtl', verdict: /Nordlicht 7/, row: null },
})) {
  describe(`a catalog in ${language} that sets only brand.locale`, () => {
    for (const [name, [hash, ready]] of Object.entries(PAGES)) {
      test(`the ${name} page speaks ${language}, with no English of Versus's own`, async () => {
        const page = await open(env.browser, `${env.site.origin}/?catalog=i18n/${language}.json${hash}`, { waitFor: ready });
        // Opened by the reader: the weights panel and the calculator's words count too.
        for (const details of await page.locator('details:not([open]):not(.vs-embed-panel)').all()) await details.locator('summary').click();
        const text = await everything(page);
        assert.deepEqual(englishLeft(text, language), [], `English left on the ${name} page`);
        assert.equal(await page.evaluate(() => document.documentElement.lang), expectations.lang);
        const dir = await page.evaluate(() => getComputedStyle(document.querySelector('.vs-app')).direction);
        assert.equal(dir, expectations.dir);
        if (name === 'compare') {
          assert.match(await page.locator('.vs-verdict').innerText(), expectations.verdict);
          if (expectations.row) assert.equal((await page.locator('.vs-table tbody th').first().innerText()).trim(), expectations.row);
        }
        for (const theme of ['light', 'dark']) {
          const themed = await open(env.browser, `${env.site.origin}/?catalog=i18n/${language}.json&theme=${theme}${hash}`, { waitFor: ready });
          await shot(themed, `i18n-${language}-${name}-${theme}`);
          await themed.setViewportSize({ width: 360, height: 800 });
          await themed.waitForTimeout(100);
          await shot(themed, `i18n-${language}-${name}-${theme}-phone`);
          assertNoProblems(themed);
          await themed.close();
        }
        assertNoProblems(page);
        await page.close();
      });
    }
  });
}

describe('pre-rendered pages, read without JavaScript', () => {
  before(() => {
    const generator = ['target/tools/versus-catalog', 'target/release/versus-catalog', 'target/debug/versus-catalog'].find(existsSync);
    assert.ok(generator, 'versus-catalog is built (scripts/build)');
    for (const language of ['ja', 'ar']) {
      rmSync(`${DIR}/site-${language}`, { recursive: true, force: true });
      execFileSync(generator, ['site', `${DIR}/${language}.json`, '--app', 'target/app', '--out', `${DIR}/site-${language}`, '--url', `${env.site.origin}/site-${language}/`], { stdio: 'pipe' });
    }
  });

  for (const [language, lang, dir] of [['ja', 'ja-JP', 'ltr'], ['ar', 'ar-EG', 'rtl']]) {
    for (const path of ['compare/nordlicht-7/kestrel-x/', 'artifact/nordlicht-7/']) {
      test(`${language}: ${path} is in ${language} before any script runs, its meta tags too`, async () => {
        const context = await env.browser.browser().newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        const answer = await page.goto(`${env.site.origin}/site-${language}/${path}`);
        assert.equal(answer.status(), 200);
        const html = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
        assert.deepEqual(html, { lang, dir });
        const meta = await page.evaluate(() => [...document.querySelectorAll('meta[name=description], meta[property^="og:"], meta[name^="twitter:"]')]
          .map((m) => m.getAttribute('content')).join('\n'));
        assert.deepEqual(englishLeft(`${await everything(page)}\n${meta}`, language), [], `English left on the pre-rendered ${path}`);
        await shot(page, `i18n-${language}-prerendered-${path.split('/')[0]}`);
        await context.close();
      });
    }
  }
});

describe('right to left', () => {
  test('the Arabic comparison mirrors: table, chart and sliders start at the right', async () => {
    const page = await open(env.browser, `${env.site.origin}/?catalog=i18n/ar.json#/compare/nordlicht-7/kestrel-x`, { waitFor: '.vs-compare' });
    const layout = await page.evaluate(() => {
      const table = document.querySelector('.vs-table');
      const label = table.querySelector('tbody th').getBoundingClientRect();
      const cell = table.querySelector('tbody td').getBoundingClientRect();
      const chart = document.querySelector('.vs-chart__svg');
      return {
        labelRightOfCells: label.left > cell.left,
        chartMirrored: getComputedStyle(chart).transform !== 'none',
        html: document.documentElement.dir,
      };
    });
    assert.deepEqual(layout, { labelRightOfCells: true, chartMirrored: true, html: 'rtl' });
    assertNoProblems(page);
  });

  for (const [name, [hash, ready]] of Object.entries(PAGES)) {
    for (const theme of ['light', 'dark']) {
      test(`axe finds nothing on the Arabic ${name} page (${theme})`, async () => {
        const page = await open(env.browser, `${env.site.origin}/?catalog=i18n/ar.json&theme=${theme}${hash}`, { waitFor: ready });
        assert.deepEqual(await axeViolations(page), []);
        await page.close();
      });
    }
  }
});

describe("a catalog's own words", () => {
  test('strings override the built-in German for a de-AT catalog', async () => {
    const page = await open(env.browser, `${env.site.origin}/?catalog=i18n/de-strings.json#/compare/nordlicht-7/kestrel-x`, { waitFor: '.vs-compare' });
    const table = await page.locator('.vs-table').innerText();
    assert.match(table, /7 Funktionen erfasst/);
    assert.match(table, /3 Funktionen erfasst/);
    assert.equal((await page.locator('.vs-table tbody th').first().innerText()).trim(), 'Bauart');
    // Everything not overridden is the built-in German (de-AT falls back to de).
    assert.match(await page.locator('.vs-weights summary').innerText(), /gewicht/i);
    assertNoProblems(page);
  });
});

describe('the lang attribute', () => {
  test('one widget speaks Japanese on a page whose catalog is English', async () => {
    const host = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<link rel="icon" href="data:,"><script type="module" src="/versus.js"></script></head><body>
<versus-compare id="en" items="nordlicht-7,kestrel-x" catalog="/i18n/en.json"></versus-compare>
<versus-compare id="ja" items="nordlicht-7,kestrel-x" catalog="/i18n/en.json" lang="ja"></versus-compare>
</body></html>`;
    writeFileSync(`${DIR}/host.html`, host);
    const page = await open(env.browser, `${env.site.origin}/i18n/host.html`, { waitFor: null });
    const shadow = (id) => page.locator(`#${id}`).evaluate((el) => {
      const app = el.shadowRoot?.querySelector('.vs-app');
      return app && !app.querySelector('.vs-loading') && app.querySelector('.vs-verdict')
        ? { lang: app.lang, dir: app.dir, text: app.innerText } : null;
    });
    await page.waitForFunction(() => ['en', 'ja'].every((id) => document.getElementById(id).shadowRoot?.querySelector('.vs-verdict')), null, { timeout: 15000 });
    const [en, ja] = [await shadow('en'), await shadow('ja')];
    assert.equal(en.lang, 'en-US');
    assert.match(en.text, /Verdict/);
    assert.equal(ja.lang, 'ja');
    assert.doesNotMatch(ja.text, /Verdict|Hide identical rows|Cost calculator/);
    assert.deepEqual(englishLeft(ja.text, 'ja'), []);
    await shot(page, 'i18n-lang-attribute');
    assertNoProblems(page);
  });
});
