// The generated handbooks in headless Chromium (Debian's package), opened from the file system:
// - axe-core finds no WCAG 2.1 A/AA violation on any page of the public edition, nor on the pages
//   where the planners' edition differs from it (the Id rows, the traceability page's gap lists;
//   the banner and the tool's footer, the same on every page, are on each of them);
// - at 390 px (a phone) and 1366 px no page scrolls sideways; at 390 px every value cell of the
//   tables that matter (indicator values, assessments, activities, assignments) lies inside the
//   viewport; at 1366×768 the start page's fulfilment summary (#laget) lies above the fold;
// - printed to PDF (page.pdf with the page's own @page size) a page is A4 and shows no navigation;
// - the public edition shows no model ids and no tool texts.
//
// HANDBOOK_DIRS: public handbook folders separated by the path delimiter, and
// HANDBOOK_PLANNING_DIRS: the planners' editions (built beforehand with
// `./govc build [--utgåva planering] examples/<name> -o <dir>`, then <dir>/handbook; the JSON beside
// it names the model's ids). Without HANDBOOK_DIRS, the test builds both editions of every example
// under ../../examples itself with ../../govc into a temporary folder.
// CHROMIUM: the browser to use; /usr/bin/chromium by default. Every skip says why.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const repository = path.resolve(here, '..', '..');
const axeSource = require.resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 768 };
/** A4 in PostScript points, as a PDF's MediaBox states it (210 × 297 mm). */
const A4 = { width: 595.28, height: 841.89 };
/** Texts only the tool or the planners' edition writes. */
const TOOL_TEXTS = ['govc', 'Planeringsutgåva', 'Det som inte är kopplat', 'Avser personer'];

function split(variable) {
  return (variable || '').split(path.delimiter).filter((d) => d.length > 0).map((d) => path.resolve(d));
}

function build(edition) {
  const examples = path.join(repository, 'examples');
  const output = mkdtempSync(path.join(tmpdir(), `styrmodell-handbooks-${edition}-`));
  process.on('exit', () => rmSync(output, { recursive: true, force: true }));
  return readdirSync(examples)
    .filter((name) => statSync(path.join(examples, name)).isDirectory())
    .filter((name) => readdirSync(path.join(examples, name)).some((f) => f.endsWith('.styr')))
    .sort()
    .map((name) => {
      const target = path.join(output, name);
      execFileSync(path.join(repository, 'govc'), ['build', '--utgåva', edition, path.join(examples, name), '-o', target],
        { stdio: 'inherit' });
      return path.join(target, 'handbook');
    });
}

