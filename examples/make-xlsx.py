#!/usr/bin/env python3
"""Writes examples/opaline-energie.xlsx from examples/opaline-energie.csv with openpyxl
(`pip install openpyxl`), as Excel holds such a table once typed in: percentages are numbers with a
percentage format (91,2 % is 0.912 shown `0.0%`), durations in seconds are day fractions with a
`[h]:mm:ss` format (41 s is 0:00:41), other numbers are numbers, the rest is text. A second sheet,
`Notes`, holds a line of text (the report reads the first sheet, `Synthèse`).

The workbook is written by another program than ServiceBench's tests, so that the reader is held to a
real writer's output (tests compare its report with the CSV's)."""
import csv
import datetime
import os

import openpyxl

here = os.path.dirname(os.path.abspath(__file__))
DURATIONS = {"asa", "wait_p90", "chat_first_response_time", "aht"}

with open(os.path.join(here, "opaline-energie.csv"), encoding="utf-8-sig", newline="") as source:
    rows = list(csv.reader(source, delimiter=";"))

book = openpyxl.Workbook()
sheet = book.active
sheet.title = "Synthèse"
header = rows[0]
sheet.append(header)
for number, row in enumerate(rows[1:], start=2):
    for column, text in enumerate(row, start=1):
        if text == "":
            continue
        cell = sheet.cell(row=number, column=column)
        plain = text.replace("\u00a0", "").replace(" ", "").replace(",", ".")
        if text.endswith("%"):
            cell.value = float(plain.rstrip("%")) / 100
            cell.number_format = "0.0%"
        elif header[column - 1] in DURATIONS:
            cell.value = float(plain) / 86400
            cell.number_format = "[h]:mm:ss"
        else:
            try:
                value = float(plain)
                cell.value = int(value) if value.is_integer() else value
            except ValueError:
                cell.value = text
notes = book.create_sheet("Notes")
notes.append(["Opaline Énergie (fictional): made-up figures, see examples/README.md"])
fixed = datetime.datetime(2026, 10, 1)
book.properties.created = fixed
book.properties.modified = fixed
book.save(os.path.join(here, "opaline-energie.xlsx"))
