'use strict';
// End to end, over the wire: a real LSP client process (this one) starts the packaged server
// (server/styrmodell-server.jar, as the extension does; else the one Maven built), opens a copy of the
// Linköping example and checks what an editor shows: diagnostics, completion, hover, definition,
// rename and formatting, then breaks a file and sees the error (and its quick fix) arrive.

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const rpc = require('vscode-jsonrpc/node');
const lsp = require('vscode-languageserver-protocol');

const repository = path.resolve(__dirname, '..', '..');
const example = path.join(repository, 'examples', 'linkoping');
const FILES = ['bun.styr', 'kf.styr', 'kfn.styr', 'ks.styr', 'modell.styr', 'uppfoljning-delar-2019.styr'];

function serverJar() {
  for (const jar of [process.env.STYRMODELL_SERVER_JAR,
    path.join(__dirname, '..', 'server', 'styrmodell-server.jar'),
    path.join(repository, 'governance.dsl.ide', 'target', 'styrmodell-server.jar')]) {
    if (jar && fs.existsSync(jar)) {
      return jar;
    }
  }
  throw new Error('No server jar: run ./mvnw package and npm run bundle-server first');
}

/** The position of an occurrence of a snippet in a text, plus a column offset. */
function positionOf(text, snippet, column = 0, occurrence = 0) {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) {
    offset = text.indexOf(snippet, offset + 1);
    assert.ok(offset >= 0, `'${snippet}' not found`);
  }
  offset += column;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

function applyEdits(text, edits) {
  const offsetOf = (p) => text.split('\n').slice(0, p.line).reduce((sum, line) => sum + line.length + 1, 0) + p.character;
  const sorted = [...edits].sort((a, b) => offsetOf(b.range.start) - offsetOf(a.range.start));
  let result = text;
  for (const edit of sorted) {
    result = result.slice(0, offsetOf(edit.range.start)) + edit.newText + result.slice(offsetOf(edit.range.end));
  }
  return result;
}

