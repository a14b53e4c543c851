// Checks that the two peers agree before their times are compared: every calculatedExpression of the generated
// Questionnaire is evaluated with fhirpath.js on the QuestionnaireResponse that LHC-Forms produced (saved by
// ../lforms/bench.mjs --save), and the result is compared with the value LHC-Forms put into that response for the
// item. A disagreement would mean one of them does not evaluate the expression as written, and the timings would
// not be of the same work. Prints name=value lines; exits 1 on any disagreement.
//   node crosscheck.mjs --form DIR --loaded RESPONSE.json [--answered RESPONSE.json]
// --loaded is LHC-Forms' response for the state of DIR/response.json, --answered the one after the answer of
// DIR/one-answer.json. Calculated items that are disabled in that state (one-answer.json: disabledInResponse,
// becomeDisabled, becomeEnabled) have no value, whatever their expression gives, and are left out.
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4/index.js';
import fs from 'node:fs';
import path from 'node:path';

function option(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : undefined;
}
const formDir = option('--form');
if (!formDir || !option('--loaded')) {
  console.error('gebruik: node crosscheck.mjs --form MAP --loaded ANTWOORDEN.json [--answered ANTWOORDEN.json]');
  process.exit(2);
}
const questionnaire = JSON.parse(fs.readFileSync(path.join(formDir, 'questionnaire.json'), 'utf8'));
const oneAnswer = JSON.parse(fs.readFileSync(path.join(formDir, 'one-answer.json'), 'utf8'));
const disabledLoaded = new Set(oneAnswer.disabledInResponse);
const disabledAnswered = new Set([...oneAnswer.disabledInResponse, ...oneAnswer.becomeDisabled]);
oneAnswer.becomeEnabled.forEach(id => disabledAnswered.delete(id));
const responses = [['loaded', option('--loaded'), disabledLoaded], ['answered', option('--answered'), disabledAnswered]]
  .filter(([, file]) => file);

const calculated = [];
(function walk(items) {
  for (const item of items) {
    const e = (item.extension || []).find(x => x.url.endsWith('/sdc-questionnaire-calculatedExpression'));
    if (e) calculated.push({linkId: item.linkId, expression: e.valueExpression.expression});
    if (item.item) walk(item.item);
  }
})(questionnaire.item);

// Decimals are compared to 1e-9: LHC-Forms and fhirpath.js may add in another order.
const same = (a, b) => a.length === b.length && a.every((x, k) =>
  typeof x === 'number' && typeof b[k] === 'number' ? Math.abs(x - b[k]) < 1e-9 : JSON.stringify(x) === JSON.stringify(b[k]));

let failed = false;
for (const [name, file, disabled] of responses) {
  const response = JSON.parse(fs.readFileSync(file, 'utf8'));
  const values = {};
  (function walk(items) {
    for (const item of items || []) {
      if (item.answer) values[item.linkId] = item.answer.map(a => Object.entries(a).find(([k]) => k.startsWith('value'))[1]);
      walk(item.item);
    }
  })(response.item);
  let agree = 0, empty = 0, skipped = 0;
  const differ = [];
  for (const {linkId, expression} of calculated) {
    if (disabled.has(linkId)) {
      skipped++;
      continue;
    }
    const ours = fhirpath.evaluate(response, expression, {resource: response, questionnaire}, r4);
    const theirs = values[linkId] || [];
    if (same(ours, theirs)) {
      agree++;
      if (!theirs.length) empty++;
    } else {
      differ.push(linkId);
      process.stderr.write(`crosscheck: ${name} ${linkId}: fhirpath.js ${JSON.stringify(ours)}, ` +
        `LHC-Forms ${JSON.stringify(theirs)}\n`);
    }
  }
  console.log(`${name}_agree=${agree}`);
  console.log(`${name}_disabled=${skipped}`);
  console.log(`${name}_empty_in_both=${empty}`);
  console.log(`${name}_differ=${differ.length}`);
  failed = failed || differ.length > 0;
}
process.exit(failed ? 1 : 0);
