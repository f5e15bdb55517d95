'use strict';
// The TextMate grammar, run by the same engine VS Code uses (vscode-textmate with Oniguruma):
// every pattern compiles, and a plan's line is coloured as a planner expects.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const oniguruma = require('vscode-oniguruma');
const textmate = require('vscode-textmate');

async function grammar() {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async () => textmate.parseRawGrammar(
      fs.readFileSync(path.join(__dirname, '..', 'syntaxes', 'styrmodell.tmLanguage.json'), 'utf8'),
      'styrmodell.tmLanguage.json'),
  });
  return registry.loadGrammar('source.styrmodell');
}

/** "text=last scope" for each token of each line, whitespace left out. */
function tokens(styrmodell, lines) {
  let state = textmate.INITIAL;
  const result = [];
  for (const line of lines) {
    const tokenized = styrmodell.tokenizeLine(line, state);
    for (const token of tokenized.tokens) {
      const text = line.slice(token.startIndex, token.endIndex);
      if (text.trim()) {
        result.push(`${text.trim()}=${token.scopes[token.scopes.length - 1]}`);
      }
    }
    state = tokenized.ruleStack;
  }
  return result;
}

test('declarations, keywords, references, values, numbers, strings and comments', async () => {
  const styrmodell = await grammar();
  assert.deepEqual(tokens(styrmodell, [
    '  mål bun_m1 "Fler elever är behöriga" { // nämndmål',
    '    leder till kf_m2',
    '    målvärde 2019-2022: större än 74,5 kvinnor: 80',
    '    riktning högre',
    '    utfall 2021: I.U.',
    '    start 2020-01-15',
  ]), [
    'mål=keyword.other.declaration.styrmodell', 'bun_m1=entity.name.type.styrmodell',
    '"=punctuation.definition.string.begin.styrmodell', 'Fler elever är behöriga=string.quoted.double.styrmodell',
    '"=punctuation.definition.string.end.styrmodell', '{=punctuation.section.block.begin.styrmodell',
    '//=punctuation.definition.comment.styrmodell', 'nämndmål=comment.line.double-slash.styrmodell',
    'leder=keyword.other.styrmodell', 'till=keyword.other.styrmodell', 'kf_m2=source.styrmodell',
    'målvärde=keyword.other.styrmodell', '2019-2022=constant.numeric.period.styrmodell',
    ':=punctuation.separator.styrmodell', 'större=keyword.other.styrmodell', 'än=keyword.other.styrmodell',
    '74,5=constant.numeric.styrmodell', 'kvinnor=source.styrmodell', ':=punctuation.separator.styrmodell',
    '80=constant.numeric.styrmodell',
    'riktning=keyword.other.styrmodell', 'högre=support.constant.styrmodell',
    'utfall=keyword.other.styrmodell', '2021=constant.numeric.styrmodell', ':=punctuation.separator.styrmodell',
    'I.U.=constant.language.styrmodell',
    'start=keyword.other.styrmodell', '2020-01-15=constant.numeric.date.styrmodell',
  ]);
});

test('an id that begins with a keyword is not split ("målområde_x", "planering")', async () => {
  const styrmodell = await grammar();
  assert.deepEqual(tokens(styrmodell, ['    målområde planering']),
    ['målområde=keyword.other.styrmodell', 'planering=source.styrmodell']);
});

test('values as reports print them: months, quarters, bounds, units and the new statements', async () => {
  const styrmodell = await grammar();
  assert.deepEqual(tokens(styrmodell, [
    '      utfall 2021-K1: Mindre än 600 tkr',
    '      utfall 2021-03: 205',
    '  uppdelning kvinnor när alla mått når målvärdet inom 5 %',
    '  samlad bedömning',
  ]), [
    'utfall=keyword.other.styrmodell', '2021-K1=constant.numeric.period.styrmodell', ':=punctuation.separator.styrmodell',
    'Mindre=keyword.other.styrmodell', 'än=keyword.other.styrmodell', '600=constant.numeric.styrmodell',
    'tkr=support.constant.styrmodell',
    'utfall=keyword.other.styrmodell', '2021-03=constant.numeric.period.styrmodell', ':=punctuation.separator.styrmodell',
    '205=constant.numeric.styrmodell',
    'uppdelning=keyword.other.styrmodell', 'kvinnor=source.styrmodell', 'när=keyword.other.styrmodell',
    'alla=keyword.other.styrmodell', 'mått=keyword.other.styrmodell', 'når=keyword.other.styrmodell',
    'målvärdet=keyword.other.styrmodell', 'inom=keyword.other.styrmodell', '5=constant.numeric.styrmodell',
    '%=keyword.operator.percent.styrmodell',
    'samlad=keyword.other.styrmodell', 'bedömning=keyword.other.styrmodell',
  ]);
});
