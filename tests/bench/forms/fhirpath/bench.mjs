// The fhirpath.js peer of the FHIRPath micro-benchmark (../README.md): every expression of
// ../fhirpath-expressions.json is compiled once with the R4 model and evaluated many times; prints one JSON
// object on stdout with the median time per evaluation, and each result so that another implementation can be
// checked against it.
//   node bench.mjs --form DIR [--expressions FILE] [--patient FILE] [--batches 15] [--batch-ms 10]
// "input" names the resource an expression runs on: "response" is DIR/response.json (bench_form_generate),
// "patient" is ../patient.json. %resource is that resource, %questionnaire is DIR/questionnaire.json (weight()
// reads the ordinalValue of the answer options there).
//
// How it is timed: after a warm-up (so that V8 has optimised the evaluator), the number of evaluations in a batch
// is chosen so that one batch takes about --batch-ms; then --batches batches are timed with
// process.hrtime.bigint() and each gives a time per evaluation. The median and p95 (nearest rank) are over
// batches. Compilation is timed once, separately.
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4/index.js';
import fs from 'node:fs';
import path from 'node:path';
import {createRequire} from 'node:module';
import {fileURLToPath} from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const formDir = option('--form');
if (!formDir) {
  console.error('gebruik: node bench.mjs --form MAP [--expressions BESTAND] [--patient BESTAND] [--batches 15] ' +
    '[--batch-ms 10]');
  process.exit(2);
}
const expressionsFile = option('--expressions', path.join(here, '..', 'fhirpath-expressions.json'));
const patientFile = option('--patient', path.join(here, '..', 'patient.json'));
const batches = Number(option('--batches', '15'));
const batchNs = BigInt(Math.round(Number(option('--batch-ms', '10')) * 1e6));

const readJson = file => JSON.parse(fs.readFileSync(file, 'utf8'));
const inputs = {
  response: readJson(path.join(formDir, 'response.json')),
  patient: readJson(patientFile),
};
const questionnaire = readJson(path.join(formDir, 'questionnaire.json'));
const expressions = readJson(expressionsFile);

function summary(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const n = s.length;
  const median = n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  const p95 = s[Math.min(n, Math.max(1, Math.ceil(0.95 * n))) - 1];
  return {median: Math.round(median), p95: Math.round(p95)};
}

function timeBatch(run, count) {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < count; ++i) run();
  return process.hrtime.bigint() - t0;
}

const results = [];
for (const {name, expression, input} of expressions) {
  const resource = inputs[input];
  if (!resource) throw new Error(`${name}: onbekende input "${input}"`);
  const env = {resource, rootResource: resource, questionnaire};
  const c0 = process.hrtime.bigint();
  const compiled = fhirpath.compile(expression, r4);
  const compileNs = Number(process.hrtime.bigint() - c0);
  const run = () => compiled(resource, env);
  const value = run();
  if (value && typeof value.then === 'function') throw new Error(`${name}: het resultaat is asynchroon`);
  // Warm-up and calibration: double the batch until it takes batchNs.
  let count = 1;
  while (timeBatch(run, count) < batchNs && count < 1 << 24) count *= 2;
  const perEvaluation = [];
  for (let b = 0; b < batches; ++b) perEvaluation.push(Number(timeBatch(run, count)) / count);
  const s = summary(perEvaluation);
  results.push({name, input, ns_median: s.median, ns_p95: s.p95, evaluations_per_batch: count, batches,
    compile_ns: compileNs, result: value});
  process.stderr.write(`fhirpath: ${name.padEnd(32)} ${(s.median / 1000).toFixed(2).padStart(10)} µs  ` +
    `${JSON.stringify(value).slice(0, 60)}\n`);
}

const version = require('fhirpath/package.json').version;
process.stdout.write(JSON.stringify({fhirpath_version: version, node_version: process.versions.node,
  model: 'fhirpath/fhir-context/r4', expressions: results}, null, 2) + '\n');
