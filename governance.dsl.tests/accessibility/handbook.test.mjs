// WCAG 2.1 AA check of the generated handbooks: every page of every example's handbook is opened
// from the file system in headless Chromium (Debian's package) and checked with axe-core; any
// violation fails the test and is printed with the page, the rule and the offending elements.
//
// HANDBOOK_DIRS: handbook folders separated by the path delimiter (built beforehand with
// `./govc build examples/<name> -o <dir>`, then <dir>/handbook). Without it, the test builds every
// example under ../../examples itself with ../../govc into a temporary folder.
// CHROMIUM: the browser to use; /usr/bin/chromium by default.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
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

function handbookFolders() {
  if (process.env.HANDBOOK_DIRS) {
    return process.env.HANDBOOK_DIRS.split(path.delimiter).filter((d) => d.length > 0).map((d) => path.resolve(d));
  }
  const examples = path.join(repository, 'examples');
  const output = mkdtempSync(path.join(tmpdir(), 'styrmodell-handbooks-'));
  process.on('exit', () => rmSync(output, { recursive: true, force: true }));
  return readdirSync(examples)
    .filter((name) => statSync(path.join(examples, name)).isDirectory())
    .filter((name) => readdirSync(path.join(examples, name)).some((f) => f.endsWith('.styr')))
    .sort()
    .map((name) => {
      const target = path.join(output, name);
      execFileSync(path.join(repository, 'govc'), ['build', path.join(examples, name), '-o', target], { stdio: 'inherit' });
      return path.join(target, 'handbook');
    });
}

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

function describe(file, violations) {
  return violations.map((v) => [
    `${file}: ${v.id} (${v.impact}): ${v.help}`,
    `  ${v.helpUrl}`,
    ...v.nodes.map((n) => `  - ${n.target.join(' ')}\n    ${(n.failureSummary || '').replace(/\n/g, '\n    ')}`),
  ].join('\n')).join('\n');
}

const folders = handbookFolders();
let browser;

before(async () => {
  browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
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

async function check(url) {
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
  try {
    await page.goto(url, { waitUntil: 'load' });
    // From here on, errors are axe's own (it cannot fetch style sheets over file:), not the page's.
    const pageErrors = [...errors];
    await page.addScriptTag({ path: axeSource });
    const results = await page.evaluate((tags) => window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    }), TAGS);
    const searchHits = await page.evaluate(() => document.querySelectorAll('#sokresultat li').length);
    return { violations: results.violations, errors: pageErrors, outside, searchHits };
  } finally {
    await page.close();
  }
}

for (const folder of folders) {
  test(`axe finds no WCAG 2.1 A/AA violation on any page of ${folder}`, async () => {
    const files = htmlFiles(folder);
    assert.ok(files.length > 0, `no pages in ${folder}`);
    const problems = [];
    for (const file of files) {
      const { violations, errors, outside } = await check(pathToFileURL(file).href);
      if (violations.length > 0) {
        problems.push(describe(path.relative(folder, file), violations));
      }
      if (errors.length > 0) {
        problems.push(`${path.relative(folder, file)}: script errors: ${errors.join('; ')}`);
      }
      if (outside.length > 0) {
        problems.push(`${path.relative(folder, file)}: requests outside the handbook: ${outside.join(', ')}`);
      }
    }
    console.log(`${folder}: ${files.length} pages checked, ${problems.length} with problems`);
    assert.equal(problems.length, 0, `\n${problems.join('\n')}`);
  });

  test(`search works from the file system, and its results are accessible, in ${folder}`, async () => {
    const search = path.join(folder, 'sok.html');
    assert.ok(existsSync(search), 'sok.html');
    const url = `${pathToFileURL(search).href}?q=${encodeURIComponent('andel')}`;
    const { violations, errors, searchHits } = await check(url);
    assert.equal(errors.length, 0, errors.join('; '));
    assert.ok(searchHits > 0, 'a search for "andel" finds indicators');
    assert.equal(violations.length, 0, `\n${describe('sok.html?q=andel', violations)}`);
  });
}
