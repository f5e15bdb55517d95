'use strict';
// Finding a Java 17 or newer for the language server, apart from VS Code so that it can be tested
// with node --test. The server is a Java program (Xtext); without Java it cannot start, and the
// planner must be told what to install rather than see a stack trace.

const { execFile } = require('child_process');
const fs = require('fs');
const path = require('path');

const MINIMUM_VERSION = 17;

/** The major version in `java -version` output: 'version "17.0.15"' is 17, 'version "1.8.0_392"' is 8. */
function parseJavaVersion(output) {
  const match = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(output || '');
  if (!match) {
    return null;
  }
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

/** The java executable named by the setting (a program or a Java home folder), JAVA_HOME, or PATH. */
function javaCandidate(setting, env) {
  const executable = process.platform === 'win32' ? 'java.exe' : 'java';
  const fromHome = (home) => path.join(home, 'bin', executable);
  if (setting && setting.trim()) {
    const configured = setting.trim();
    try {
      if (fs.statSync(configured).isDirectory()) {
        return { path: fromHome(configured), source: 'styrmodell.java.path' };
      }
    } catch (e) {
      // Not a folder (or missing): taken as the program itself, and reported if it does not run.
    }
    return { path: configured, source: 'styrmodell.java.path' };
  }
  if (env.JAVA_HOME && env.JAVA_HOME.trim()) {
    return { path: fromHome(env.JAVA_HOME.trim()), source: 'JAVA_HOME' };
  }
  return { path: executable, source: 'PATH' };
}

const INSTALL_HINT = 'Installera Java 17 eller senare (till exempel Eclipse Temurin 17 från adoptium.net, '
  + 'eller paketet openjdk-17-jre på Linux) och starta om VS Code, eller ange Java i inställningen '
  + 'styrmodell.java.path.';

/**
 * Resolves to { ok: true, path, version } or { ok: false, message } with a message for the planner.
 * `run` runs a program and resolves to its combined output (replaceable in tests).
 */
async function findJava(setting, env = process.env, run = runJavaVersion) {
  const candidate = javaCandidate(setting, env);
  let output;
  try {
    output = await run(candidate.path);
  } catch (e) {
    return {
      ok: false,
      message: `Styrmodells språkserver behöver Java ${MINIMUM_VERSION} eller senare, men ingen Java hittades `
        + `(${candidate.source}: ${candidate.path}). ${INSTALL_HINT}`,
    };
  }
  const version = parseJavaVersion(output);
  if (version === null || version < MINIMUM_VERSION) {
    const found = version === null ? 'en okänd version' : `Java ${version}`;
    return {
      ok: false,
      message: `Styrmodells språkserver behöver Java ${MINIMUM_VERSION} eller senare, men ${candidate.path} `
        + `(${candidate.source}) är ${found}. ${INSTALL_HINT}`,
    };
  }
  return { ok: true, path: candidate.path, version };
}

function runJavaVersion(javaPath) {
  return new Promise((resolve, reject) => {
    execFile(javaPath, ['-version'], { timeout: 15000 }, (error, stdout, stderr) => {
      if (error) {
        reject(error);
      } else {
        resolve(`${stdout}${stderr}`); // java prints its version on standard error
      }
    });
  });
}

module.exports = { findJava, parseJavaVersion, javaCandidate, MINIMUM_VERSION };
