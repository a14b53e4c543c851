// The LHC-Forms peer of the forms benchmark (../README.md): LHC-Forms (npm lforms) loads the generated
// Questionnaire with its filled response in Debian's headless Chromium, then the one answer is changed like a
// user would. Prints one JSON object on stdout; progress goes to stderr.
//   node bench.mjs --form DIR [--loads 2] [--answers 3] [--budget 130] [--chromium /usr/bin/chromium]
// --budget (seconds) stops further loads and answers once the next one would not fit; at least one of each runs.
// --save DIR writes LHC-Forms' QuestionnaireResponse (its calculated values included) once the form is settled
// (lforms-loaded-response.json) and after the first answer (lforms-answered-response.json), untimed, so that
// another engine's values can be checked against LHC-Forms' (../fhirpath/crosscheck.mjs does so for fhirpath.js).
// DIR holds questionnaire.json, response.json and one-answer.json from bench_form_generate.
//
// What is measured, and how (all times are performance.now() inside the page, so no DevTools round trip is in
// them):
// - load: from the moment the page holds the Questionnaire and response as JavaScript objects to the first frame
//   rendered after the form is settled. LHC-Forms' own signal (addFormToPage's promise, its onFormReady event)
//   comes once the form is rendered and the first run of the FHIRPath expressions is done, but the calculated
//   values that run sets make LHC-Forms run all expressions again, once per changed item, one run after another
//   (each in its own setTimeout). So "settled" is: no expression run in progress and none ended for `quietMs`
//   (LHC-Forms logs "Ran expressions in N ms" at the end of every run; the page records those lines with their
//   time). The load ends at the first frame rendered after the last run ended; ready_ms is LHC-Forms' signal.
// - a frame "rendered" is marked in a setTimeout(0) queued from requestAnimationFrame: it runs after that frame's
//   style, layout and paint. A task queued before it can delay the mark; that only makes LHC-Forms look slower
//   when it is still busy, which is what a user sees.
// - answer: the key question's radio button is clicked in the page (input.click(), the event a tap produces);
//   the time runs from just before the click to the first frame rendered after the last expression run it
//   caused, as above. visible_ms is the start of the first frame (its requestAnimationFrame callbacks) in which
//   the enableWhen changes of the items that name the key question are in the DOM; LHC-Forms applies enableWhen
//   at once and the calculations after it. That frame's layout and paint come on top (a setTimeout mark queues
//   behind LHC-Forms' own calculation tasks here, so it cannot be used). Each timed answer is
//   checked afterwards: the radio button is checked, the items whose enableWhen names the key question are shown
//   or hidden as one-answer.json says, and calculated values changed; a run that fails the check fails the
//   benchmark. Items further down the cascade (becomeEnabled/becomeDisabled) that LHC-Forms shows or hides
//   differently are reported as cascade_mismatches, not failed: they are LHC-Forms' reading against the
//   generator's (R4), worth knowing when Veldwerk's engine is compared with it.
// - conversion: LHC-Forms turns the FHIR Questionnaire into its own form definition
//   (convertFHIRQuestionnaireToLForms) and merges the response into it (mergeQuestionnaireResponseToLForms)
//   inside the load; both are timed on their own, on fresh copies, to show their share.
import puppeteer from 'puppeteer-core';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const formDir = option('--form');
if (!formDir) {
  console.error('gebruik: node bench.mjs --form MAP [--loads 2] [--answers 3] [--budget 130] [--chromium PAD]');
  process.exit(2);
}
const loads = Number(option('--loads', '2'));
const answers = Number(option('--answers', '3'));
const budgetMs = Number(option('--budget', '130')) * 1000;
const chromium = option('--chromium', '/usr/bin/chromium');
const saveDir = option('--save');
const quietMs = 750;
const started = Date.now();

const read = name => JSON.parse(fs.readFileSync(path.join(formDir, name), 'utf8'));
const questionnaire = read('questionnaire.json');
const response = read('response.json');
const oneAnswer = read('one-answer.json');