const given = process.env.HANDBOOK_DIRS !== undefined;
const publicFolders = given ? split(process.env.HANDBOOK_DIRS) : build('publik');
const planningFolders = given ? split(process.env.HANDBOOK_PLANNING_DIRS) : build('planering');
const noChromium = existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM} (set CHROMIUM): the handbook is not checked in a browser`;

function htmlFiles(folder) {
  const found = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      found.push(...htmlFiles(full));
    } else if (entry.name.endsWith('.html')) {
      found.push(full);
    }
  }
  return found.sort();
}

/**
 * The pages where the planners' edition differs from the public one beyond the banner every page
 * shows: the start page, the first goal, indicator and organisation page and the assignments (Id
 * rows), and the traceability page (the lists of what is not linked).
 */
function planningPages(files) {
  const seen = new Set();
  return files.filter((file) => {
    const name = path.basename(file);
    const kind = /^(mal|org|matt)-/.test(name) ? name.split('-')[0] : name;
    if (seen.has(kind) || !['mal', 'org', 'matt', 'index.html', 'uppdrag.html', 'sparbarhet.html'].includes(kind)) {
      return false;
    }
    seen.add(kind);
    return true;
  });
}

/** The model's technical ids (those with an underscore or a digit: plain words can be ids too) from the JSON beside the handbook. */
function technicalIds(folder) {
  const json = path.join(folder, '..', 'json');
  const ids = new Set();
  const walk = (node) => {
    if (Array.isArray(node)) {
      node.forEach(walk);
    } else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'id' && typeof value === 'string') {
          const local = value.includes('.') ? value.slice(value.indexOf('.') + 1) : value;
          if (/[_0-9]/.test(local)) {
            ids.add(local);
          }
        }
        walk(value);
      }
    }
  };
  for (const file of existsSync(json) ? readdirSync(json).filter((f) => f.endsWith('.json')) : []) {
    walk(JSON.parse(readFileSync(path.join(json, file), 'utf8')));
  }
  return [...ids];
}

function describe(file, violations) {
  return violations.map((v) => [
    `${file}: ${v.id} (${v.impact}): ${v.help}`,
    `  ${v.helpUrl}`,
    ...v.nodes.map((n) => `  - ${n.target.join(' ')}\n    ${(n.failureSummary || '').replace(/\n/g, '\n    ')}`),
  ].join('\n')).join('\n');
}

let browser;

before(async () => {
  if (noChromium) {
    return;
  }
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

after(async () => {
  if (browser) {
    await browser.close();
  }
});

/** Opens a page from the file system, refusing anything from outside; errors are the page's own. */
async function open(url, viewport) {
  const page = await browser.newPage();
  const errors = [];
  const outside = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    // A handbook never loads anything from outside its own folder.
    if (!request.url().startsWith('file:')) {
      outside.push(request.url());
      request.abort();
    } else {
      request.continue();
    }
  });
  await page.setViewport(viewport);
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors: [...errors], outside };
}

async function axe(page) {
  await page.addScriptTag({ path: axeSource });
  const results = await page.evaluate((tags) => window.axe.run(document, {
    runOnly: { type: 'tag', values: tags },
    resultTypes: ['violations'],
  }), TAGS);
  return results.violations;
}

/** What the layout check measures on the page as it is now laid out. */
function measure() {
  const width = window.innerWidth;
  const outside = [];
  for (const cell of document.querySelectorAll('table.varden td, table.staplad td')) {
    const box = cell.getBoundingClientRect();
    if (box.width > 0 && (box.left < -0.5 || box.right > width + 0.5)) {
      outside.push(`${cell.closest('table').querySelector('caption')?.textContent.trim() || 'tabell'}: `
        + `"${cell.textContent.trim().slice(0, 40)}" at ${Math.round(box.left)}–${Math.round(box.right)} px`);
    }
  }
  const summary = document.getElementById('laget');
  const box = summary ? summary.getBoundingClientRect() : null;
  return {
    scrollWidth: document.scrollingElement.scrollWidth,
    width,
    cellsOutside: outside,
    summary: box ? { top: box.top + window.scrollY, bottom: box.bottom + window.scrollY } : null,
    text: document.body.innerText,
  };
}

for (const folder of publicFolders) {
  test(`public edition ${folder}: axe finds no WCAG 2.1 A/AA violation, no page scrolls sideways at 390 or 1366 px, `
    + 'the value cells lie inside a phone\'s screen, and no id or tool text shows', { skip: noChromium }, async () => {
    const files = htmlFiles(folder);
    assert.ok(files.length > 0, `no pages in ${folder}`);
    const ids = technicalIds(folder);
    assert.ok(ids.length > 0, `no ids in the JSON beside ${folder}`);
    const idPattern = new RegExp(`(^|[^\\p{L}\\p{N}_])(${ids.map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}_])`, 'u');
    const problems = [];
    for (const file of files) {
      const name = path.relative(folder, file);
      const { page, errors, outside } = await open(pathToFileURL(file).href, DESKTOP);
      try {
        if (errors.length > 0) {
          problems.push(`${name}: script errors: ${errors.join('; ')}`);
        }
        if (outside.length > 0) {
          problems.push(`${name}: requests outside the handbook: ${outside.join(', ')}`);
        }
        const violations = await axe(page);
        if (violations.length > 0) {
          problems.push(describe(name, violations));
        }
        const desktop = await page.evaluate(measure);
        if (desktop.scrollWidth > desktop.width) {
          problems.push(`${name}: scrolls sideways at ${desktop.width} px (${desktop.scrollWidth} px wide)`);
        }
        if (name === 'index.html') {
          if (!desktop.summary) {
            problems.push('index.html: no fulfilment summary (#laget)');
          } else if (desktop.summary.bottom > DESKTOP.height) {
            problems.push(`index.html: the fulfilment summary (#laget) reaches ${Math.round(desktop.summary.bottom)} px, `
              + `below the first ${DESKTOP.height} px`);
          }
        }
        const found = desktop.text.match(idPattern);
        if (found) {
          problems.push(`${name}: shows the id ${found[2]}`);
        }
        for (const toolText of TOOL_TEXTS) {
          if (desktop.text.includes(toolText)) {
            problems.push(`${name}: shows the tool text "${toolText}"`);
          }
        }
        await page.setViewport(PHONE);
        const phone = await page.evaluate(measure);
        if (phone.scrollWidth > phone.width) {
          problems.push(`${name}: scrolls sideways at ${phone.width} px (${phone.scrollWidth} px wide)`);
        }
        phone.cellsOutside.forEach((cell) => problems.push(`${name} at ${phone.width} px: ${cell}`));
      } finally {
        await page.close();
      }
    }
    // The markup as well as the text: no Id rows, no tool footer.
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      for (const toolText of ['govc', 'class="utgava"', '<dt>Id</dt>']) {
        if (html.includes(toolText)) {
          problems.push(`${path.relative(folder, file)}: contains ${toolText}`);
        }
      }
    }
    console.log(`${folder}: ${files.length} pages checked at ${PHONE.width} and ${DESKTOP.width} px, ${problems.length} problems`);
    assert.equal(problems.length, 0, `\n${problems.join('\n')}`);
  });

  test(`public edition ${folder}: printed, the start page and an indicator page are A4 and show no navigation`,
    { skip: noChromium }, async () => {
      const files = htmlFiles(folder);
      const printed = [files.find((f) => path.basename(f) === 'index.html'),
        files.find((f) => path.basename(f).startsWith('matt-'))].filter(Boolean);
      assert.ok(printed.length > 0, `no start page in ${folder}`);
      for (const file of printed) {
        const { page } = await open(pathToFileURL(file).href, DESKTOP);
        try {
          await page.emulateMediaType('print');
          const shown = await page.evaluate(() => [...document.querySelectorAll('nav, .sokruta, .skip-link, .utgava')]
            .filter((element) => element.getClientRects().length > 0)
            .map((element) => element.className || element.tagName));
          assert.deepEqual(shown, [], `${path.basename(file)}: navigation in print`);
          const pdf = Buffer.from(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
          const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
          assert.ok(boxes.length > 0, `${path.basename(file)}: no page in the PDF`);
          for (const [, width, height] of boxes) {
            assert.ok(Math.abs(Number(width) - A4.width) < 2 && Math.abs(Number(height) - A4.height) < 2,
              `${path.basename(file)}: a page of ${width} × ${height} pt, not A4 (${A4.width} × ${A4.height})`);
          }
        } finally {
          await page.close();
        }
      }
    });

  test(`public edition ${folder}: search works from the file system, and its results are accessible`,
    { skip: noChromium }, async () => {
      const search = path.join(folder, 'sok.html');
      assert.ok(existsSync(search), 'sok.html');
      const { page, errors } = await open(`${pathToFileURL(search).href}?q=${encodeURIComponent('andel')}`, DESKTOP);
      try {
        assert.equal(errors.length, 0, errors.join('; '));
        const violations = await axe(page);
        const searchHits = await page.evaluate(() => document.querySelectorAll('#sokresultat li').length);
        assert.ok(searchHits > 0, 'a search for "andel" finds indicators');
        assert.equal(violations.length, 0, `\n${describe('sok.html?q=andel', violations)}`);
      } finally {
        await page.close();
      }
    });
}

