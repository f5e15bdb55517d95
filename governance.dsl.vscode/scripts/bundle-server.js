'use strict';
// Copies the self-contained language server that Maven builds into the extension (server/),
// so that the .vsix carries it: ./mvnw package (or verify) first.
const fs = require('fs');
const path = require('path');

const jar = path.join(__dirname, '..', '..', 'governance.dsl.ide', 'target', 'styrmodell-server.jar');
const target = path.join(__dirname, '..', 'server', 'styrmodell-server.jar');

if (!fs.existsSync(jar)) {
  console.error(`Hittar inte ${jar}: bygg servern först med ./mvnw -pl governance.dsl.ide -am package`);
  process.exit(1);
}
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.copyFileSync(jar, target);
console.log(`Språkservern kopierad till ${path.relative(process.cwd(), target)}`);
