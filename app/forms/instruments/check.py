#!/usr/bin/env python3
"""Checks the bundled instruments (FHIR R4 Questionnaire JSON) and their hand-worked test cases.

A lint for authors, not the engine: the integrator's C++ validator is the real check. It verifies what a person
gets wrong when writing these files by hand:
  - JSON well-formedness and the resource-level conventions (id = file name, canonical url, version, name, ...);
  - item rules of FHIR R4 that the engine relies on (group/display/answerOption/maxLength/initial/enableWhen);
  - unique, readable linkIds; enableWhen targets that exist, can carry an answer, fit the answer type and come
    before the item that depends on them;
  - answerOption codes unique per item; every URL (extension, code system) one of the project's subset;
  - FHIRPath expressions: only the documented function subset, variables that are defined, and linkIds / codes
    named in string literals that exist (catches typos that would silently count nothing);
  - test data in tests/data/instruments/<slug>/: responses that fit the Questionnaire, expected files whose
    'enabled' lists are in Questionnaire order and consistent with the structure. It never evaluates enableWhen
    or an expression: the expected values are worked out by hand and this script must not become their source.

Usage: check.py [--table]   (python3, no dependencies; exit status 1 when anything is wrong)
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
TESTDATA = os.path.join(REPO, "tests", "data", "instruments")

BASE_URL = "https://veldwerk.nl/fhir/Questionnaire/"
CODESYSTEM_BASE = "https://veldwerk.nl/fhir/CodeSystem/"
SHARED_SYSTEM = CODESYSTEM_BASE + "veldwerk"

EXT_CONTROL = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl"
EXT_MIN = "http://hl7.org/fhir/StructureDefinition/minValue"
EXT_MAX = "http://hl7.org/fhir/StructureDefinition/maxValue"
EXT_STEP = "http://hl7.org/fhir/StructureDefinition/questionnaire-sliderStepValue"
EXT_ORDINAL = "http://hl7.org/fhir/StructureDefinition/ordinalValue"
EXT_CALC = "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression"
EXT_VARIABLE = "http://hl7.org/fhir/StructureDefinition/variable"
EXT_ENABLE_EXPR = "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression"
CONTROL_SYSTEM = "http://hl7.org/fhir/questionnaire-item-control"
CONTROL_CODES = {"radio-button", "drop-down", "check-box", "slider"}

ITEM_TYPES = {"group", "display", "boolean", "decimal", "integer", "date", "dateTime", "time", "string", "text",
              "choice", "open-choice", "attachment", "quantity"}
ANSWERABLE = ITEM_TYPES - {"group", "display"}
ORDERED_TYPES = {"integer", "decimal", "date", "dateTime", "time", "quantity", "string", "text"}
OPERATORS = {"exists", "=", "!=", ">", "<", ">=", "<="}
ROOT_KEYS = {"resourceType", "id", "language", "extension", "url", "version", "name", "title", "status", "date",
             "publisher", "description", "item"}
ITEM_KEYS = {"extension", "linkId", "prefix", "text", "type", "enableWhen", "enableBehavior", "required", "repeats",
             "readOnly", "maxLength", "answerOption", "initial", "item"}
MAXLENGTH_TYPES = {"string", "text", "open-choice", "url"}

# The answer[x] / value[x] element that fits each item type (FHIR R4 Questionnaire.item.enableWhen.answer[x]).
ANSWER_KEY = {"boolean": {"answerBoolean"}, "integer": {"answerInteger"}, "decimal": {"answerDecimal"},
              "date": {"answerDate"}, "dateTime": {"answerDateTime"}, "time": {"answerTime"},
              "string": {"answerString"}, "text": {"answerString"}, "choice": {"answerCoding"},
              "open-choice": {"answerCoding", "answerString"}, "quantity": {"answerQuantity"},
              "attachment": set()}
VALUE_KEY = {"boolean": {"valueBoolean"}, "integer": {"valueInteger"}, "decimal": {"valueDecimal"},
             "date": {"valueDate"}, "dateTime": {"valueDateTime"}, "time": {"valueTime"},
             "string": {"valueString"}, "text": {"valueString"}, "choice": {"valueCoding"},
             "open-choice": {"valueCoding", "valueString"}, "quantity": {"valueQuantity"},
             "attachment": {"valueAttachment"}}
MINMAX_KEY = {"integer": {"valueInteger"}, "decimal": {"valueDecimal", "valueInteger"}, "date": {"valueDate"}}

# FHIRPath functions of the project's documented subset (brief: FHIRPath in expressions).
FHIRPATH_FUNCTIONS = {"repeat", "where", "startsWith", "count", "sum", "exists", "empty", "iif", "ordinal", "weight"}
FHIRPATH_KEYWORDS = {"and", "or", "true", "false", "item", "answer", "value", "linkId", "code"}

LINKID_RE = re.compile(r"^[a-z0-9]+(?:[.-][a-z0-9]+)*$")
NAME_RE = re.compile(r"^[A-Z][A-Za-z0-9]*$")
CODE_RE = re.compile(r"^[a-z0-9]+(?:[.-][a-z0-9]+)*$")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class Report:
    def __init__(self):
        self.errors = []

    def error(self, where, message):
        self.errors.append(f"{where}: {message}")


class Item:
    """One Questionnaire item with what the checks need to know about its place in the tree."""

    def __init__(self, raw, parent, index):
        self.raw = raw
        self.parent = parent
        self.index = index  # document (pre-order) position
        self.link_id = raw.get("linkId")
        self.type = raw.get("type")
        self.children = []

    def ancestors(self):
        node = self.parent
        while node is not None:
            yield node
            node = node.parent

    def in_repeating_group(self):
        return any(a.raw.get("repeats") and a.type == "group" for a in self.ancestors())

    def option_codings(self):
        return [(o.get("valueCoding") or {}) for o in self.raw.get("answerOption", [])]

    def calculated(self):
        return any(e.get("url") == EXT_CALC for e in self.raw.get("extension", []))


def load_json(path, report):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError) as e:
        report.error(os.path.relpath(path, REPO), f"not well-formed JSON: {e}")
        return None


def flatten(raw_items, parent, out, report, where):
    if not isinstance(raw_items, list):
        report.error(where, "'item' must be a list")
        return
    for raw in raw_items:
        if not isinstance(raw, dict):
            report.error(where, "an item must be an object")
            continue
        node = Item(raw, parent, len(out))
        out.append(node)
        if parent is not None:
            parent.children.append(node)
        if "item" in raw:
            flatten(raw["item"], node, out, report, where)


def check_expression(expr, where, report, ctx, defined_vars):
    """Lints one FHIRPath expression against the subset; ctx gives linkIds, prefixes and codes of the form."""
    if not isinstance(expr, str) or not expr.strip():
        report.error(where, "empty expression")
        return
    if expr.count("(") != expr.count(")"):
        report.error(where, f"unbalanced parentheses in {expr!r}")
    if expr.count("'") % 2:
        report.error(where, f"unbalanced quotes in {expr!r}")
    without_strings = re.sub(r"'[^']*'", "''", expr)
    for name in re.findall(r"([A-Za-z_][A-Za-z0-9_]*)\s*\(", without_strings):
        if name not in FHIRPATH_FUNCTIONS and name not in ("and", "or"):
            report.error(where, f"function {name}() is outside the project's FHIRPath subset")
    for name in re.findall(r"%([A-Za-z_][A-Za-z0-9_]*)", without_strings):
        if name not in ("resource", "context") and name not in defined_vars:
            report.error(where, f"variable %{name} is not defined where it is used")
    for ident in re.findall(r"(?<![%.\w'])([A-Za-z_][A-Za-z0-9_]*)\b(?!\s*\()", without_strings):
        if ident not in FHIRPATH_KEYWORDS and ident not in FHIRPATH_FUNCTIONS:
            report.error(where, f"unexpected identifier {ident!r} (not a path step of the subset)")
    for member in re.findall(r"\.([A-Za-z_][A-Za-z0-9_]*)\b(?!\s*\()", without_strings):
        if member not in FHIRPATH_KEYWORDS:
            report.error(where, f"unexpected path step .{member}")
    for literal in re.findall(r"linkId\s*=\s*'([^']*)'", expr):
        if literal not in ctx["linkIds"]:
            report.error(where, f"linkId '{literal}' does not exist")
        elif ctx["types"][literal] in ("group", "display"):
            report.error(where, f"linkId '{literal}' names a {ctx['types'][literal]} item, which has no answer")
    # FHIRPath leaves the evaluation order of 'and' open: in where(linkId... and answer.value = true) an engine may
    # compare a text or date answer with a boolean first. A second where() only sees the items the first selected.
    for segment in re.findall(r"where\(((?:[^()]|\([^()]*\))*)\)", expr):
        if "linkId" in segment and re.search(r"answer\.value\s*(=|!=|<|>)", segment):
            report.error(where, "compare answer.value in its own where() after the linkId test, not with 'and'")
    compares_boolean = re.search(r"answer\.value\s*=\s*(true|false)", expr) is not None
    compares_code = "answer.value.code" in expr
    for literal in re.findall(r"linkId\.startsWith\('([^']*)'\)", expr):
        matches = [l for l in ctx["linkIds"] if l.startswith(literal) and ctx["types"][l] not in ("group", "display")]
        if not matches:
            report.error(where, f"no question's linkId starts with '{literal}'")
        # A prefix that also catches items of another type compares a string with a boolean or a code: some
        # FHIRPath implementations answer false, others raise a type error. Keep counted items of one kind.
        if compares_boolean and not compares_code:
            odd = [l for l in matches if ctx["types"][l] != "boolean"]
        elif compares_code and not compares_boolean:
            odd = [l for l in matches if ctx["types"][l] not in ("choice", "open-choice")]
        else:
            odd = []
        for l in odd:
            report.error(where, f"prefix '{literal}' also matches '{l}' ({ctx['types'][l]}), which is not counted "
                                "the same way")
    for literal in re.findall(r"code\s*=\s*'([^']*)'", expr):
        if literal not in ctx["codes"]:
            report.error(where, f"code '{literal}' is not an answerOption code of this form")


def check_value_expression(ext, where, report, need_name):
    ve = ext.get("valueExpression")
    if not isinstance(ve, dict):
        report.error(where, f"{ext.get('url')} needs a valueExpression")
        return None
    if ve.get("language") != "text/fhirpath":
        report.error(where, "expression language must be text/fhirpath")
    if need_name and not re.match(r"^[A-Za-z][A-Za-z0-9]*$", str(ve.get("name", ""))):
        report.error(where, "a variable needs a name (letters and digits)")
    unknown = set(ve) - {"name", "language", "expression", "description"}
    if unknown:
        report.error(where, f"unexpected valueExpression keys {sorted(unknown)}")
    return ve


def check_questionnaire(path, report):
    rel = os.path.relpath(path, REPO)
    q = load_json(path, report)
    if q is None:
        return None
    slug = os.path.basename(path)[: -len(".json")]
    if q.get("resourceType") != "Questionnaire":
        report.error(rel, "resourceType must be Questionnaire")
        return None
    for key in set(q) - ROOT_KEYS:
        report.error(rel, f"unexpected root element '{key}'")
    expect = {"id": slug, "url": BASE_URL + slug, "status": "active", "language": "nl", "publisher": "Veldwerk"}
    for key, value in expect.items():
        if q.get(key) != value:
            report.error(rel, f"{key} must be {value!r}, is {q.get(key)!r}")
    if not re.match(r"^\d+\.\d+\.\d+$", str(q.get("version", ""))):
        report.error(rel, "version must be semantic (1.0.0)")
    if not NAME_RE.match(str(q.get("name", ""))):
        report.error(rel, "name must be PascalCase ASCII")
    if not DATE_RE.match(str(q.get("date", ""))):
        report.error(rel, "date must be a FHIR date")
    for key in ("title", "description"):
        if not isinstance(q.get(key), str) or not q[key].strip():
            report.error(rel, f"{key} is required")
    if "seed" not in str(q.get("description", "")):
        report.error(rel, "description must name the seed file(s) it comes from")

    items = []
    flatten(q.get("item", []), None, items, report, rel)
    if not items:
        report.error(rel, "a Questionnaire without items")
    by_id = {}
    for node in items:
        if not isinstance(node.link_id, str) or not LINKID_RE.match(node.link_id):
            report.error(rel, f"linkId {node.link_id!r} is not readable kebab-case with dots")
        if node.link_id in by_id:
            report.error(rel, f"linkId '{node.link_id}' is not unique")
        by_id[node.link_id] = node
    own_system = CODESYSTEM_BASE + slug
    codes = set()
    for node in items:
        for c in node.option_codings():
            if "code" in c:
                codes.add(c["code"])
    ctx = {"linkIds": set(by_id), "types": {k: v.type for k, v in by_id.items()}, "codes": codes}

    root_vars = []
    for ext in q.get("extension", []):
        if ext.get("url") != EXT_VARIABLE:
            report.error(rel, f"root extension {ext.get('url')!r} is not allowed (only variables)")
            continue
        ve = check_value_expression(ext, rel + " root variable", report, True)
        if ve:
            check_expression(ve.get("expression"), f"{rel} variable %{ve.get('name')}", report, ctx, set(root_vars))
            if ve.get("name") in root_vars:
                report.error(rel, f"variable %{ve.get('name')} defined twice")
            root_vars.append(ve.get("name"))

    item_vars = {}  # linkId -> names defined on that item (in scope for it and its descendants)
    for node in items:
        where = f"{rel} [{node.link_id}]"
        raw, t = node.raw, node.type
        for key in set(raw) - ITEM_KEYS:
            report.error(where, f"unexpected element '{key}'")
        if t not in ITEM_TYPES:
            report.error(where, f"type {t!r} is outside the supported subset")
            continue
        if "text" not in raw and t != "group":
            report.error(where, "an item needs a text")
        for flag in ("required", "repeats", "readOnly"):
            if flag in raw and not isinstance(raw[flag], bool):
                report.error(where, f"{flag} must be a boolean")
        if t == "group":
            if not node.children:
                report.error(where, "a group needs child items")
            for key in ("answerOption", "initial", "maxLength", "readOnly"):
                if key in raw:
                    report.error(where, f"a group has no {key}")
        elif "item" in raw:
            report.error(where, "only groups have child items here (children of questions go in answer.item, "
                                "which the counting expressions do not see)")
        if t == "display":
            for key in ("required", "repeats", "answerOption", "initial", "readOnly", "maxLength"):
                if key in raw:
                    report.error(where, f"a display item is never {key}")
        if "answerOption" in raw and t not in ("choice", "open-choice"):
            report.error(where, "answerOption only on choice/open-choice")
        if t == "choice" and not raw.get("answerOption"):
            report.error(where, "a choice item needs answerOption (answerValueSet is outside the subset)")
        if "maxLength" in raw:
            if t not in MAXLENGTH_TYPES:
                report.error(where, "maxLength only on string/text/open-choice/url")
            elif not isinstance(raw["maxLength"], int) or raw["maxLength"] <= 0:
                report.error(where, "maxLength must be a positive integer")
        seen_codes = set()
        for o in raw.get("answerOption", []):
            if set(o) != {"valueCoding"}:
                report.error(where, "answerOption must hold exactly one valueCoding")
                continue
            c = o["valueCoding"]
            if set(c) - {"system", "code", "display", "extension"}:
                report.error(where, f"unexpected Coding keys {sorted(set(c) - {'system', 'code', 'display', 'extension'})}")
            if c.get("system") not in (own_system, SHARED_SYSTEM):
                report.error(where, f"code system {c.get('system')!r} is neither {own_system} nor the shared one")
            if not CODE_RE.match(str(c.get("code", ""))):
                report.error(where, f"code {c.get('code')!r} is not readable kebab-case")
            if not c.get("display"):
                report.error(where, f"code {c.get('code')!r} needs a display")
            if c.get("code") in seen_codes:
                report.error(where, f"answerOption code '{c.get('code')}' is not unique")
            seen_codes.add(c.get("code"))
            for ext in c.get("extension", []):
                if ext.get("url") != EXT_ORDINAL or set(ext) != {"url", "valueDecimal"} \
                        or not isinstance(ext["valueDecimal"], (int, float)):
                    report.error(where, "the only Coding extension is ordinalValue with a valueDecimal")
        if "initial" in raw:
            if t in ("group", "display") or not isinstance(raw["initial"], list) or len(raw["initial"]) != 1:
                report.error(where, "initial must be one value on a question")
            else:
                keys = set(raw["initial"][0])
                if len(keys) != 1 or not keys <= VALUE_KEY[t]:
                    report.error(where, f"initial {sorted(keys)} does not fit type {t}")
                elif "valueCoding" in keys and (raw["initial"][0]["valueCoding"].get("system"),
                                                raw["initial"][0]["valueCoding"].get("code")) not in \
                        {(c.get("system"), c.get("code")) for c in node.option_codings()}:
                    report.error(where, "initial coding is not one of the answerOptions")

        # Extensions on the item.
        controls = []
        names_here = []
        for ext in raw.get("extension", []):
            url = ext.get("url")
            if url == EXT_CONTROL:
                codings = ((ext.get("valueCodeableConcept") or {}).get("coding") or [])
                if len(codings) != 1 or codings[0].get("system") != CONTROL_SYSTEM \
                        or codings[0].get("code") not in CONTROL_CODES:
                    report.error(where, "itemControl must be one coding of questionnaire-item-control "
                                        "(radio-button, drop-down, check-box, slider)")
                else:
                    controls.append(codings[0]["code"])
            elif url in (EXT_MIN, EXT_MAX):
                keys = set(ext) - {"url"}
                if t not in MINMAX_KEY or len(keys) != 1 or not keys <= MINMAX_KEY[t]:
                    report.error(where, f"{url.rsplit('/', 1)[1]} {sorted(keys)} does not fit type {t}")
            elif url == EXT_STEP:
                if set(ext) != {"url", "valueInteger"} or t not in ("integer", "decimal"):
                    report.error(where, "sliderStepValue is a valueInteger on an integer/decimal item")
            elif url == EXT_CALC:
                ve = check_value_expression(ext, where, report, False)
                if not raw.get("readOnly"):
                    report.error(where, "a calculated item must be readOnly")
                if t not in ("integer", "decimal"):
                    report.error(where, "calculatedExpression only on integer/decimal items here")
                if raw.get("required"):
                    report.error(where, "a calculated item is not required")
                if ve and not (ve.get("description") or "").strip():
                    report.error(where, "a calculatedExpression needs a description of what it counts")
                # ordinalValue is a valueDecimal, so weight()/ordinal() and their sums are Decimals: an integer
                # item would have to narrow them.
                uses_weight = any(re.search(r"\.(weight|ordinal)\(", str((x.get("valueExpression") or {}).get("expression")))
                                  for x in raw.get("extension", []))
                if uses_weight and t != "decimal":
                    report.error(where, "a score from weight()/ordinal() is a decimal item")
            elif url == EXT_VARIABLE:
                ve = check_value_expression(ext, where, report, True)
                if ve:
                    names_here.append(ve.get("name"))
            elif url == EXT_ENABLE_EXPR:
                check_value_expression(ext, where, report, False)
                if "enableWhen" in raw:
                    report.error(where, "use enableWhen or enableWhenExpression, not both")
            else:
                report.error(where, f"extension {url!r} is outside the project's subset")
        item_vars[node.link_id] = names_here
        if len(controls) > 1:
            report.error(where, "more than one itemControl")
        for code in controls:
            if code in ("radio-button", "drop-down") and t not in ("choice", "open-choice"):
                report.error(where, f"{code} only on choice/open-choice")
            if code == "check-box" and t not in ("choice", "open-choice", "boolean"):
                report.error(where, "check-box only on choice/open-choice/boolean")
            if code == "check-box" and t != "boolean" and not raw.get("repeats"):
                report.error(where, "a check-box list must be repeats: true")
            if code == "radio-button" and raw.get("repeats"):
                report.error(where, "radio buttons allow one answer: not repeats")
            if code == "slider" and t not in ("integer", "decimal"):
                report.error(where, "slider only on integer/decimal")
            if code == "slider" and not any(e.get("url") == EXT_MAX for e in raw.get("extension", [])):
                report.error(where, "a slider needs a maxValue")

        # Variables in scope: root, then those of the ancestors and of the item itself (declared earlier).
        scope = set(root_vars)
        for anc in node.ancestors():
            scope |= set(item_vars.get(anc.link_id, []))
        # SDC: an item's variables are in scope for its other expressions; a variable sees only earlier ones.
        sequential = set(scope)
        for ext in raw.get("extension", []):
            ve = ext.get("valueExpression") if isinstance(ext.get("valueExpression"), dict) else None
            if ve is None:
                continue
            if ext.get("url") == EXT_VARIABLE:
                check_expression(ve.get("expression"), where, report, ctx, sequential)
                sequential.add(ve.get("name"))
            else:
                check_expression(ve.get("expression"), where, report, ctx, scope | set(names_here))

        # enableWhen.
        ew = raw.get("enableWhen", [])
        if "enableWhen" in raw and (not isinstance(ew, list) or not ew):
            report.error(where, "enableWhen must be a non-empty list")
            ew = []
        if len(ew) > 1 and raw.get("enableBehavior") not in ("all", "any"):
            report.error(where, "enableBehavior (all/any) is required with more than one enableWhen")
        if "enableBehavior" in raw and raw["enableBehavior"] not in ("all", "any"):
            report.error(where, "enableBehavior must be all or any")
        if "enableBehavior" in raw and len(ew) < 2:
            report.error(where, "enableBehavior without a second enableWhen")
        for cond in ew:
            target = by_id.get(cond.get("question"))
            op = cond.get("operator")
            answers = [k for k in cond if k.startswith("answer")]
            if set(cond) - {"question", "operator"} - set(answers):
                report.error(where, f"unexpected enableWhen keys {sorted(set(cond) - {'question', 'operator'} - set(answers))}")
            if target is None:
                report.error(where, f"enableWhen names '{cond.get('question')}', which does not exist")
                continue
            if target.type in ("group", "display"):
                report.error(where, f"enableWhen names a {target.type} item '{target.link_id}'")
                continue
            if target.index >= node.index:
                report.error(where, f"enableWhen target '{target.link_id}' does not come before the item")
            if target is node or node in list(target.ancestors()):
                report.error(where, f"enableWhen target '{target.link_id}' is the item itself or inside it")
            if target.in_repeating_group() and not any(a in list(node.ancestors()) for a in target.ancestors()
                                                        if a.raw.get("repeats")):
                report.error(where, f"enableWhen target '{target.link_id}' sits in a repeating group the item is "
                                    "not in: which repetition is meant is ambiguous")
            if op not in OPERATORS:
                report.error(where, f"operator {op!r} is outside = != > < >= <= exists")
            if len(answers) != 1:
                report.error(where, "enableWhen needs exactly one answer[x]")
                continue
            key = answers[0]
            if op == "exists":
                if key != "answerBoolean":
                    report.error(where, "exists takes answerBoolean")
                continue
            if key not in ANSWER_KEY.get(target.type, set()):
                report.error(where, f"{key} does not fit '{target.link_id}' of type {target.type}")
            if op in (">", "<", ">=", "<=") and target.type not in ORDERED_TYPES:
                report.error(where, f"operator {op} on '{target.link_id}' of unordered type {target.type}")
            if op == "!=" and target.raw.get("repeats"):
                report.error(where, f"'!=' on the repeating question '{target.link_id}' is ambiguous")
            if key == "answerCoding":
                c = cond[key]
                if (c.get("system"), c.get("code")) not in {(o.get("system"), o.get("code"))
                                                             for o in target.option_codings()}:
                    report.error(where, f"answerCoding {c.get('code')!r} is not an option of '{target.link_id}'")
    return {"q": q, "items": items, "by_id": by_id, "rel": rel, "slug": slug}


def check_response_items(raw_items, parent, form, report, where, answered):
    """Each response item must sit where the Questionnaire puts it, with answers that fit its type."""
    seen = {}
    expected_children = {c.link_id for c in (parent.children if parent else
                                              [i for i in form["items"] if i.parent is None])}
    for raw in raw_items:
        lid = raw.get("linkId")
        node = form["by_id"].get(lid)
        if node is None:
            report.error(where, f"response item '{lid}' is not in the Questionnaire")
            continue
        if lid not in expected_children:
            report.error(where, f"response item '{lid}' is not nested as the Questionnaire nests it")
        seen[lid] = seen.get(lid, 0) + 1
        if seen[lid] > 1 and not (node.raw.get("repeats") and node.type == "group"):
            report.error(where, f"'{lid}' appears more than once under one parent")
        if set(raw) - {"linkId", "text", "answer", "item"}:
            report.error(where, f"unexpected keys on '{lid}'")
        if node.type in ("group", "display"):
            if "answer" in raw:
                report.error(where, f"'{lid}' is a {node.type} and has no answer")
        else:
            answers = raw.get("answer", [])
            if not answers:
                report.error(where, f"'{lid}' is present without an answer (leave it out instead)")
            if len(answers) > 1 and not node.raw.get("repeats"):
                report.error(where, f"'{lid}' does not repeat but has {len(answers)} answers")
            options = {(c.get("system"), c.get("code")) for c in node.option_codings()}
            for a in answers:
                keys = set(a) - {"item"}
                if "item" in a:
                    report.error(where, f"'{lid}': answer.item is not used by these forms")
                if len(keys) != 1 or not keys <= VALUE_KEY[node.type]:
                    report.error(where, f"'{lid}': answer {sorted(keys)} does not fit type {node.type}")
                    continue
                if "valueCoding" in keys:
                    c = a["valueCoding"]
                    if (c.get("system"), c.get("code")) not in options:
                        report.error(where, f"'{lid}': {c.get('code')!r} is not one of its options")
                if "valueInteger" in keys and not isinstance(a["valueInteger"], int):
                    report.error(where, f"'{lid}': valueInteger must be an integer")
                if "valueBoolean" in keys and not isinstance(a["valueBoolean"], bool):
                    report.error(where, f"'{lid}': valueBoolean must be true or false")
                if "valueDate" in keys and not DATE_RE.match(str(a["valueDate"])):
                    report.error(where, f"'{lid}': valueDate is not a FHIR date")
            answered.setdefault(lid, []).extend(answers)
        if node.type == "group":
            check_response_items(raw.get("item", []), node, form, report, where, answered)
        elif "item" in raw:
            report.error(where, f"'{lid}' is not a group and has no child items here")


def check_cases(form, report):
    slug = form["slug"]
    folder = os.path.join(TESTDATA, slug)
    rel_folder = os.path.relpath(folder, REPO)
    if not os.path.isdir(folder):
        report.error(rel_folder, "no test cases")
        return 0
    responses = sorted(f for f in os.listdir(folder) if f.endswith(".response.json"))
    if len(responses) < 2:
        report.error(rel_folder, "at least two cases are required")
    for f in os.listdir(folder):
        if not (f.endswith(".response.json") or f.endswith(".expected.json")):
            report.error(rel_folder, f"unexpected file {f}")
    q = form["q"]
    order = [n.link_id for n in form["items"]]
    position = {lid: i for i, lid in enumerate(order)}
    calculated_ids = [n.link_id for n in form["items"] if n.calculated()]
    for f in responses:
        case = f[: -len(".response.json")]
        where = f"{rel_folder}/{f}"
        r = load_json(os.path.join(folder, f), report)
        e = load_json(os.path.join(folder, case + ".expected.json"), report)
        if r is None or e is None:
            continue
        if r.get("resourceType") != "QuestionnaireResponse":
            report.error(where, "resourceType must be QuestionnaireResponse")
        if r.get("questionnaire") != f"{q['url']}|{q['version']}":
            report.error(where, f"questionnaire must be {q['url']}|{q['version']}")
        if r.get("status") not in ("in-progress", "completed"):
            report.error(where, "status must be in-progress or completed")
        answered = {}
        check_response_items(r.get("item", []), None, form, report, where, answered)

        ewhere = f"{rel_folder}/{case}.expected.json"
        if set(e) != {"enabled", "calculated"}:
            report.error(ewhere, "must hold exactly 'enabled' and 'calculated'")
            continue
        enabled = e["enabled"]
        if len(set(enabled)) != len(enabled):
            report.error(ewhere, "a linkId is listed twice in 'enabled'")
        unknown = [l for l in enabled if l not in position]
        for l in unknown:
            report.error(ewhere, f"'{l}' in 'enabled' is not in the Questionnaire")
        known = [l for l in enabled if l in position]
        if known != sorted(known, key=position.get):
            report.error(ewhere, "'enabled' is not in Questionnaire order")
        enabled_set = set(enabled)
        for n in form["items"]:
            parent_ok = n.parent is None or n.parent.link_id in enabled_set
            if n.link_id in enabled_set and not parent_ok:
                report.error(ewhere, f"'{n.link_id}' is listed but its parent '{n.parent.link_id}' is not")
            if parent_ok and "enableWhen" not in n.raw and n.link_id not in enabled_set and \
                    not any(x.get("url") == EXT_ENABLE_EXPR for x in n.raw.get("extension", [])):
                report.error(ewhere, f"'{n.link_id}' has no condition and an enabled parent, but is not listed")
        for lid in answered:
            if lid not in enabled_set:
                report.error(where, f"'{lid}' is answered but not enabled in the expected file "
                                    "(the engine clears answers of disabled items)")
        calc = e["calculated"]
        if not isinstance(calc, dict) or set(calc) != set(calculated_ids):
            report.error(ewhere, f"'calculated' must list exactly the calculated items {calculated_ids}")
            continue
        for lid, value in calc.items():
            if value is not None and (not isinstance(value, (int, float)) or isinstance(value, bool)):
                report.error(ewhere, f"'{lid}': a number or null")
            if lid not in enabled_set and value is not None:
                report.error(ewhere, f"'{lid}' is disabled, so its value is null")
            stored = answered.get(lid)
            if stored:
                v = stored[0].get("valueInteger", stored[0].get("valueDecimal"))
                if v != value:
                    report.error(where, f"'{lid}' is stored as {v} but expected as {value}")
    return len(responses)


def main():
    report = Report()
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".json"))
    rows = []
    for f in files:
        form = check_questionnaire(os.path.join(HERE, f), report)
        if form is None:
            continue
        cases = check_cases(form, report)
        scores = [n.link_id for n in form["items"] if n.calculated()]
        rows.append((f, form["q"].get("title"), len(form["items"]), scores, form["q"].get("version"), cases))
    readme = os.path.join(HERE, "README.md")
    if os.path.exists(readme):
        text = open(readme, encoding="utf-8").read()
        for f in files:
            if f"`{f}`" not in text:
                report.error("app/forms/instruments/README.md", f"{f} is not in the table")
    else:
        report.error("app/forms/instruments", "README.md is missing")
    if "--table" in sys.argv:
        for f, title, n, scores, version, cases in rows:
            print(f"| `{f}` | {title} | {n} | {', '.join('`' + s + '`' for s in scores) or '—'} | {version} | {cases} |")
    for line in report.errors:
        print(line)
    print(f"{len(files)} instruments, {sum(r[5] for r in rows)} test cases, {len(report.errors)} problems",
          file=sys.stderr)
    return 1 if report.errors else 0


if __name__ == "__main__":
    sys.exit(main())
