#!/usr/bin/env python3
"""Converts HL7's FHIRPath R4 test suite (tests-fhir-r4.xml) to tests.json, which the C++ test runner reads.

Every test is kept: its group, name, description, input file (as the .json copy in input/), expression, the
`invalid` attribute of the expression, the predicate/mode/ordered/checkOrderedFunctions attributes, and the expected
outputs with their types. The build does not run this script; tests.json is committed.

Usage: python3 convert.py tests-fhir-r4.xml > tests.json
"""
import json
import sys
import xml.etree.ElementTree as ET


def main(path):
    root = ET.parse(path).getroot()
    groups = []
    for gi, group in enumerate(root.findall("group")):
        # One group in the file is written `<group> name="from-Zulip">`: it has no name attribute.
        name = group.get("name") or "from-Zulip"
        tests = []
        for ti, test in enumerate(group.findall("test")):
            expression = test.find("expression")
            entry = {
                "name": test.get("name") or "%s#%d" % (name, ti + 1),
                "description": test.get("description", ""),
                "inputfile": (test.get("inputfile") or "").replace(".xml", ".json"),
                "expression": expression.text or "",
                "invalid": expression.get("invalid", ""),
                "predicate": test.get("predicate", ""),
                "mode": test.get("mode", ""),
                "ordered": test.get("ordered", ""),
                "checkOrderedFunctions": test.get("checkOrderedFunctions", ""),
                "outputs": [{"type": o.get("type", ""), "value": o.text or ""} for o in test.findall("output")],
            }
            tests.append(entry)
        groups.append({"name": name, "description": group.get("description", ""), "tests": tests})
    json.dump({"source": root.get("reference", ""), "groups": groups}, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