describe('the packaged language server, over stdio', () => {
  let workspace;
  let server;
  let connection;
  let stderr = '';
  const diagnostics = new Map(); // uri -> latest diagnostics
  const waiters = [];
  const uri = (file) => pathToFileURL(path.join(workspace, file)).href;
  const text = (file) => fs.readFileSync(path.join(workspace, file), 'utf8');

  /** Resolves when the latest diagnostics of a file satisfy the predicate. */
  function diagnosticsOf(file, predicate = () => true, timeout = 60000) {
    return new Promise((resolve, reject) => {
      const check = () => diagnostics.has(uri(file)) && predicate(diagnostics.get(uri(file)));
      if (check()) {
        resolve(diagnostics.get(uri(file)));
        return;
      }
      const timer = setTimeout(() => reject(new Error(`no such diagnostics for ${file}: `
        + JSON.stringify(diagnostics.get(uri(file))) + `\n${stderr}`)), timeout);
      waiters.push(() => {
        if (check()) {
          clearTimeout(timer);
          resolve(diagnostics.get(uri(file)));
          return true;
        }
        return false;
      });
    });
  }

  let version = 1;
  function open(file, content = text(file)) {
    connection.sendNotification(lsp.DidOpenTextDocumentNotification.type,
      { textDocument: { uri: uri(file), languageId: 'styrmodell', version: version++, text: content } });
  }

  before(async () => {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'styrmodell-e2e-'));
    for (const file of FILES) {
      fs.copyFileSync(path.join(example, file), path.join(workspace, file));
    }
    // A copy in a dependency folder, which the server must not index (else: duplicate ids).
    fs.mkdirSync(path.join(workspace, 'node_modules', 'gammal'), { recursive: true });
    fs.copyFileSync(path.join(example, 'kf.styr'), path.join(workspace, 'node_modules', 'gammal', 'kf.styr'));

    // As the extension starts it: java from the PATH with the default styrmodell.java.options.
    const options = require('../package.json').contributes.configuration.properties['styrmodell.java.options'].default;
    server = spawn('java', [...options, '-jar', serverJar()], { stdio: ['pipe', 'pipe', 'pipe'] });
    server.stderr.on('data', (chunk) => { stderr += chunk; });
    connection = rpc.createMessageConnection(new rpc.StreamMessageReader(server.stdout),
      new rpc.StreamMessageWriter(server.stdin));
    connection.onNotification(lsp.PublishDiagnosticsNotification.type, (params) => {
      diagnostics.set(params.uri, params.diagnostics);
      for (let i = waiters.length - 1; i >= 0; i--) {
        if (waiters[i]()) {
          waiters.splice(i, 1);
        }
      }
    });
    connection.onRequest(lsp.RegistrationRequest.type, () => null);
    connection.onRequest(lsp.ConfigurationRequest.type, (params) => params.items.map(() => null));
    connection.listen();
    const started = Date.now();
    const result = await connection.sendRequest(lsp.InitializeRequest.type, {
      processId: process.pid,
      rootUri: pathToFileURL(workspace).href,
      workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'linkoping' }],
      capabilities: {
        textDocument: {
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: { completionItem: { snippetSupport: false } },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        },
        workspace: { workspaceFolders: true, workspaceEdit: { documentChanges: false } },
      },
    });
    assert.ok(result.capabilities.completionProvider, 'completion is offered');
    connection.sendNotification(lsp.InitializedNotification.type, {});
    await Promise.all(FILES.map((file) => diagnosticsOf(file)));
    console.log(`# initialize to the diagnostics of all ${FILES.length} files: ${Date.now() - started} ms`);
  });

  after(async () => {
    if (connection) {
      await connection.sendRequest(lsp.ShutdownRequest.type).catch(() => {});
      connection.sendNotification(lsp.ExitNotification.type);
    }
    await new Promise((resolve) => {
      if (!server || server.exitCode !== null) {
        resolve();
        return;
      }
      const timer = setTimeout(() => { server.kill(); resolve(); }, 5000);
      server.on('exit', () => { clearTimeout(timer); resolve(); });
    });
    if (connection) {
      connection.dispose();
    }
    fs.rmSync(workspace, { recursive: true, force: true });
  });

  it('publishes clean diagnostics for every file of the example, and none for the copy in node_modules', () => {
    for (const file of FILES) {
      assert.deepEqual(diagnostics.get(uri(file)), [], file);
    }
    assert.equal(diagnostics.has(uri('node_modules/gammal/kf.styr')), false);
  });

  it('completes a parent goal with its human title', async () => {
    open('bun.styr');
    const content = text('bun.styr');
    const result = await connection.sendRequest(lsp.CompletionRequest.type, {
      textDocument: { uri: uri('bun.styr') }, position: positionOf(content, 'leder till kf_m1', 11),
    });
    const items = Array.isArray(result) ? result : result.items;
    const item = items.find((candidate) => candidate.label === 'kf_m1');
    assert.ok(item, JSON.stringify(items.map((candidate) => candidate.label)));
    assert.equal(item.detail, 'Linköping är en attraktiv, trygg och hållbar plats att bo, verka och vistas i');
  });

  it('hovers a council goal with its desired state and how its measures stand', async () => {
    const content = text('bun.styr');
    const hover = await connection.sendRequest(lsp.HoverRequest.type, {
      textDocument: { uri: uri('bun.styr') }, position: positionOf(content, 'leder till kf_m1', 12),
    });
    assert.equal(hover.contents.kind, 'markdown');
    const lines = hover.contents.value.split('\n');
    assert.equal(lines[0], '**Mål** `kf_m1`: Linköping är en attraktiv, trygg och hållbar plats att bo, verka och vistas i');
    assert.ok(lines.includes('Målområde: Samhälle · Nivå: Kommun · Ägare: Kommunfullmäktige · Period: 2019-2022'),
      hover.contents.value);
    assert.ok(lines.includes('Senaste bedömning: Delvis uppfyllt (Delårsrapport augusti 2019)'), hover.contents.value);
  });

  it('goes to the definition of a council goal in the council\'s file', async () => {
    const content = text('bun.styr');
    const result = await connection.sendRequest(lsp.DefinitionRequest.type, {
      textDocument: { uri: uri('bun.styr') }, position: positionOf(content, 'leder till kf_m1', 12),
    });
    const locations = Array.isArray(result) ? result : [result];
    assert.equal(locations.length, 1);
    assert.equal(locations[0].uri, uri('kf.styr'));
    assert.deepEqual(locations[0].range.start, positionOf(text('kf.styr'), 'mål kf_m1 "', 4));
  });

  it('renames a council goal in every file that names it', async () => {
    const edit = await connection.sendRequest(lsp.RenameRequest.type, {
      textDocument: { uri: uri('bun.styr') }, position: positionOf(text('bun.styr'), 'leder till kf_m1', 12),
      newName: 'kf_trygghet',
    });
    const changed = Object.keys(edit.changes).map((changedUri) => path.basename(new URL(changedUri).pathname)).sort();
    assert.deepEqual(changed, ['bun.styr', 'kf.styr', 'kfn.styr', 'ks.styr', 'uppfoljning-delar-2019.styr']);
    const renamed = applyEdits(text('bun.styr'), edit.changes[uri('bun.styr')]);
    assert.ok(renamed.includes('    leder till kf_trygghet\n'));
    assert.ok(!/\bkf_m1\b/.test(renamed));
  });

  it('formats a messy file into the canonical layout', async () => {
    const canonical = text('ks.styr');
    const messy = canonical.replace('  mål ks_m1 ', 'mål    ks_m1 ').replace('  ägare ks\n', 'ägare ks\n');
    open('ks.styr', messy);
    const edits = await connection.sendRequest(lsp.DocumentFormattingRequest.type, {
      textDocument: { uri: uri('ks.styr') }, options: { tabSize: 4, insertSpaces: true },
    });
    assert.equal(applyEdits(messy, edits), canonical);
  });

  it('reports an error as soon as a file is broken, offers the fix, and clears it when fixed', async () => {
    const original = text('bun.styr');
    const broken = original.replace('    målområde ekonomi\n', '    målområde ekonomin\n');
    connection.sendNotification(lsp.DidChangeTextDocumentNotification.type, {
      textDocument: { uri: uri('bun.styr'), version: version++ }, contentChanges: [{ text: broken }],
    });
    const reported = await diagnosticsOf('bun.styr', (list) => list.length > 0);
    assert.deepEqual(reported.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`),
      ["61:15 Målområdet 'ekonomin' finns inte. Menade du ekonomi?"]);
    assert.equal(reported[0].severity, lsp.DiagnosticSeverity.Error);
    // The language's own code, never Xtext's class name (org.eclipse.xtext.diagnostics.Diagnostic.Linking).
    assert.equal(reported[0].code, 'styrmodell.reference');
    assert.equal(reported[0].source, 'styrmodell');
    // The quick fix, with the suggestions carried by the diagnostic as the client sends it back.
    const actions = await connection.sendRequest(lsp.CodeActionRequest.type, {
      textDocument: { uri: uri('bun.styr') }, range: reported[0].range, context: { diagnostics: reported },
    });
    assert.deepEqual(actions.map((action) => action.title), ["Byt till 'ekonomi'"]);
    assert.equal(applyEdits(broken, actions[0].edit.changes[uri('bun.styr')]), original);
    connection.sendNotification(lsp.DidChangeTextDocumentNotification.type, {
      textDocument: { uri: uri('bun.styr'), version: version++ }, contentChanges: [{ text: original }],
    });
    assert.deepEqual(await diagnosticsOf('bun.styr', (list) => list.length === 0), []);
  });

  it('gives one garbage line exactly its own syntax error and nothing else', async () => {
    const original = text('bun.styr');
    const broken = original.replace('    målområde ekonomi\n', '    målområde ekonomi\n    det här ska bort\n');
    connection.sendNotification(lsp.DidChangeTextDocumentNotification.type, {
      textDocument: { uri: uri('bun.styr'), version: version++ }, contentChanges: [{ text: broken }],
    });
    const reported = await diagnosticsOf('bun.styr', (list) => list.length > 0);
    assert.deepEqual(reported.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`),
      ["62:5 styrmodell.syntax 'det' hör inte hit. Här väntas ett av: nivå, ägare, ansvarig, målområde, önskat läge, "
        + 'beskrivning, period, leder till, grunduppdrag, styrdokument, agenda2030, beslut, …']);
    connection.sendNotification(lsp.DidChangeTextDocumentNotification.type, {
      textDocument: { uri: uri('bun.styr'), version: version++ }, contentChanges: [{ text: original }],
    });
    assert.deepEqual(await diagnosticsOf('bun.styr', (list) => list.length === 0), []);
  });
});