// LHC-Forms gives each rendered item the id "item-" + linkId + "/1" per level (repetition numbers), so the
// items one-answer.json names can be found with getElementById, cheap enough to ask in every frame.
const domIds = {};
const calculated = [];
(function walk(items, depth) {
  for (const item of items) {
    domIds[item.linkId] = item.linkId + '/1'.repeat(depth + 1);
    if (item.readOnly) calculated.push(item.linkId);
    if (item.item) walk(item.item, depth + 1);
  }
})(questionnaire.item, 0);

// Nearest-rank p95, like tests/bench/BenchStats.h.
function summary(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return null;
  const median = n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  const p95 = s[Math.min(n, Math.max(1, Math.ceil(0.95 * n))) - 1];
  const round = v => Math.round(v * 100) / 100;
  return {median: round(median), p95: round(p95), min: round(s[0]), max: round(s[n - 1]), n};
}

async function saveResponse(page, name) {
  if (!saveDir) return;
  const qr = await page.evaluate(() => LForms.Util.getFormFHIRData('QuestionnaireResponse', 'R4'));
  fs.writeFileSync(path.join(saveDir, name), JSON.stringify(qr, null, 2) + '\n');
}

function progress(text) {
  process.stderr.write(`lforms: ${text}\n`);
}

// Installed before the page's own scripts: records the end of every expression run and a mark after every
// rendered frame, and keeps LHC-Forms' per-run log line off the DevTools channel.
function instrument() {
  const runs = [];
  const frames = [];
  const bench = {runs, frames, probe: null, probeAt: null};
  const log = console.log.bind(console);
  console.log = (...args) => {
    const m = typeof args[0] === 'string' && /^Ran expressions in (\d+) ms$/.exec(args[0]);
    if (m) {
      runs.push({end: performance.now(), ms: Number(m[1])});
      return;
    }
    log(...args);
  };
  const tick = () => {
    if (bench.probe && bench.probeAt === null && bench.probe()) bench.probeAt = performance.now();
    setTimeout(() => frames.push(performance.now()), 0);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  window.__bench = bench;
}

// In the page: waits until no expression run is in progress and none ended for quietMs, then returns the end
// of the last run and the first frame mark after it (waiting for that frame if needed).
async function settleInPage(quiet, since) {
  const bench = window.__bench;
  const lf = LForms.Util._getFormObjectInScope(document.getElementById('form'));
  const busy = () => lf && lf._expressionProcessor && lf._expressionProcessor._currentRunPromise;
  for (;;) {
    const count = bench.runs.length;
    await new Promise(r => setTimeout(r, quiet));
    if (bench.runs.length === count && !busy()) break;
  }
  const after = bench.runs.filter(r => r.end >= since);
  const lastEnd = after.length ? after[after.length - 1].end : since;
  let frame;
  while ((frame = bench.frames.find(f => f > lastEnd)) === undefined)
    await new Promise(r => setTimeout(r, 16));
  return {lastEnd, frame, runs: after.length, runMs: after.reduce((a, r) => a + r.ms, 0)};
}

async function newPage(browser) {
  const page = await browser.newPage();
  await page.setViewport({width: 1280, height: 900});
  let blocked = 0;
  await page.setRequestInterception(true);
  page.on('request', request => {
    // Everything comes from node_modules over file://; anything else would be a network request.
    if (request.url().startsWith('file://')) request.continue();
    else {
      blocked++;
      request.abort();
    }
  });
  page.on('pageerror', e => progress(`paginafout: ${e.message}`));
  await page.evaluateOnNewDocument(instrument);
  await page.goto('file://' + path.join(here, 'page.html'));
  await page.waitForFunction(() => window.LForms && LForms.Util && LForms.FHIR && LForms.FHIR.R4);
  page.blocked = () => blocked;
  return page;
}

async function timeLoad(page) {
  await page.evaluate((q, r) => {
    window.__q = q;
    window.__r = r;
  }, questionnaire, response);
  return page.evaluate(async (quiet, settleSource) => {
    const settle = eval(`(${settleSource})`);
    const t0 = performance.now();
    await LForms.Util.addFormToPage(window.__q, 'form', {fhirVersion: 'R4', questionnaireResponse: window.__r});
    const ready = performance.now() - t0;
    const s = await settle(quiet, t0);
    return {ready, load: s.frame - t0, runs: s.runs, runMs: s.runMs, items: document.querySelectorAll('lhc-item').length};
  }, quietMs, settleInPage.toString());
}

async function timeConversion(page, times) {
  await page.evaluate((q, r) => {
    window.__q = q;
    window.__r = r;
  }, questionnaire, response);
  return page.evaluate(times => {
    const convert = [], merge = [];
    for (let i = 0; i < times; ++i) {
      const q = structuredClone(window.__q);
      const r = structuredClone(window.__r);
      let t = performance.now();
      const def = LForms.Util.convertFHIRQuestionnaireToLForms(q, 'R4');
      convert.push(performance.now() - t);
      t = performance.now();
      LForms.FHIR.R4.SDC.mergeQuestionnaireResponseToLForms(def, r);
      merge.push(performance.now() - t);
    }
    return {convert, merge};
  }, times);
}

// One answer: click the option, wait until settled; then check that it did what one-answer.json says.
async function timeAnswer(page, code, shown, hidden) {
  const key = domIds[oneAnswer.linkId];
  const system = oneAnswer.to.valueCoding.system;
  const direct = new Set(oneAnswer.enableWhenDependents);
  const directShown = shown.filter(id => direct.has(id));
  const directHidden = hidden.filter(id => direct.has(id));
  return page.evaluate(async (quiet, settleSource, key, system, code, ids, calculated, shown, hidden, directShown,
    directHidden) => {
    const settle = eval(`(${settleSource})`);
    const bench = window.__bench;
    const el = id => document.getElementById('item-' + ids[id]);
    const values = () => calculated.map(id => {
      const input = document.getElementById(ids[id]);
      return input ? input.value : null;
    });
    const before = values();
    const option = document.getElementById(`${key}|${system}|${code}`);
    if (!option) throw new Error(`geen keuzerondje ${key}|${system}|${code}`);
    const input = option.querySelector('input');
    bench.probeAt = null;
    bench.probe = () => directShown.every(id => el(id)) && directHidden.every(id => !el(id));
    const t0 = performance.now();
    input.click();
    const s = await settle(quiet, t0);
    // A probe that never saw the state cannot have a time.
    const visible = bench.probeAt === null ? null : bench.probeAt - t0;
    bench.probe = null;
    const after = values();
    const problems = [];
    if (!option.classList.contains('ant-radio-wrapper-checked')) problems.push(`${code} is niet gekozen`);
    for (const id of directShown) if (!el(id)) problems.push(`${id} ontbreekt`);
    for (const id of directHidden) if (el(id)) problems.push(`${id} staat er nog`);
    const mismatches = shown.filter(id => !el(id)).concat(hidden.filter(id => el(id)));
    const changed = after.filter((v, i) => v !== before[i]).length;
    return {answer: s.frame - t0, visible, runs: s.runs, runMs: s.runMs, changed, problems, mismatches};
  }, quietMs, settleInPage.toString(), key, system, code, domIds, calculated, shown, hidden, directShown,
    directHidden);
}

const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  protocolTimeout: 600000,
  // DESIGN §12: Debian's chromium runs headless with these.
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-extensions',
    '--no-first-run', '--mute-audio'],
});
const result = {};
try {
  const chromiumVersion = (await browser.version()).replace(/^[^/]*\//, '');
  const loadSamples = [], readySamples = [], runsLoad = [], runMsLoad = [];
  let page = null, blocked = 0, items = 0, lformsVersion = null;

  // Conversion first, in a page of its own, so the timed loads start from the same fresh state.
  {
    const p = await newPage(browser);
    lformsVersion = await p.evaluate(() => LForms.lformsVersion);
    const c = await timeConversion(p, 5);
    result.convert_ms = summary(c.convert);
    result.merge_ms = summary(c.merge);
    blocked += p.blocked();
    await p.close();
  }
  // Each load in a fresh page; the last one stays open for the answers.
  for (let i = 0; i < loads; ++i) {
    const spent = Date.now() - started;
    const last = loadSamples.length ? loadSamples[loadSamples.length - 1] : 0;
    if (i > 0 && spent + 2 * last > budgetMs) {
      progress(`tijdbudget: ${i} van ${loads} keer geladen`);
      break;
    }
    if (page) {
      blocked += page.blocked();
      await page.close();
    }
    page = await newPage(browser);
    const l = await timeLoad(page);
    progress(`geladen in ${l.load.toFixed(0)} ms (klaar-signaal na ${l.ready.toFixed(0)} ms, ${l.runs} expressieruns)`);
    loadSamples.push(l.load);
    readySamples.push(l.ready);
    runsLoad.push(l.runs);
    runMsLoad.push(l.runMs);
    items = l.items;
  }

  await saveResponse(page, 'lforms-loaded-response.json');
  const forward = [], back = [], visible = [], visibleBack = [], runsAnswer = [], changed = [];
  const mismatches = {forward: new Set(), back: new Set()};
  const from = oneAnswer.from.valueCoding.code, to = oneAnswer.to.valueCoding.code;
  for (let i = 0; i < answers; ++i) {
    if (i > 0 && Date.now() - started + 2 * (forward[i - 1] + back[i - 1]) > budgetMs) {
      progress(`tijdbudget: ${i} van ${answers} antwoorden`);
      break;
    }
    const f = await timeAnswer(page, to, oneAnswer.becomeEnabled, oneAnswer.becomeDisabled);
    if (i === 0) await saveResponse(page, 'lforms-answered-response.json');
    const b = await timeAnswer(page, from, oneAnswer.becomeDisabled, oneAnswer.becomeEnabled);
    for (const r of [f, b]) {
      if (r.problems.length) throw new Error('het antwoord deed niet wat one-answer.json zegt: ' + r.problems.join('; '));
      if (r.changed === 0) throw new Error('het antwoord veranderde geen enkele berekende waarde');
    }
    progress(`antwoord ${from}->${to} in ${f.answer.toFixed(0)} ms (${f.runs} runs, ${f.changed} berekend veranderd),` +
      ` terug in ${b.answer.toFixed(0)} ms`);
    forward.push(f.answer);
    back.push(b.answer);
    if (f.visible !== null) visible.push(f.visible);
    if (b.visible !== null) visibleBack.push(b.visible);
    f.mismatches.forEach(id => mismatches.forward.add(id));
    b.mismatches.forEach(id => mismatches.back.add(id));
    runsAnswer.push(f.runs);
    changed.push(f.changed);
  }
  blocked += page.blocked();

  Object.assign(result, {
    load_ms: summary(loadSamples),
    ready_ms: summary(readySamples),
    answer_ms: summary(forward),
    answer_back_ms: summary(back),
    answer_visible_ms: summary(visible),
    answer_back_visible_ms: summary(visibleBack),
    expression_runs_load: summary(runsLoad),
    expression_run_ms_load: summary(runMsLoad),
    expression_runs_answer: summary(runsAnswer),
    calculated_changed_by_answer: summary(changed),
    cascade_mismatches: {to: [...mismatches.forward], back: [...mismatches.back]},
    items_rendered: items,
    blocked_requests: blocked,
    lforms_version: lformsVersion,
    chromium_version: chromiumVersion,
    quiet_ms: quietMs,
    one_answer: `${oneAnswer.linkId} ${from}->${to}`,
  });
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(result, null, 2) + '\n');
