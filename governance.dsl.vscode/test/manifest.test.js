'use strict';
// The extension's manifest: .styr files get the language, its configuration and a file icon that exists.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

test('.styr files have a file icon for light and dark themes', () => {
  const language = manifest.contributes.languages.find((l) => l.id === 'styrmodell');
  assert.deepEqual(language.extensions, ['.styr']);
  for (const theme of ['light', 'dark']) {
    const icon = path.join(root, language.icon[theme]);
    assert.ok(fs.existsSync(icon), `${theme}: ${icon}`);
    assert.match(fs.readFileSync(icon, 'utf8'), /^<svg [^>]*viewBox="0 0 16 16"/);
  }
  const ignored = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8');
  assert.ok(!/^icons\//m.test(ignored), 'the icon is packed into the .vsix');
});
