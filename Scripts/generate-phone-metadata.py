#!/usr/bin/env python3
"""Derives Leadline's phone-number tables from libphonenumber's metadata.

Reads PhoneNumberMetadata.xml and timezones/map_data.txt (Apache-2.0, see NOTICE) and writes one
compact text file. Every number pattern in the metadata describes a finite set of digit strings
(digits, classes, groups, alternation, ?, {n}, {n,m}), so each region's patterns compile here into
one minimal acyclic automaton whose accepting states carry a bit per number type; the runtime
classifies a number by walking it once, with no regular-expression engine.

Usage: generate-phone-metadata.py METADATA_DIR OUTPUT_SWIFT_FILE, from the repository:
    Scripts/generate-phone-metadata.py ../shared/data/libphonenumber Sources/LeadlineCore/Phones/PhoneTablesText.swift
The same input gives the same bytes.
"""
import re
import sys
import xml.etree.ElementTree as ET

TYPES = ["generalDesc", "fixedLine", "mobile", "tollFree", "premiumRate", "sharedCost", "personalNumber",
         "voip", "pager", "uan", "voicemail"]


def parse_pattern(text):
    """Parses the metadata's pattern subset into a tree of ('alt', [..]), ('seq', [..]),
    ('set', digits) and ('rep', node, low, high)."""
    text = re.sub(r"\s", "", text)
    position = 0

    def peek():
        return text[position] if position < len(text) else None

    def take(expected=None):
        nonlocal position
        char = text[position]
        if expected is not None and char != expected:
            raise ValueError(f"expected {expected!r} at {position} in {text!r}")
        position += 1
        return char

    def alternation():
        options = [sequence()]
        while peek() == "|":
            take("|")
            options.append(sequence())
        return ("alt", options)

    def sequence():
        items = []
        while peek() not in (None, "|", ")"):
            items.append(repeated())
        return ("seq", items)

    def repeated():
        node = atom()
        while peek() in ("?", "{"):
            if take() == "?":
                node = ("rep", node, 0, 1)
            else:
                low = number()
                high = low
                if peek() == ",":
                    take(",")
                    high = number()
                take("}")
                node = ("rep", node, low, high)
        return node

    def number():
        digits = ""
        while peek() is not None and peek().isdigit():
            digits += take()
        return int(digits)

    def atom():
        char = take()
        if char == "(":
            if peek() == "?":
                take("?")
                take(":")
            inner = alternation()
            take(")")
            return inner
        if char == "[":
            digits = set()
            while peek() != "]":
                first = take()
                if first == "\\":
                    take("d")
                    digits |= set("0123456789")
                elif peek() == "-":
                    take("-")
                    last = take()
                    digits |= {chr(c) for c in range(ord(first), ord(last) + 1)}
                else:
                    digits.add(first)
            take("]")
            return ("set", frozenset(digits))
        if char == "\\":
            take("d")
            return ("set", frozenset("0123456789"))
        if char.isdigit():
            return ("set", frozenset(char))
        raise ValueError(f"unexpected {char!r} in {text!r}")

    tree = alternation()
    if position != len(text):
        raise ValueError(f"trailing text in {text!r}")
    return tree


class NFA:
    def __init__(self):
        self.epsilon = []   # state -> [state]
        self.edges = []     # state -> [(digits, state)]
        self.accept = {}    # state -> type bit

    def state(self):
        self.epsilon.append([])
        self.edges.append([])
        return len(self.epsilon) - 1

    def build(self, node, start):
        """Adds `node` from `start`; returns the state after it."""
        kind = node[0]
        if kind == "set":
            end = self.state()
            self.edges[start].append((node[1], end))
            return end
        if kind == "seq":
            for item in node[1]:
                start = self.build(item, start)
            return start
        if kind == "alt":
            end = self.state()
            for option in node[1]:
                self.epsilon[self.build(option, start)].append(end)
            return end
        _, inner, low, high = node
        for _ in range(low):
            start = self.build(inner, start)
        end = self.state()
        self.epsilon[start].append(end)
        for _ in range(high - low):
            start = self.build(inner, start)
            self.epsilon[start].append(end)
        return end


