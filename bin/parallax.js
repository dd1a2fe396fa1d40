#!/usr/bin/env node
'use strict';
// Entry of the `parallax` command. It runs the TypeScript CLI in cli/ through tsx's require hook,
// so there is no build step: the CLI always runs the same lib/ code as the app and the tests.
const path = require('node:path');
require('tsx/cjs/api').register();
const { main } = require(path.join(__dirname, '..', 'cli', 'main.ts'));

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`parallax: ${error && error.stack ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
