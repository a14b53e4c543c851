#!/usr/bin/env python3
"""Survey of the conformance Questionnaires (python3, no dependencies).

Lists what the engine will meet in these real files: every extension URL (anywhere in a
Questionnaire, contained resources included), every FHIRPath function and %variable used in
text/fhirpath expressions, the expression languages, and per questionnaire the item count and
the enableWhen operators and behaviours. The engine reports unsupported extensions and
functions as warnings; these tables say which ones real forms need.

Usage:
  survey.py            print the generated Markdown
  survey.py --write    replace the generated part of README.md (between the markers)
  survey.py --check    exit 1 if README.md's generated part is out of date
"""
import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
BEGIN = "<!-- survey.py: begin generated -->"
END = "<!-- survey.py: end generated -->"

SOURCES = {
    "r4-": ("HL7 FHIR R4 examples (`hl7.fhir.r4.examples` 4.0.1; HL7/fhir)", "CC0-1.0"),
    "sdc-": ("HL7 SDC IG 4.0.0-ballot, FHIR 4.0.1 (`hl7.fhir.uv.sdc`; HL7/sdc)", "CC0-1.0"),
    "lforms-": ("LHNCBC/lforms test data", "NIH/BSD-style (LICENSE-lforms.md)"),
    "afs-": ("google/android-fhir catalog", "Apache-2.0 (LICENSE-android-fhir.md)"),
}

IDENT = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)\s*\(")
ENV = re.compile(r"%([A-Za-z_][A-Za-z0-9_]*|`[^`]*`)")
STRING = re.compile(r"'(?:[^'\\]|\\.)*'")


def questionnaire_dirs():
    return sorted(d for d in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, d, "questionnaire.json")))


def walk_json(node, visit):
    if isinstance(node, dict):
        visit(node)
        for v in node.values():
            walk_json(v, visit)
    elif isinstance(node, list):
        for v in node:
            walk_json(v, visit)


def items(q):
    out = []

    def rec(lst):
        for it in lst or []:
            out.append(it)
            rec(it.get("item"))

    rec(q.get("item"))
    return out


def defined_variables(q):
    """Names given to expressions (variables and named expressions): %name refers to these."""
    names = set()

    def visit(node):
        ve = node.get("valueExpression")
        if isinstance(ve, dict) and ve.get("name"):
            names.add(ve["name"])

    walk_json(q, visit)
    return names


def survey_one(q):
    ext = Counter()
    langs = Counter()
    funcs = Counter()
    envs = Counter()

    def visit(node):
        for key in ("extension", "modifierExtension"):
            for e in node.get(key, []) if isinstance(node.get(key), list) else []:
                url = e.get("url") if isinstance(e, dict) else None
                # Sub-extensions of complex extensions have relative urls ("key", "expression"): they belong
                # to their parent extension and are not listed on their own.
                if isinstance(url, str) and ":" in url:
                    ext[url] += 1
        ve = node.get("valueExpression")
        if isinstance(ve, dict):
            lang = ve.get("language", "(none)")
            langs[lang] += 1
            expr = ve.get("expression")
            if lang == "text/fhirpath" and isinstance(expr, str):
                bare = STRING.sub("''", expr)
                for f in IDENT.findall(bare):
                    funcs[f] += 1
                for e in ENV.findall(bare):
                    envs[e] += 1

    walk_json(q, visit)
    ops = Counter()
    behaviours = Counter()
    for it in items(q):
        for ew in it.get("enableWhen", []):
            ops[ew.get("operator")] += 1
        if "enableBehavior" in it:
            behaviours[it["enableBehavior"]] += 1
    return ext, langs, funcs, envs, ops, behaviours


def source_of(d):
    for prefix, (src, lic) in SOURCES.items():
        if d.startswith(prefix):
            return src, lic
    return "?", "?"


def case_count(d):
    cdir = os.path.join(HERE, d, "cases")
    return len([n for n in os.listdir(cdir) if n.endswith(".response.json")]) if os.path.isdir(cdir) else 0


