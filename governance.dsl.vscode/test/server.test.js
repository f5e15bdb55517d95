'use strict';
// How the extension starts the server's Java and what it says when Java does not start or stops.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { firstErrorLine, failureMessage, spawnServer, needsRestart } = require('../src/server');

test('the first line that says something is the reason', () => {
  assert.equal(firstErrorLine('\n  Unrecognized option: -Xfoo\nError: Could not create the Java Virtual Machine.\n'),
    'Unrecognized option: -Xfoo');
  assert.equal(firstErrorLine(''), null);
});

test('a server that did not start names Java\'s reason and the settings, in Swedish', () => {
  const message = failureMessage({ started: false, code: 1, signal: null, stderr: 'Unrecognized option: -Xfoo\n' });
  assert.equal(message, 'Styrmodells språkserver kunde inte starta: Java avslutades med kod 1. Java skrev: '
    + '"Unrecognized option: -Xfoo". Kontrollera inställningarna styrmodell.java.path och styrmodell.java.options. '
    + 'Hela utskriften finns i panelen Utdata under Styrmodell.');
  assert.match(failureMessage({ started: true, code: null, signal: 'SIGKILL', stderr: '' }),
    /^Styrmodells språkserver stannade: Java avbröts \(SIGKILL\)\. Hela utskriften/);
});

test('only the Java settings restart the server', () => {
  const event = (key) => ({ affectsConfiguration: (section) => section === key });
  assert.equal(needsRestart(event('styrmodell.java.path')), true);
  assert.equal(needsRestart(event('styrmodell.java.options')), true);
  assert.equal(needsRestart(event('editor.fontSize')), false);
});

function java() {
  const home = process.env.JAVA_HOME;
  const candidate = home ? path.join(home, 'bin', process.platform === 'win32' ? 'java.exe' : 'java') : 'java';
  return home && !fs.existsSync(candidate) ? 'java' : candidate;
}

test('a JVM that refuses its options is heard with its own first line', async () => {
  const ending = await new Promise((resolve) => {
    const logged = [];
    spawnServer(java(), ['-Xfoo', '-version'], {
      log: (text) => logged.push(text),
      onExit: (result) => resolve({ ...result, logged: logged.join('') }),
    });
  });
  assert.equal(ending.started, false);
  assert.notEqual(ending.code, 0);
  assert.match(firstErrorLine(ending.stderr), /-Xfoo/);
  assert.equal(ending.logged, ending.stderr, 'the whole error output goes to the output channel');
});

test('a program that is not there is reported, not thrown', async () => {
  const ending = await new Promise((resolve) => {
    spawnServer('/saknas/java', ['-version'], { onExit: resolve });
  });
  assert.match(failureMessage(ending), /kunde inte starta/);
  assert.match(firstErrorLine(ending.stderr), /ENOENT/);
});

test('a server stopped on purpose is not reported', async () => {
  let reported = false;
  const { child, stopping } = spawnServer(java(), ['-version'], { onExit: () => { reported = true; } });
  stopping();
  await new Promise((resolve) => child.on('close', resolve));
  assert.equal(reported, false);
});

test('the language turns off the ambiguous-character boxes that every – in a title would get', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8'));
  assert.equal(manifest.contributes.configurationDefaults['[styrmodell]']['editor.unicodeHighlight.ambiguousCharacters'],
    false);
});
