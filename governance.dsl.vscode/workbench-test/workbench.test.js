'use strict';
// The packaged extension (../styrmodell.vsix) in VS Code's own workbench: code-server, driven by
// headless Chromium through playwright-core. It opens a copy of the Linköping example and does what
// a planner does: reads coloured text, hovers a council goal, completes `leder till `, fixes a
// misspelt id with its quick fix, writes one garbage line and sees only its own error in the
// Problems view, and goes to a council goal's definition.
//
// Needs: ./install (code-server, playwright-core), ../styrmodell.vsix (npm run package), Java 17+
// and Chromium. Environment: CHROMIUM (default /usr/bin/chromium), STYRMODELL_VSIX,
// WORKBENCH_TEST_KEEP=1 keeps the temporary directory (code-server's and VS Code's logs, a
// screenshot of the workbench at the end).

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const repository = path.resolve(__dirname, '..', '..');
const example = path.join(repository, 'examples', 'linkoping');
const vsix = process.env.STYRMODELL_VSIX || path.join(__dirname, '..', 'styrmodell.vsix');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const codeServer = path.join(__dirname, 'node_modules', '.bin', 'code-server');
const EXTENSION_ID = 'styrmodell.styrmodell';

const KF_M1_TITLE = 'Linköping är en attraktiv, trygg och hållbar plats att bo, verka och vistas i';
const TIMEOUT = 30000;

