'use strict';
// The Styrmodell extension: starts the bundled language server (server/govc-all.jar, the same
// program as `govc lsp`) with Java 17 or newer and connects VS Code to it. Every feature
// (diagnostics, completion, hover, navigation, rename, outline, formatting, quick fixes) is the
// server's; this file only finds Java and starts it.

const path = require('path');
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');
const { findJava } = require('./java');

let client;

async function activate(context) {
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
  const jar = context.asAbsolutePath(path.join('server', 'govc-all.jar'));
  const args = [...settings.get('java.options', []), '-jar', jar, 'lsp'];
  const serverOptions = {
    run: { command: java.path, args },
    debug: { command: java.path, args },
  };
  const clientOptions = {
    documentSelector: [{ scheme: 'file', language: 'styrmodell' }],
    synchronize: {
      // The server reads the whole workspace; it hears of files changed outside the editor too.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/*.styr'),
    },
  };
  client = new LanguageClient('styrmodell', 'Styrmodell', serverOptions, clientOptions);
  context.subscriptions.push({ dispose: () => client && client.stop() });
  await client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
