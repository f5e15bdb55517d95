'use strict';
// Copies the self-contained language server that Maven builds into the extension (server/),
// so that the .vsix carries it: ./mvnw package (or verify) first.
const fs = require('fs');
const path = require('path');

const jar = path.join(__dirname, '..', '..', 'governance.dsl.cli', 'target', 'govc-all.jar');
const target = path.join(__dirname, '..', 'server', 'govc-all.jar');

if (!fs.existsSync(jar)) {
  console.error(`Hittar inte ${jar}: bygg servern först med ./mvnw -pl governance.dsl.cli -am package`);
  process.exit(1);
}
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.copyFileSync(jar, target);
console.log(`Språkservern kopierad till ${path.relative(process.cwd(), target)}`);