def fmt_counter(c):
    return ", ".join(f"`{k}` {v}" for k, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))) or "—"


def generate():
    rows = []
    ext_total, ext_files = Counter(), defaultdict(set)
    fn_total, fn_files = Counter(), defaultdict(set)
    env_total, env_files = Counter(), defaultdict(set)
    lang_total = Counter()
    for d in questionnaire_dirs():
        with open(os.path.join(HERE, d, "questionnaire.json"), encoding="utf-8") as f:
            q = json.load(f)
        ext, langs, funcs, envs, ops, beh = survey_one(q)
        variables = defined_variables(q)
        for k, v in ext.items():
            ext_total[k] += v
            ext_files[k].add(d)
        for k, v in funcs.items():
            fn_total[k] += v
            fn_files[k].add(d)
        for k, v in envs.items():
            key = k if k not in variables else "(form-defined variable)"
            env_total[key] += v
            env_files[key].add(d)
        lang_total.update(langs)
        src, lic = source_of(d)
        title = q.get("title") or q.get("name") or q.get("id") or ""
        rows.append(
            f"| `{d}` | {title} | {src} | {lic} | {len(items(q))} | {case_count(d)} | {fmt_counter(ops)} | "
            f"{fmt_counter(beh)} | {', '.join(f'`{k}`' for k in sorted(funcs)) or '—'} | "
            f"{', '.join(sorted({u.rstrip('/').rsplit('/', 1)[-1] for u in ext})) or '—'} |"
        )
    out = [BEGIN, "", "### Questionnaires", ""]
    out.append(
        "| id | title | source | licence | items | cases | enableWhen operators | enableBehavior | FHIRPath functions "
        "| extensions (last URL segment; full URLs below) |"
    )
    out.append("|---|---|---|---|---|---|---|---|---|---|")
    out += rows
    out += ["", f"### Extensions ({len(ext_total)} URLs)", "", "| extension URL | occurrences | files |", "|---|---|---|"]
    for k, v in sorted(ext_total.items(), key=lambda kv: (-len(ext_files[kv[0]]), -kv[1], kv[0])):
        out.append(f"| `{k}` | {v} | {len(ext_files[k])} |")
    out += ["", f"### FHIRPath functions ({len(fn_total)})", "", "| function | occurrences | files |", "|---|---|---|"]
    for k, v in sorted(fn_total.items(), key=lambda kv: (-kv[1], kv[0])):
        out.append(f"| `{k}()` | {v} | {len(fn_files[k])} |")
    out += ["", "### FHIRPath environment variables", "", "| variable | occurrences | files |", "|---|---|---|"]
    for k, v in sorted(env_total.items(), key=lambda kv: (-kv[1], kv[0])):
        name = k if k.startswith("(") else f"%{k}"
        out.append(f"| `{name}` | {v} | {len(env_files[k])} |")
    out += ["", "### Expression languages", "", "| language | expressions |", "|---|---|"]
    for k, v in sorted(lang_total.items(), key=lambda kv: (-kv[1], kv[0])):
        out.append(f"| `{k}` | {v} |")
    out += ["", END]
    return "\n".join(out) + "\n"


def main(argv):
    text = generate()
    readme = os.path.join(HERE, "README.md")
    if len(argv) > 1 and argv[1] in ("--write", "--check"):
        with open(readme, encoding="utf-8") as f:
            current = f.read()
        start, end = current.find(BEGIN), current.find(END)
        if start < 0 or end < 0:
            print("README.md has no survey markers", file=sys.stderr)
            return 1
        updated = current[:start] + text + current[end + len(END) + 1 :]
        if argv[1] == "--check":
            if updated != current:
                print("README.md survey tables are out of date: run survey.py --write", file=sys.stderr)
                return 1
            return 0
        with open(readme, "w", encoding="utf-8") as f:
            f.write(updated)
        return 0
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