if (planningFolders.length === 0) {
  test('planners\' edition', { skip: 'HANDBOOK_PLANNING_DIRS is not set: the planners\' edition is not checked' }, () => {});
}

for (const folder of planningFolders) {
  test(`planners' edition ${folder}: axe finds no violation on the pages that differ from the public edition, which show the ids and the banner`,
    { skip: noChromium }, async () => {
      const files = planningPages(htmlFiles(folder));
      assert.ok(files.length > 0, `no pages in ${folder}`);
      const problems = [];
      let idRows = 0;
      for (const file of files) {
        const name = path.relative(folder, file);
        const { page, errors } = await open(pathToFileURL(file).href, DESKTOP);
        try {
          if (errors.length > 0) {
            problems.push(`${name}: script errors: ${errors.join('; ')}`);
          }
          const violations = await axe(page);
          if (violations.length > 0) {
            problems.push(describe(name, violations));
          }
          const facts = await page.evaluate(() => ({
            banner: document.querySelector('.utgava') !== null,
            ids: [...document.querySelectorAll('dt')].filter((dt) => dt.textContent === 'Id').length,
            scrolls: document.scrollingElement.scrollWidth > window.innerWidth,
          }));
          idRows += facts.ids;
          if (!facts.banner) {
            problems.push(`${name}: no banner saying it is the planners' edition`);
          }
          await page.setViewport(PHONE);
          if (await page.evaluate(() => document.scrollingElement.scrollWidth > window.innerWidth)) {
            problems.push(`${name}: scrolls sideways at ${PHONE.width} px`);
          }
        } finally {
          await page.close();
        }
      }
      assert.ok(idRows > 0, 'the planners\' edition shows the ids');
      console.log(`${folder}: ${files.length} pages that differ from the public edition checked, ${problems.length} problems`);
      assert.equal(problems.length, 0, `\n${problems.join('\n')}`);
    });
}
