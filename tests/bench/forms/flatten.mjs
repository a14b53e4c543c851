// Turns a peer's JSON result into the name=value lines that scripts/bench reads from every benchmark:
// nested keys joined with "_" (load_ms.median -> load_ms_median), fhirpath.js's expressions as
// expr_<name>_<field>, lists joined with spaces. Only numbers and strings; results of expressions stay in the JSON.
//   node flatten.mjs FILE.json
import fs from 'node:fs';

const data = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const lines = [];
function emit(prefix, value) {
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    if (value.every(v => typeof v !== 'object')) lines.push(`${prefix}=${value.join(' ')}`);
    return;
  }
  if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) emit(prefix ? `${prefix}_${k}` : k, v);
    return;
  }
  lines.push(`${prefix}=${String(value).replace(/\n/g, ' ')}`);
}
for (const [key, value] of Object.entries(data)) {
  if (key === 'expressions') {
    for (const e of value)
      for (const field of ['ns_median', 'ns_p95', 'evaluations_per_batch', 'compile_ns', 'input'])
        emit(`expr_${e.name}_${field}`, e[field]);
    lines.push(`expressions=${value.map(e => e.name).join(' ')}`);
  } else {
    emit(key, value);
  }
}
process.stdout.write(lines.join('\n') + '\n');
