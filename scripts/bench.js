#!/usr/bin/env node
// `npm run bench`: runs the TypeScript benchmarks with ts-node (transpile only, so type checking does not skew start-up).
require("ts-node").register({ transpileOnly: true, compilerOptions: { module: "commonjs" } });
require("../bench/run.ts");
