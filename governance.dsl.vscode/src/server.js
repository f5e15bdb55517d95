'use strict';
// Starting the language server's Java process and saying, in Swedish, why it did not start or why
// it stopped: the JVM's own first line of error output (a bad option, a missing jar, too little
// memory) is the reason a planner or their IT can act on. Apart from VS Code, for node --test.

const childProcess = require('child_process');

/** The first line of the process's error output that says something, or null. */
function firstErrorLine(stderr) {
  for (const line of String(stderr || '').split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed) {
      return trimmed.length > 300 ? `${trimmed.slice(0, 300)}…` : trimmed;
    }
  }
  return null;
}

const SEE_OUTPUT = 'Hela utskriften finns i panelen Utdata under Styrmodell.';

/** The notification when the server process ended: before it answered, or later. */
function failureMessage({ started, code, signal, stderr }) {
  const reason = firstErrorLine(stderr);
  const how = signal ? `avbröts (${signal})` : `avslutades med kod ${code}`;
  const head = started
    ? `Styrmodells språkserver stannade: Java ${how}.`
    : `Styrmodells språkserver kunde inte starta: Java ${how}.`;
  const because = reason ? ` Java skrev: "${reason}".` : '';
  const hint = started ? '' : ' Kontrollera inställningarna styrmodell.java.path och styrmodell.java.options.';
  return `${head}${because}${hint} ${SEE_OUTPUT}`;
}

/**
 * Spawns the server. `log` receives its error output as it comes; `onExit` hears of an end the
 * extension did not ask for, with what failureMessage needs. Returns the child process and a
 * `stopping()` to call before stopping it on purpose.
 */
function spawnServer(command, args, { log = () => {}, onExit = () => {}, spawn = childProcess.spawn } = {}) {
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  let started = false;
  let stopping = false;
  let ended = false;
  child.stdout.once('data', () => {
    started = true;
  });
  child.stderr.on('data', (chunk) => {
    const text = chunk.toString();
    stderr += text;
    log(text);
  });
  const end = (code, signal) => {
    // A program that is not there gives 'error' and may give 'exit' too: one report.
    if (!stopping && !ended) {
      ended = true;
      onExit({ started, code, signal, stderr });
    }
  };
  child.on('exit', end);
  child.on('error', (error) => {
    stderr += `${error.message}\n`;
    log(`${error.message}\n`);
    end(null, null);
  });
  return { child, stopping: () => { stopping = true; } };
}

/** Whether a settings change is one the running server must be restarted for. */
function needsRestart(event) {
  return event.affectsConfiguration('styrmodell.java.path') || event.affectsConfiguration('styrmodell.java.options');
}

module.exports = { firstErrorLine, failureMessage, spawnServer, needsRestart };