def automaton(patterns):
    """One minimal DFA for {type bit: pattern}: a list of (mask, [next state or -1 per digit])."""
    nfa = NFA()
    root = nfa.state()
    for bit, pattern in patterns.items():
        start = nfa.state()
        nfa.epsilon[root].append(start)
        nfa.accept[nfa.build(parse_pattern(pattern), start)] = bit

    def closure(states):
        stack, seen = list(states), set(states)
        while stack:
            for following in nfa.epsilon[stack.pop()]:
                if following not in seen:
                    seen.add(following)
                    stack.append(following)
        return frozenset(seen)

    # Subset construction, then merging states with the same mask and the same successors:
    # the languages are finite, so the graph is acyclic and one bottom-up pass minimizes it.
    memo, signatures, states = {}, {}, []

    def visit(subset):
        if subset in memo:
            return memo[subset]
        mask = 0
        for nfa_state in subset:
            mask |= nfa.accept.get(nfa_state, 0)
        successors = []
        for digit in "0123456789":
            target = {to for nfa_state in subset for digits, to in nfa.edges[nfa_state] if digit in digits}
            successors.append(visit(closure(target)) if target else -1)
        signature = (mask, tuple(successors))
        if signature not in signatures:
            signatures[signature] = len(states)
            states.append(signature)
        memo[subset] = signatures[signature]
        return memo[subset]

    start = visit(closure({root}))
    # Number states so that the start state is 0 and the order does not depend on hashing.
    order, queue = {start: 0}, [start]
    while queue:
        for following in states[queue.pop(0)][1]:
            if following >= 0 and following not in order:
                order[following] = len(order)
                queue.append(following)
    result = [None] * len(order)
    for old, new in order.items():
        mask, successors = states[old]
        result[new] = (mask, [order[s] if s >= 0 else -1 for s in successors])
    return result


def encode(dfa):
    """`mask:next0,next1,...` per state in hex, states separated by spaces; an empty next is no edge."""
    return " ".join(f"{mask:x}:" + ",".join("" if s < 0 else format(s, "x") for s in successors).rstrip(",")
                    for mask, successors in dfa)


def lengths(element, name):
    node = element.find("possibleLengths")
    if node is None or node.get(name) is None:
        return []
    result = []
    for part in node.get(name).split(","):
        if part.startswith("["):
            low, high = part.strip("[]").split("-")
            result += range(int(low), int(high) + 1)
        else:
            result.append(int(part))
    return result


def field(value, pattern=True):
    """A tab-separated field, '-' when absent. Patterns lose the white space the XML wraps them
    with; formatting rules keep their inner spaces."""
    if value is None or value.strip() == "":
        return "-"
    value = re.sub(r"\s+", "", value) if pattern else value.strip()
    assert "\t" not in value and "\n" not in value
    return value


def main(source, output):
    root = ET.parse(f"{source}/PhoneNumberMetadata.xml").getroot()
    lines = ["# Leadline phone tables, generated by Scripts/generate-phone-metadata.py from libphonenumber's",
             "# metadata (Apache-2.0, see NOTICE). Do not edit; run the script again."]
    for territory in root.iter("territory"):
        a = territory.attrib
        lines.append("\t".join(["T", a["id"], a["countryCode"], "1" if a.get("mainCountryForCode") == "true" else "0",
                                field(a.get("internationalPrefix")), field(a.get("nationalPrefix")),
                                field(a.get("nationalPrefixForParsing")), field(a.get("nationalPrefixTransformRule"), False),
                                field(a.get("leadingDigits")), field(a.get("nationalPrefixFormattingRule"), False)]))
        patterns = {}
        for bit, name in enumerate(TYPES):
            element = territory.find(name)
            if element is None:
                continue
            patterns[1 << bit] = element.find("nationalNumberPattern").text
            if name != "generalDesc":
                example = element.find("exampleNumber")
                lines.append("\t".join(["P", name, ",".join(map(str, lengths(element, "national"))) or "-",
                                        ",".join(map(str, lengths(element, "localOnly"))) or "-",
                                        example.text.strip() if example is not None else "-"]))
        formats = territory.find("availableFormats")
        for number_format in (formats if formats is not None else []):
            leading = [re.sub(r"\s", "", node.text) for node in number_format.findall("leadingDigits")]
            intl = number_format.find("intlFormat")
            lines.append("\t".join(["F", field(number_format.get("pattern")), field(number_format.find("format").text, False),
                                    field(leading[-1] if leading else None),
                                    field(number_format.get("nationalPrefixFormattingRule"), False),
                                    field(intl.text if intl is not None else None, False)]))
        lines.append("D\t" + encode(automaton(patterns)))
        if a.get("internationalPrefix"):
            lines.append("I\t" + encode(automaton({1: a["internationalPrefix"]})))
        # A national prefix pattern without a rewrite is a set of digit prefixes: an automaton
        # strips it with no regular-expression engine (greedy alternatives match the longest).
        parsing = a.get("nationalPrefixForParsing")
        if parsing and not a.get("nationalPrefixTransformRule") and "$" not in parsing:
            lines.append("N\t" + encode(automaton({1: parsing})))
    for line in open(f"{source}/timezones/map_data.txt", encoding="utf-8"):
        line = line.strip()
        if line and not line.startswith("#"):
            prefix, zones = line.split("|")
            lines.append(f"Z\t{prefix}\t{zones}")
    text = "\n".join(lines)
    assert '"""#' not in text
    with open(output, "w", encoding="utf-8") as out:
        out.write("// Generated by Scripts/generate-phone-metadata.py from libphonenumber's metadata. Do not edit.\n")
        out.write("// Kept in the binary as text so the domain reads no files; PhoneTables parses it once.\n\n")
        out.write("enum PhoneTablesText {\n    static let text = #\"\"\"\n" + text + "\n\"\"\"#\n}\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
