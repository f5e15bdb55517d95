'use strict';
// The Styrmodell extension: starts the bundled language server (server/styrmodell-server.jar, the same
// server as `govc lsp`, without the generators) with Java 17 or newer and connects VS Code to it. Every feature
// (diagnostics, completion, hover, navigation, rename, outline, formatting, quick fixes) is the
// server's; this file only finds Java, starts it, restarts it when its Java settings change, and
// says in Swedish why it did not start.

const path = require('path');
const vscode = require('vscode');
const { LanguageClient, CloseAction, ErrorAction } = require('vscode-languageclient/node');
const { findJava } = require('./java');
const { spawnServer, failureMessage, needsRestart } = require('./server');

let client;
let server;
let output;

async function activate(context) {
  output = vscode.window.createOutputChannel('Styrmodell');
  context.subscriptions.push(output);
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration(async (event) => {
    if (needsRestart(event)) {
      // A new Java or new options take effect at once, not after reloading the window.
      await stop();
      await start(context);
    }
  }));
  context.subscriptions.push({ dispose: () => stop() });
  await start(context);
}

async function start(context) {
  const settings = vscode.workspace.getConfiguration('styrmodell');
  const java = await findJava(settings.get('java.path'));
  if (!java.ok) {
    const openSettings = 'Öppna inställningen';
    const choice = await vscode.window.showErrorMessage(java.message, openSettings);
    if (choice === openSettings) {
      vscode.commands.executeCommand('workbench.action.openSettings', 'styrmodell.java.path');
    }
    return;
  }
  const jar = context.asAbsolutePath(path.join('server', 'styrmodell-server.jar'));
  const args = [...settings.get('java.options', []), '-jar', jar];
  const serverOptions = async () => {
    server = spawnServer(java.path, args, {
      log: (text) => output.append(text),
      onExit: (ending) => {
        const message = failureMessage(ending);
        output.appendLine(message);
        vscode.window.showErrorMessage(message, 'Visa utdata').then((choice) => {
          if (choice) {
            output.show(true);
          }
        });
      },
    });
    return server.child;
  };
  const clientOptions = {
    documentSelector: [{ scheme: 'file', language: 'styrmodell' }],
    outputChannel: output,
    synchronize: {
      // The server reads the whole workspace; it hears of files changed outside the editor too.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.styr'),
    },
    // The process's own reason is shown (above); the client's generic English errors are not.
    errorHandler: {
      error: () => ({ action: ErrorAction.Shutdown, handled: true }),
      closed: () => ({ action: CloseAction.DoNotRestart, handled: true }),
    },
    initializationFailedHandler: () => false,
  };
  client = new LanguageClient('styrmodell', 'Styrmodell', serverOptions, clientOptions);
  try {
    await client.start();
  } catch (e) {
    output.appendLine(String(e && e.message ? e.message : e));
  }
}

async function stop() {
  const stopping = client;
  client = undefined;
  if (server) {
    server.stopping();
  }
  if (stopping) {
    try {
      await stopping.stop();
    } catch (e) {
      // a server that already ended has nothing to stop
    }
  }
}

function deactivate() {
  return stop();
}

module.exports = { activate, deactivate };
