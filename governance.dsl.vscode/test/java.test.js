'use strict';
// Which Java the extension starts the server with, and what it says when there is none.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { findJava, parseJavaVersion, javaCandidate } = require('../src/java');

test('reads the major version from java -version', () => {
  assert.equal(parseJavaVersion('openjdk version "17.0.15" 2025-04-15'), 17);
  assert.equal(parseJavaVersion('openjdk version "21" 2023-09-19'), 21);
  assert.equal(parseJavaVersion('java version "1.8.0_392"'), 8);
  assert.equal(parseJavaVersion('no java here'), null);
});

test('the setting wins over JAVA_HOME, which wins over PATH', () => {
  assert.equal(javaCandidate('/opt/jdk-21/bin/java', { JAVA_HOME: '/usr/lib/jvm/x' }).path, '/opt/jdk-21/bin/java');
  assert.equal(javaCandidate('', { JAVA_HOME: '/usr/lib/jvm/x' }).path, path.join('/usr/lib/jvm/x', 'bin',
    process.platform === 'win32' ? 'java.exe' : 'java'));
  assert.equal(javaCandidate('', {}).source, 'PATH');
});

test('an old Java is refused with what to install', async () => {
  const result = await findJava('', {}, async () => 'openjdk version "11.0.2" 2019-01-15');
  assert.equal(result.ok, false);
  assert.match(result.message, /behöver Java 17 eller senare, men java \(PATH\) är Java 11\. Installera Java 17/);
  assert.match(result.message, /styrmodell\.java\.path/);
});

test('no Java at all is explained, naming where it was looked for', async () => {
  const result = await findJava('', { JAVA_HOME: '/saknas' }, async () => { throw new Error('ENOENT'); });
  assert.equal(result.ok, false);
  assert.match(result.message, /ingen Java hittades \(JAVA_HOME: \/saknas\/bin\/java\)/);
});

test('the Java on this machine is accepted', async () => {
  const result = await findJava('', {});
  assert.equal(result.ok, true, result.message);
  assert.ok(result.version >= 17);
});