/** Polls until fn returns a truthy value; on timeout fails with what the last poll saw. */
async function until(what, fn, timeout = TIMEOUT, interval = 100) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last && !(last instanceof Observed)) {
        return last;
      }
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) {
      const seen = last instanceof Observed ? last.value : last instanceof Error ? last.message : last;
      throw new Error(`Timed out after ${timeout} ms waiting for ${what}; last seen: ${JSON.stringify(seen, null, 1)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** A poll's falsy result that still says what it saw, for the timeout message. */
class Observed {
  constructor(value) { this.value = value; }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Command lines of the processes whose command line contains the text (Linux /proc). */
function processesWith(text) {
  const found = [];
  for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
      if (cmdline.includes(text)) {
        found.push({ pid: Number(pid), cmdline });
      }
    } catch {
      // the process ended meanwhile
    }
  }
  return found;
}

// A hung workbench fails the run instead of stalling CI (a whole run takes under a minute).
describe('the packaged extension in VS Code\'s workbench (code-server, headless Chromium)', { timeout: 300000 }, () => {
  let home;
  let workspace;
  let userData;
  let extensions;
  let logFile;
  let server;
  let browser;
  let page;
  const pageErrors = [];

  function codeServerLog() {
    try {
      return fs.readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
    } catch {
      return '(no log)';
    }
  }

  /** The extension host's log: activation and its errors. */
  function extensionHostLog() {
    const logs = path.join(userData, 'logs');
    const files = [];
    const walk = (dir) => {
      for (const entry of fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }) : []) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          walk(full);
        } else if (/exthost\d*\.log$|remoteexthost\.log$/.test(entry.name)) {
          files.push(full);
        }
      }
    };
    walk(logs);
    return files.map((file) => fs.readFileSync(file, 'utf8')).join('\n');
  }

  /** What the extension wrote to its output channel "Styrmodell" (the server's error output). */
  function outputChannel() {
    const found = [];
    const walk = (dir) => {
      for (const entry of fs.existsSync(dir) ? fs.readdirSync(dir, { withFileTypes: true }) : []) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          walk(full);
        } else if (/-Styrmodell\.log$/.test(entry.name)) {
          found.push(fs.readFileSync(full, 'utf8'));
        }
      }
    };
    walk(path.join(userData, 'logs'));
    return found.join('\n');
  }

  before(async () => {
    // Prerequisites, each with what to do about it.
    assert.ok(fs.existsSync(codeServer), `code-server is not installed: run ${path.join(__dirname, 'install')}`);
    assert.ok(fs.existsSync(vsix), `No ${vsix}: run npm run package in governance.dsl.vscode first`);
    assert.ok(fs.existsSync(chromiumPath), `No Chromium at ${chromiumPath}: apt-get install chromium, or set CHROMIUM`);
    const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
    assert.equal(java.status, 0, `The extension needs Java 17 or newer on PATH: ${java.error || java.stderr}`);

    home = fs.mkdtempSync(path.join(os.tmpdir(), 'styrmodell-workbench-'));
    workspace = path.join(home, 'linkoping');
    userData = path.join(home, 'user-data');
    extensions = path.join(home, 'extensions');
    logFile = path.join(home, 'code-server.log');
    fs.cpSync(example, workspace, { recursive: true });
    fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
    // Quiet and deterministic: no start page, trust prompt, telemetry, updates or autosave; no
    // suggestions or auto-closing while the test types (completion is asked for explicitly).
    fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'workbench.enableExperiments': false,
      'security.workspace.trust.enabled': false,
      'telemetry.telemetryLevel': 'off',
      'update.mode': 'none',
      'extensions.autoUpdate': false,
      'extensions.autoCheckUpdates': false,
      'extensions.ignoreRecommendations': true,
      'files.autoSave': 'off',
      'editor.quickSuggestions': { other: 'off', comments: 'off', strings: 'off' },
      'editor.suggestOnTriggerCharacters': false,
      'editor.autoClosingBrackets': 'never',
      'editor.autoClosingQuotes': 'never',
      'editor.autoIndent': 'keep',
      'editor.hover.delay': 100,
      'editor.minimap.enabled': false,
      'window.restoreWindows': 'none',
      'chat.disableAIFeatures': true,
    }, null, 2));

    const installed = spawnSync(codeServer, ['--user-data-dir', userData, '--extensions-dir', extensions,
      '--install-extension', vsix], { encoding: 'utf8', timeout: 60000 });
    assert.equal(installed.status, 0, `code-server --install-extension ${vsix} failed:\n${installed.stdout}${installed.stderr}`);

    const port = await freePort();
    const log = fs.openSync(logFile, 'a');
    // Its own process group (setsid): every window starts an extension host and a language server,
    // all killed with the group afterwards.
    server = spawn(codeServer, ['--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
      '--user-data-dir', userData, '--extensions-dir', extensions,
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
      '--disable-getting-started-override', workspace], { detached: true, stdio: ['ignore', log, log] });
    fs.closeSync(log);
    const url = `http://127.0.0.1:${port}`;
    await until(`code-server at ${url}/healthz (log: ${logFile})`, async () => {
      if (server.exitCode !== null) {
        throw new Error(`code-server exited with ${server.exitCode}:\n${codeServerLog()}`);
      }
      const response = await fetch(`${url}/healthz`);
      return response.ok;
    });

    const { chromium } = require('playwright-core');
    browser = await chromium.launch({ executablePath: chromiumPath, headless: true });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: TIMEOUT });
  });

  after(async () => {
    if (page && process.env.WORKBENCH_TEST_KEEP) {
      await page.screenshot({ path: path.join(home, 'workbench.png') }).catch(() => {});
      console.log(`# kept ${home}: code-server.log, user-data/logs, workbench.png`);
    }
    if (browser) {
      await browser.close().catch(() => {});
    }
    if (server && server.pid) {
      try {
        process.kill(-server.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    if (home && !process.env.WORKBENCH_TEST_KEEP) {
      fs.rmSync(home, { recursive: true, force: true });
    }
  });

  // --- What the page shows ------------------------------------------------------------------

  /** The view line (a rendered editor line) that contains the text. */
  const lineWith = (text) => page.locator('.monaco-editor .view-line', { hasText: text }).first();

  /** The token (span) of a view line whose whole text is the word. */
  const token = (lineText, word) => lineWith(lineText).locator('span > span', { hasText: new RegExp(`^${word}$`) });

  /** The rendered text of every visible editor line (non-breaking spaces as spaces). */
  const visibleLines = () => page.locator('.monaco-editor .view-line').evaluateAll((lines) => lines
    .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
    .map((line) => line.textContent.replace(/\u00a0/g, ' ')));

  const colourOf = (locator) => locator.evaluate((element) => getComputedStyle(element).color);

  const activeTab = () => page.locator('.tabs-container .tab.active').getAttribute('aria-label');

  const cursorPosition = () => page.locator('.statusbar-item[id$="status.editor.selection"]').innerText();

  /** The Problems view's rows (files and problems), as the screen reader reads them. */
  async function problems() {
    const panel = page.locator('.markers-panel');
    if (!(await panel.isVisible())) {
      await page.keyboard.press('Control+Shift+M');
      await panel.waitFor();
    }
    return panel.locator('.monaco-list-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label')));
  }

  /** Waits until the Problems view shows exactly these problems and still does a second later. */
  async function problemsExactly(what, expected) {
    let since = 0;
    await until(what, async () => {
      const rows = await problems();
      if (JSON.stringify(rows) !== JSON.stringify(expected)) {
        since = 0;
        return new Observed(rows);
      }
      since = since || Date.now();
      // The server publishes every file's diagnostics after a change; a late false follow-on
      // error in another file would show within this second.
      return Date.now() - since >= 1000 || new Observed(rows);
    });
  }

  async function openFile(name) {
    await page.getByRole('treeitem', { name }).click();
    await until(`${name} in the active editor tab`, async () => ((await activeTab()) || '').startsWith(name)
      || new Observed(await activeTab()));
  }

  /** Puts the cursor at the end of a 1-based line with Go to Line. */
  async function goToLineEnd(line) {
    await page.locator('.monaco-editor textarea').first().focus();
    await page.keyboard.press('Control+G');
    await page.keyboard.type(String(line));
    await page.keyboard.press('Enter');
    await until(`the cursor on line ${line}`, async () => (await cursorPosition()).startsWith(`Ln ${line},`)
      || new Observed(await cursorPosition()));
    await page.keyboard.press('End');
  }

  /** Back to the file as it is on disk (autosave is off): File: Revert File. */
  async function revert() {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    await page.keyboard.type('File: Revert File');
    const command = page.locator('.quick-input-list .monaco-list-row', { hasText: 'File: Revert File' }).first();
    await command.waitFor({ timeout: TIMEOUT });
    await page.keyboard.press('Enter');
    await until('the editor without unsaved changes', async () => !(await page.locator('.tabs-container .tab.active.dirty').count()));
  }

  // --- The planner's tour -------------------------------------------------------------------

  it('activates the extension without errors and runs the packaged language server', async () => {
    await openFile('bun.styr');
    const log = await until('the extension\'s activation in the extension host log',
      () => /_doActivateExtension styrmodell\.styrmodell\b/.test(extensionHostLog()) && extensionHostLog());
    const failures = log.split('\n').filter((line) => /styrmodell/i.test(line) && /\[error\]|failed|fel/i.test(line));
    assert.deepEqual(failures, [], 'the extension host reports errors about the extension');
    const servers = await until('the language server process (java … styrmodell-server.jar) from the installed extension',
      () => {
        const found = processesWith(path.join(extensions, `${EXTENSION_ID}-`)).filter((p) => /styrmodell-server\.jar/.test(p.cmdline));
        return found.length > 0 ? found : new Observed(found);
      });
    assert.equal(servers.length, 1, JSON.stringify(servers));
    assert.match(servers[0].cmdline, /^\S*java\b/);
    // The semantic colour of a reference comes from the server: it has read the workspace.
    await until('the server\'s semantic colour on the reference kf_m1 in `leder till kf_m1`',
      async () => (await token('leder till kf_m1', 'kf_m1').count()) === 1);
    const notifications = await page.locator('.notifications-toasts .notification-toast').allInnerTexts();
    assert.deepEqual(notifications, [], 'notifications after start');
    const output = outputChannel();
    assert.ok(!/språkserver|exception|error|severe/i.test(output), `the Styrmodell output channel:\n${output}`);
  });

  it('colours keywords (TextMate) and references (semantic tokens)', async () => {
    const plain = await colourOf(page.locator('.monaco-editor .view-lines').first());
    const keyword = await colourOf(token('mål bun_m1', 'mål'));
    const reference = await colourOf(token('leder till kf_m1', 'kf_m1'));
    assert.notEqual(keyword, plain, `the keyword mål is coloured (${keyword}) unlike plain text (${plain})`);
    assert.equal(await colourOf(token('leder till kf_m1', 'leder')), keyword, 'leder is a keyword like mål');
    assert.notEqual(reference, plain, `the reference kf_m1 is coloured (${reference}) unlike plain text (${plain})`);
    assert.notEqual(reference, keyword, 'a reference is coloured unlike a keyword');
  });

  it('hovers a council goal reference with its title', async () => {
    await token('leder till kf_m1', 'kf_m1').hover();
    const hover = page.locator('.monaco-hover .hover-contents', { hasText: KF_M1_TITLE }).first();
    await hover.waitFor({ timeout: TIMEOUT });
    assert.match(await hover.innerText(), new RegExp(`^Mål kf_m1: ${KF_M1_TITLE}`));
    await page.mouse.move(0, 0);
    await page.keyboard.press('Escape');
  });

  it('completes `leder till ` with the council\'s goals', async (t) => {
    t.after(revert);
    await goToLineEnd(14); // `    leder till kf_m1`, in bun_m1
    await page.keyboard.press('Enter');
    await page.keyboard.type('leder till '); // indented as the line above
    await page.keyboard.press('Control+Space');
    const rows = page.locator('.suggest-widget .monaco-list-row');
    const labels = await until('the completion list', async () => {
      const seen = await rows.evaluateAll((list) => list.map((row) => row.innerText.replace(/\s+/g, ' ')));
      return seen.some((label) => /^kf_m1\b/.test(label)) ? seen : new Observed(seen);
    });
    assert.ok(labels.some((label) => label.startsWith('kf_m1') && label.includes(KF_M1_TITLE)),
      `kf_m1 offered with its title: ${JSON.stringify(labels)}`);
    assert.ok(labels.some((label) => label.startsWith('kf_m2')), `kf_m2 offered too: ${JSON.stringify(labels)}`);
    await page.keyboard.press('Escape');
  });

  it('reports a misspelt id and replaces it with its quick fix', async (t) => {
    t.after(revert);
    await goToLineEnd(61); // `    målområde ekonomi`, in bun_m3
    await page.keyboard.type('n');
    const message = "Målområdet 'ekonomin' finns inte. Menade du ekonomi?";
    // The row names the language (its source), never Xtext's class names (org.eclipse.xtext…).
    await problemsExactly('the misspelt id, alone, in the Problems view', [
      '1 problems in file bun.styr of folder .',
      `Error: ${message} at line 61 and character 15. generated by styrmodell`,
    ]);
    await page.locator('.monaco-editor textarea').first().focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Control+.');
    const actions = page.locator('.action-widget .monaco-list-row.action');
    const offered = await until('the quick fix menu', async () => {
      const seen = await actions.evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label')));
      return seen.length > 0 ? seen : new Observed(seen);
    });
    assert.deepEqual(offered, ["Byt till 'ekonomi'"], 'the quick fixes offered');
    await page.locator('.action-widget .monaco-list-row.action.focused').waitFor({ timeout: TIMEOUT });
    await page.keyboard.press('Enter');
    await until('the fixed line', async () => (await visibleLines()).includes('    målområde ekonomi')
      && !(await visibleLines()).includes('    målområde ekonomin'));
    await problemsExactly('an empty Problems view after the quick fix', []);
  });

  it('gives one garbage line inside a goal exactly its own syntax error in the Problems view', async (t) => {
    t.after(revert);
    await goToLineEnd(61);
    await page.keyboard.press('Enter');
    await page.keyboard.type('det här ska bort'); // indented as the line above
    await problemsExactly('exactly one syntax error, on the garbage line 62, in the whole workspace', [
      '1 problems in file bun.styr of folder .',
      "Error: 'det' hör inte hit. Här väntas ett av: nivå, ägare, ansvarig, målområde, önskat läge, beskrivning, period, "
        + 'leder till, grunduppdrag, styrdokument, agenda2030, beslut, … at line 62 and character 5. generated by styrmodell',
    ]);
    await revert();
    await problemsExactly('an empty Problems view once the file is as on disk', []);
  });

  it('goes to the definition of a council goal in the council\'s file', async () => {
    await goToLineEnd(14);
    await token('leder till kf_m1', 'kf_m1').click();
    await page.keyboard.press('F12');
    await until('kf.styr in the active editor tab', async () => ((await activeTab()) || '').startsWith('kf.styr')
      || new Observed(await activeTab()));
    await until('the cursor on kf_m1\'s declaration, line 39', async () => /^Ln 39, Col (7|12)\b/.test(await cursorPosition())
      || new Observed(await cursorPosition()));
    assert.ok((await visibleLines()).includes(`  mål kf_m1 "${KF_M1_TITLE}" {`));
  });

  it('shows no page errors from the workbench', () => {
    assert.deepEqual(pageErrors, []);
  });
});
