#!/usr/bin/env python3
"""Asks libphonenumber's own time-zone mapper which zones every example number rings in.

Reads the example numbers of Leadline's generated phone tables (one per region and number type)
and writes, per example, the zones libphonenumber's PhoneNumberToTimeZonesMapper answers, as the
Python port `phonenumbers` (PyPI) implements it. The test `ExampleZoneTests` holds Leadline's
answers to this file.

Usage, from the repository, with `pip install phonenumbers`:
    Scripts/generate-zone-oracle.py Sources/LeadlineCore/Phones/PhoneTablesText.swift \
        Tests/LeadlineCoreTests/Phones/Fixtures/example-zones.tsv
"""
import sys

import phonenumbers
from phonenumbers import timezone


def examples(tables):
    country_code = None
    for line in open(tables, encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        if fields[0] == "T":
            country_code = fields[2]
        elif fields[0] == "P" and fields[4] != "-":
            yield "+" + country_code + fields[4]


def main(tables, output):
    with open(output, "w", encoding="utf-8") as out:
        out.write("# e164\tzones (libphonenumber %s); Etc/Unknown when it knows none\n" % phonenumbers.__version__)
        for e164 in sorted(set(examples(tables))):
            zones = timezone.time_zones_for_number(phonenumbers.parse(e164))
            out.write(e164 + "\t" + "&".join(zones) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
