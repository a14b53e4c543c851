#!/usr/bin/env python3
"""Structural check of the conformance data in this directory (python3, no dependencies).

It does NOT evaluate enableWhen or FHIRPath: the expectations are worked out by hand and this
script cannot produce them. It only catches clerical mistakes that would make a case test the
wrong thing: a response that does not fit its Questionnaire (unknown linkId, wrong nesting,
value[x] of the wrong type, several answers to a non-repeating item, a coded answer that is not
one of the answerOptions, an empty array), and an expected file whose "enabled" list is not in Questionnaire
order, names an unknown linkId, lists a child without its parent, leaves out an item that has no
enableWhen of its own under an enabled parent, or whose "calculated" keys are not exactly the
items that carry a calculatedExpression.

Usage: check.py [DIR...]   (default: every sub-directory next to this script)
Exit status 0 when everything is consistent, 1 otherwise.
"""
import json
import os
import sys

CALC = "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression"
EW_EXPR = "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression"

# value[x] names a response may use for each item type (R4 QuestionnaireResponse.item.answer).
VALUE_TYPES = {
    "boolean": {"valueBoolean"},
    "decimal": {"valueDecimal"},
    "integer": {"valueInteger"},
    "date": {"valueDate"},
    "dateTime": {"valueDateTime"},
    "time": {"valueTime"},
    "string": {"valueString"},
    "text": {"valueString"},
    "url": {"valueUri"},
    "choice": {"valueCoding", "valueString", "valueInteger", "valueDate", "valueTime", "valueReference"},
    "open-choice": {"valueCoding", "valueString", "valueInteger", "valueDate", "valueTime", "valueReference"},
    "attachment": {"valueAttachment"},
    "reference": {"valueReference"},
    "quantity": {"valueQuantity"},
}


class Checker:
    def __init__(self):
        self.errors = []

    def err(self, where, msg):
        self.errors.append(f"{where}: {msg}")


def flatten(items, parent=None, out=None):
    """Questionnaire items in document (pre-)order with their parent linkId."""
    if out is None:
        out = []
    for it in items or []:
        out.append((it, parent))
        flatten(it.get("item"), it["linkId"], out)
    return out


def has_ext(item, url):
    return any(e.get("url") == url for e in item.get("extension", []))


def canonical(q):
    url = q.get("url")
    if url is None:
        return None
    return f"{url}|{q['version']}" if q.get("version") else url


def coding_matches(coding, opt):
    oc = opt.get("valueCoding")
    if oc is None:
        return False
    if coding.get("code") != oc.get("code"):
        return False
    return coding.get("system") == oc.get("system")


def check_answers(chk, where, qitem, ritem):
    answers = ritem.get("answer", [])
    if len(answers) > 1 and not qitem.get("repeats"):
        chk.err(where, f"{len(answers)} answers to non-repeating item {qitem['linkId']}")
    allowed = VALUE_TYPES.get(qitem.get("type"))
    for a in answers:
        keys = [k for k in a if k.startswith("value")]
        if len(keys) != 1:
            chk.err(where, f"answer of {qitem['linkId']} has {len(keys)} value[x]")
            continue
        k = keys[0]
        if allowed is None:
            chk.err(where, f"{qitem['linkId']} of type {qitem.get('type')} cannot have answers")
        elif k not in allowed:
            chk.err(where, f"{qitem['linkId']} ({qitem.get('type')}) answered with {k}")
        opts = qitem.get("answerOption")
        if qitem.get("type") == "choice" and opts:
            if k == "valueCoding":
                if not any(coding_matches(a[k], o) for o in opts):
                    chk.err(where, f"{qitem['linkId']}: coding {a[k]} is not an answerOption")
            else:
                if not any(o.get(k) == a[k] for o in opts):
                    chk.err(where, f"{qitem['linkId']}: {k} {a[k]!r} is not an answerOption")


def check_response_items(chk, where, qitems, ritems):
    by_id = {q["linkId"]: q for q in qitems or []}
    order = [q["linkId"] for q in qitems or []]
    last = -1
    seen = {}
    for r in ritems or []:
        lid = r.get("linkId")
        q = by_id.get(lid)
        if q is None:
            chk.err(where, f"response item {lid!r} is not a child at this level of the Questionnaire")
            continue
        pos = order.index(lid)
        if pos < last:
            chk.err(where, f"response item {lid} out of Questionnaire order")
        last = pos
        seen[lid] = seen.get(lid, 0) + 1
        if seen[lid] > 1 and not q.get("repeats"):
            chk.err(where, f"non-repeating item {lid} occurs {seen[lid]} times")
        if q.get("type") in ("group", "display"):
            if r.get("answer"):
                chk.err(where, f"{q.get('type')} {lid} has answers")
            check_response_items(chk, where, q.get("item"), r.get("item"))
        else:
            check_answers(chk, where, q, r)
            if r.get("item"):
                chk.err(where, f"children of question {lid} must be under answer.item")
            for a in r.get("answer", []):
                if a.get("item"):
                    check_response_items(chk, where, q.get("item"), a.get("item"))


