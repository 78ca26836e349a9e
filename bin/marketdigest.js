#!/usr/bin/env node
// Loads the compiled CLI (npm run build writes dist/).
import { main } from '../dist/cli/main.js';

await main(process.argv);
