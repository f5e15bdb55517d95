'use strict';
// Prints how fast the packaged language server answers, measured as an editor sees it (over
// stdio, from this client process). It prints figures; it does not fail on slow ones.
//   1. Start of the server process and initialize -> first diagnostics, Linköping example.
//   2. An edit in a generated plan of about 20,000 lines -> its new diagnostics.
//   3. Completion in that plan.
//   4. Folding, outline and semantic tokens of that plan (editors ask for them after each edit).
// Run: npm run benchmark (after the Maven build and npm run bundle-server).

const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const rpc = require('vscode-jsonrpc/node');
const lsp = require('vscode-languageserver-protocol');

const repository = path.resolve(__dirname, '..', '..');
const example = path.join(repository, 'examples', 'linkoping');
const jar = [path.join(__dirname, '..', 'server', 'styrmodell-server.jar'),
  path.join(repository, 'governance.dsl.ide', 'target', 'styrmodell-server.jar')].find((file) => fs.existsSync(file));
const WARM_UP = 3; // a server runs for a whole editing session: the figures are for a warm one
const ROUNDS = 7;

/** A committee's plan of `goals` goals, each leading to a council goal, with two indicators: ~20 lines a goal. */
function generatedPlan(goals) {
  const areas = ['samhälle', 'medborgare', 'ekonomi', 'verksamhet'];
  const lines = ['kommun linkoping "Linköpings kommun"', '', 'plan stor_plan "En mycket stor internbudget" {',
    '  ägare sbn', '  period 2019-2022', ''];
  for (let i = 1; i <= goals; i++) {
    const area = areas[i % areas.length];
    lines.push(`  mål stor_m${i} "Invånarna får bättre service inom område ${i}" {`,
      `    målområde ${area}`,
      `    leder till kf_m${(i % 4) + 1}`,
      '',
      `    indikator stor_m${i}_i1 "Andel nöjda invånare, område ${i}" {`,
      '      enhet %', '      riktning högre', '      utgångsvärde 2018: 70',
      '      målvärde 2022: större än 75', '    }',
      '',
      `    indikator stor_m${i}_i2 "Handläggningstid i dagar, område ${i}" {`,
      '      enhet "dagar"', '      riktning lägre', '      utgångsvärde 2018: 30',
      '      målvärde 2022: mindre än 20', '    }',
      '  }', '');
  }
  // An activity at the very end: "bidrar till" there proposes every goal and measure of the plan.
  lines.push('  aktivitet stor_a1 "Gemensam servicegaranti" {', '    bidrar till stor_m1', '  }', '}', '');
  return lines.join('\n');
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main() {
  if (!jar) {
    throw new Error('No server jar: run ./mvnw package and npm run bundle-server first');
  }
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'styrmodell-bench-'));
  for (const file of fs.readdirSync(example).filter((name) => name.endsWith('.styr'))) {
    fs.copyFileSync(path.join(example, file), path.join(workspace, file));
  }
  const uri = (file) => pathToFileURL(path.join(workspace, file)).href;
  const published = [];
  const listeners = [];
  const spawned = Date.now();
  // As the extension starts it (its default styrmodell.java.options), plus any options given for a profile.
  const defaults = require('../package.json').contributes.configuration.properties['styrmodell.java.options'].default;
  const options = [...defaults, ...(process.env.STYRMODELL_JAVA_OPTIONS || '').split(' ').filter(Boolean)];
  const server = spawn('java', [...options, '-jar', jar], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(server.stdout),
    new rpc.StreamMessageWriter(server.stdin));
  connection.onNotification(lsp.PublishDiagnosticsNotification.type, (params) => {
    published.push({ at: Date.now(), params });
    listeners.slice().forEach((listener) => listener(params));
  });
  connection.onRequest(lsp.RegistrationRequest.type, () => null);
  connection.listen();
  const next = (file, predicate = () => true) => new Promise((resolve) => {
    const listener = (params) => {
      if (params.uri === uri(file) && predicate(params.diagnostics)) {
        listeners.splice(listeners.indexOf(listener), 1);
        resolve(Date.now());
      }
    };
    listeners.push(listener);
  });

  // 1. Opening the Linköping example.
  const initializeSent = Date.now();
  const firstDiagnostics = new Promise((resolve) => listeners.push(function first() {
    listeners.splice(listeners.indexOf(first), 1);
    resolve(Date.now());
  }));
  await connection.sendRequest(lsp.InitializeRequest.type, {
    processId: process.pid, rootUri: pathToFileURL(workspace).href,
    workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'linkoping' }],
    capabilities: { textDocument: { // what VS Code announces for these requests
      foldingRange: {}, documentSymbol: { hierarchicalDocumentSymbolSupport: true },
      semanticTokens: { requests: { full: true }, tokenTypes: [], tokenModifiers: [], formats: ['relative'] } } },
  });
  const initialized = Date.now();
  connection.sendNotification(lsp.InitializedNotification.type, {});
  const first = await firstDiagnostics;
  console.log(`Linköping example, process start -> first diagnostics:   ${first - spawned} ms`);
  console.log(`Linköping example, initialize -> first diagnostics:      ${first - initializeSent} ms`
    + ` (of which the JVM starting and answering initialize: ${initialized - initializeSent} ms)`);

  // 2. A plan of ~20,000 lines, opened in the editor, edited as a planner types.
  const plan = generatedPlan(1050);
  const planLines = plan.split('\n').length;
  fs.writeFileSync(path.join(workspace, 'stor.styr'), plan);
  const opened = next('stor.styr');
  connection.sendNotification(lsp.DidOpenTextDocumentNotification.type,
    { textDocument: { uri: uri('stor.styr'), languageId: 'styrmodell', version: 1, text: plan } });
  const openedAt = Date.now();
  console.log(`Plan of ${planLines} lines, open -> diagnostics:           ${(await opened) - openedAt} ms`);
  const editTimes = [];
  // As an editor sends them: the changed range only. Alternately a character typed into a title
  // and a reference broken ("kf_m2" -> "kf_m9") or mended.
  const planLineTexts = plan.split('\n');
  const titleLine = planLineTexts.findIndex((text) => text.includes('område 500"'));
  const titleColumn = planLineTexts[titleLine].indexOf('område 500"') + 'område 500'.length;
  const referenceLine = planLineTexts.findIndex((text) => text === '    leder till kf_m2');
  for (let round = 0; round < WARM_UP + ROUNDS; round++) {
    const change = round % 2 === 0
      ? { range: { start: { line: titleLine, character: titleColumn }, end: { line: titleLine, character: titleColumn } },
        text: 'x' }
      : { range: { start: { line: referenceLine, character: 19 }, end: { line: referenceLine, character: 20 } },
        text: round % 4 === 1 ? '9' : '2' };
    const arrived = next('stor.styr');
    const sent = Date.now();
    connection.sendNotification(lsp.DidChangeTextDocumentNotification.type,
      { textDocument: { uri: uri('stor.styr'), version: round + 2 }, contentChanges: [change] });
    editTimes.push((await arrived) - sent);
  }
  console.log(`Plan of ${planLines} lines, edit -> diagnostics:           median ${median(editTimes.slice(WARM_UP))} ms`
    + ` (${editTimes.join(', ')} ms; the first ${WARM_UP} warm up)`);

  // 3. Completion of a parent goal in that plan.
  const completionTimes = [];
  const line = plan.split('\n').findIndex((text) => text === '    leder till kf_m1');
  for (let round = 0; round < WARM_UP + ROUNDS; round++) {
    const sent = Date.now();
    const result = await connection.sendRequest(lsp.CompletionRequest.type,
      { textDocument: { uri: uri('stor.styr') }, position: { line, character: 15 } });
    if ((Array.isArray(result) ? result : result.items).length === 0) {
      throw new Error('no completion');
    }
    completionTimes.push(Date.now() - sent);
  }
  console.log(`Plan of ${planLines} lines, completion:                    median ${median(completionTimes.slice(WARM_UP))} ms`
    + ` (${completionTimes.join(', ')} ms; the first ${WARM_UP} warm up)`);

  // 3b. The longest list: after "bidrar till" at the end of the plan (goals, measures, the activity).
  const linkLine = plan.split('\n').findIndex((text) => text === '    bidrar till stor_m1');
  const longTimes = [];
  let proposals = 0;
  for (let round = 0; round < WARM_UP + ROUNDS; round++) {
    const sent = Date.now();
    const result = await connection.sendRequest(lsp.CompletionRequest.type,
      { textDocument: { uri: uri('stor.styr') }, position: { line: linkLine, character: 16 } });
    proposals = (Array.isArray(result) ? result : result.items).length;
    longTimes.push(Date.now() - sent);
  }
  console.log(`Plan of ${planLines} lines, completion of ${proposals} proposals:`.padEnd(56)
    + `median ${median(longTimes.slice(WARM_UP))} ms`);

  // 4. What an editor asks for after each edit besides diagnostics: they share the server's two cores.
  for (const [name, type, params] of [
    ['folding', lsp.FoldingRangeRequest.type, { textDocument: { uri: uri('stor.styr') } }],
    ['outline', lsp.DocumentSymbolRequest.type, { textDocument: { uri: uri('stor.styr') } }],
    ['semantic tokens', lsp.SemanticTokensRequest.type, { textDocument: { uri: uri('stor.styr') } }]]) {
    const times = [];
    for (let round = 0; round < WARM_UP + ROUNDS; round++) {
      const sent = Date.now();
      await connection.sendRequest(type, params);
      times.push(Date.now() - sent);
    }
    console.log(`Plan of ${planLines} lines, ${name}:`.padEnd(56) + `median ${median(times.slice(WARM_UP))} ms`);
  }

  await connection.sendRequest(lsp.ShutdownRequest.type);
  connection.sendNotification(lsp.ExitNotification.type);
  connection.dispose();
  fs.rmSync(workspace, { recursive: true, force: true });
  console.log(`(${os.cpus().length} cores, ${os.cpus()[0].model}, load average ${os.loadavg()[0].toFixed(1)}; `
    + `java ${options.join(' ')} -jar ${path.relative(process.cwd(), jar)} lsp)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