def empty_containers(node, path=""):
    if isinstance(node, list):
        if not node:
            yield path
        for i, v in enumerate(node):
            yield from empty_containers(v, f"{path}[{i}]")
    elif isinstance(node, dict):
        if not node:
            yield path
        for k, v in node.items():
            yield from empty_containers(v, f"{path}.{k}")


def check_case(chk, qdir, q, flat, case):
    where = f"{qdir}/cases/{case}"
    with open(os.path.join(qdir, "cases", case + ".response.json"), encoding="utf-8") as f:
        resp = json.load(f)
    with open(os.path.join(qdir, "cases", case + ".expected.json"), encoding="utf-8") as f:
        exp = json.load(f)
    if resp.get("resourceType") != "QuestionnaireResponse":
        chk.err(where, "response is not a QuestionnaireResponse")
    if resp.get("status") not in ("in-progress", "completed", "amended", "entered-in-error", "stopped"):
        chk.err(where, f"bad status {resp.get('status')!r}")
    if resp.get("questionnaire") != canonical(q):
        chk.err(where, f"questionnaire {resp.get('questionnaire')!r} != {canonical(q)!r}")
    check_response_items(chk, where, q.get("item"), resp.get("item"))
    for path in empty_containers(resp):
        chk.err(where, f"empty array or object at {path or '(root)'} (FHIR JSON forbids empty arrays)")

    if set(exp) - {"enabled", "calculated", "note"}:
        chk.err(where, f"unexpected keys {sorted(set(exp) - {'enabled', 'calculated', 'note'})}")
    if not isinstance(exp.get("note"), str) or len(exp["note"]) < 20:
        chk.err(where, "note missing or too short")
    order = [it["linkId"] for it, _ in flat]
    parent_of = {it["linkId"]: p for it, p in flat}
    enabled = exp.get("enabled", [])
    if len(set(enabled)) != len(enabled):
        chk.err(where, "enabled lists a linkId twice")
    unknown = [e for e in enabled if e not in parent_of]
    if unknown:
        chk.err(where, f"enabled names unknown linkIds {unknown}")
    known = [e for e in enabled if e in parent_of]
    if known != sorted(known, key=order.index):
        chk.err(where, "enabled is not in Questionnaire order")
    en = set(enabled)
    for it, parent in flat:
        lid = it["linkId"]
        if lid in en and parent is not None and parent not in en:
            chk.err(where, f"{lid} enabled but its parent {parent} is not")
        unconditional = not it.get("enableWhen") and not has_ext(it, EW_EXPR)
        if unconditional and (parent is None or parent in en) and lid not in en:
            chk.err(where, f"{lid} has no enableWhen and an enabled parent but is not listed")
    calc_ids = {it["linkId"] for it, _ in flat if has_ext(it, CALC)}
    got = set(exp.get("calculated", {}))
    if got != calc_ids:
        chk.err(where, f"calculated keys {sorted(got)} != items with calculatedExpression {sorted(calc_ids)}")
    for k, v in exp.get("calculated", {}).items():
        if v is not None and not isinstance(v, (int, float, str)):
            chk.err(where, f"calculated {k} is neither number, string nor null")


def check_dir(chk, qdir):
    qpath = os.path.join(qdir, "questionnaire.json")
    with open(qpath, encoding="utf-8") as f:
        q = json.load(f)
    if q.get("resourceType") != "Questionnaire":
        chk.err(qdir, "questionnaire.json is not a Questionnaire")
    if not os.path.exists(os.path.join(qdir, "SOURCE.md")):
        chk.err(qdir, "SOURCE.md missing")
    flat = flatten(q.get("item"))
    ids = [it["linkId"] for it, _ in flat]
    dup = sorted({i for i in ids if ids.count(i) > 1})
    if dup:
        chk.err(qdir, f"Questionnaire repeats linkIds {dup}")
    cdir = os.path.join(qdir, "cases")
    names = sorted(os.listdir(cdir)) if os.path.isdir(cdir) else []
    cases = sorted({n[: -len(".response.json")] for n in names if n.endswith(".response.json")})
    expected = sorted({n[: -len(".expected.json")] for n in names if n.endswith(".expected.json")})
    if cases != expected:
        chk.err(qdir, f"cases without a partner file: {sorted(set(cases) ^ set(expected))}")
    if len(cases) < 2:
        chk.err(qdir, f"only {len(cases)} case(s)")
    for case in cases:
        if case in expected:
            try:
                check_case(chk, qdir, q, flat, case)
            except (OSError, ValueError) as e:
                chk.err(f"{qdir}/cases/{case}", str(e))
    return len(cases)


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    dirs = argv[1:] or sorted(
        os.path.join(here, d) for d in os.listdir(here) if os.path.isfile(os.path.join(here, d, "questionnaire.json"))
    )
    chk = Checker()
    total = 0
    for d in dirs:
        try:
            total += check_dir(chk, d)
        except (OSError, ValueError) as e:
            chk.err(d, str(e))
    for e in chk.errors:
        print(e)
    print(f"{len(dirs)} questionnaires, {total} cases, {len(chk.errors)} problems")
    return 1 if chk.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
