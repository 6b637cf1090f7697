#!/usr/bin/env node
// The `talks` command: a thin launcher for the CLI bundle built by `npm run build`.
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'talks.cjs');
if (!fs.existsSync(bundle)) {
	process.stderr.write('talks: the CLI is not built yet; run `npm run build` first.\n');
	process.exit(2);
}
require(bundle);
