import Testing
@testable import ServiceBenchCore

/// The input variants a spreadsheet produces, all read to the same measurements.
@Suite("KPI table reader: input variants")
struct KPITableReaderTests {
    /// The same four values (ACME: answer rate 91.5 % and ASA 45 s in 2026-Q1, 90 % and 60 s in 2026-Q2).
    static let expected = [
        "ACME|2026-Q1|answer_rate|91.5", "ACME|2026-Q1|asa|45.0",
        "ACME|2026-Q2|answer_rate|90.0", "ACME|2026-Q2|asa|60.0",
    ]

    static let variants: [(label: String, text: String, rows: Int)] = [
        ("long, comma", "company,period,kpi,value\nACME,2026-Q1,answer_rate,91.5\nACME,2026-Q1,asa,45\nACME,2026-Q2,answer_rate,90\nACME,2026-Q2,asa,60\n", 4),
        ("long, semicolon and decimal comma", "company;period;kpi;value\nACME;2026-Q1;answer_rate;91,5\nACME;2026-Q1;asa;45\nACME;2026-Q2;answer_rate;90\nACME;2026-Q2;asa;60\n", 4),
        ("long, semicolon and decimal point", "company;period;kpi;value\nACME;2026-Q1;answer_rate;91.5\nACME;2026-Q1;asa;45\nACME;2026-Q2;answer_rate;90\nACME;2026-Q2;asa;60\n", 4),
        ("wide, comma", "company,period,answer_rate,asa\nACME,2026-Q1,91.5,45\nACME,2026-Q2,90,60\n", 2),
        ("wide, semicolon", "company;period;answer_rate;asa\nACME;2026-Q1;91,5;45\nACME;2026-Q2;90;60\n", 2),
        ("wide, BOM, CRLF, French periods, suffixes", "\u{FEFF}company;period;answer_rate;asa\r\nACME;T1 2026;91,5 %;45 s\r\nACME;T2 2026;90 %;1 min\r\n", 2),
        ("header names in any case, padded", " Company , PERIOD ,KPI, Value \nACME,2026-Q1,answer_rate,91.5\nACME,2026-Q1,asa,45\nACME,2026-Q2,answer_rate,90\nACME,2026-Q2,asa,60\n", 4),
        ("KPI ids in any case", "company,period,kpi,value\nACME,2026-Q1,Answer_Rate,91.5\nACME,2026-Q1, ASA ,45\nACME,2026-Q2,answer_rate,90\nACME,2026-Q2,asa,60\n", 4),
        ("blank lines and empty Excel rows", "company;period;answer_rate;asa\n\nACME;2026-Q1;91,5;45\n;;;\n  \nACME;2026-Q2;90;60\n\n", 2),
        ("no final line break", "company,period,answer_rate,asa\nACME,2026-Q1,91.5,45\nACME,2026-Q2,90,60", 2),
        ("every field quoted", "\"company\",\"period\",\"kpi\",\"value\"\n\"ACME\",\"2026-Q1\",\"answer_rate\",\"91.5\"\n\"ACME\",\"2026-Q1\",\"asa\",\"45\"\n\"ACME\",\"2026-Q2\",\"answer_rate\",\"90\"\n\"ACME\",\"2026-Q2\",\"asa\",\"60\"\n", 4),
        ("old Mac line ends (CR)", "company,period,answer_rate,asa\rACME,2026-Q1,91.5,45\rACME,2026-Q2,90,60\r", 2),
        ("long with extra columns in another order", "kpi;comment;value;period;company\nanswer_rate;;91,5;2026-Q1;ACME\nasa;trop long;45;2026-Q1;ACME\nanswer_rate;;90;2026-Q2;ACME\nasa;;60;2026-Q2;ACME\n", 4),
    ]

    @Test("every variant gives the same measurements", arguments: variants)
    func variant(_ variant: (label: String, text: String, rows: Int)) throws {
        let table = try KPITableTesting.read(variant.text)
        let found = table.measurements.map { "\($0.company)|\($0.period)|\($0.kpi)|\($0.value)" }
        #expect(found == Self.expected, "\(variant.label)")
        #expect(table.quality.first?.recordsRead == variant.rows, "\(variant.label)")
    }

    @Test("an Excel 'sep=' first line declares the separator", arguments: [
        ("sep=;\ncompany;period;kpi;value\nACME;2026-Q1;asa;45,5\n", 45.5),
        ("SEP=,\r\ncompany,period,kpi,value\r\nACME,2026-Q1,asa,45.5\r\n", 45.5),
        ("sep=\t\ncompany\tperiod\tkpi\tvalue\nACME\t2026-Q1\tasa\t45,5\n", 45.5),
        // More commas than semicolons in the header: without the sep= line, ',' would be chosen.
        ("sep=;\ncompany;period;kpi;value;note (who, when, why, how, what)\nACME, Inc.;2026-Q1;asa;45,5;\n", 45.5),
    ])
    func declaredSeparator(text: String, value: Double) throws {
        let table = try KPITableTesting.read(text)
        #expect(table.measurements.map(\.value) == [value])
        #expect(table.measurements.first?.location?.line == 3)
    }

    @Test("an extra column of a long table is ignored and noted")
    func ignoredColumnNote() throws {
        let table = try KPITableTesting.read("company;period;kpi;value;comment\nACME;2026-Q1;asa;45;ok\n")
        #expect(table.quality.first?.notes == ["kpis.csv: column 'comment' ignored (not a column of a long KPI table)"])
    }

    @Test("measurements remember the file, line and column of their cell")
    func measurementLocation() throws {
        let table = try KPITableTesting.read("company;period;answer_rate;asa\nACME;2026-Q1;91,5;45\n", name: "in.csv")
        #expect(table.measurements.map(\.location) == [
            SourceLocation(file: "in.csv", line: 2, column: 14), SourceLocation(file: "in.csv", line: 2, column: 19),
        ])
    }

    @Test("numbers as French and English spreadsheets write them", arguments: [
        (";", "answer_rate", "91,5", 91.5),
        (";", "answer_rate", "91.5", 91.5),
        (";", "answer_rate", "0,5", 0.5),
        (";", "calls_offered", "1 234", 1_234.0),
        (";", "calls_offered", "1\u{00A0}234", 1_234.0),
        (";", "calls_offered", "12\u{202F}345\u{202F}678", 12_345_678.0),
        (";", "calls_offered", "1 234,5", 1_234.5),
        (";", "nps", "-12", -12.0),
        (";", "nps", "\u{2212}12", -12.0),
        (";", "nps", "+35", 35.0),
        (",", "calls_offered", "\"1,234\"", 1_234.0),
        (",", "calls_offered", "\"1,234,567\"", 1_234_567.0),
        (",", "calls_offered", "1234.75", 1_234.75),
        (",", "calls_offered", "\"1,234.75\"", 1_234.75),
    ])
    func numbers(separator: String, kpi: String, cell: String, expected: Double) throws {
        let text = ["company", "period", "kpi", "value"].joined(separator: separator) + "\n"
            + ["ACME", "2026-Q1", kpi, cell].joined(separator: separator) + "\n"
        let table = try KPITableTesting.read(text)
        #expect(KPITableTesting.value(table, "ACME", "2026-Q1", kpi) == expected)
    }

    @Test("plain numbers: grouping, decimal marks, long and tiny values", arguments: [
        ("0,05", true, 0.05 as Double?), (",5", true, 0.5), ("91.", false, 91), ("0,000001", true, 0.000001),
        ("12345678901234567", false, 12_345_678_901_234_568), ("1 234 567,125", true, 1_234_567.125), ("- 5", true, -5),
        ("1,234", false, 1_234), ("1,23", false, nil), ("1.2.3", false, nil), ("1,2.3", true, nil), ("", true, nil),
        ("-", true, nil), ("12 34", true, nil), ("1  234", true, nil), ("1234 567", true, nil), ("0x1F", false, nil),
        ("1e3", false, nil), ("inf", false, nil), ("12,", true, 12),
    ] as [(String, Bool, Double?)])
    func plainNumbers(text: String, decimalComma: Bool, expected: Double?) {
        #expect(ValueParser.parseNumber(text, style: .init(decimalComma: decimalComma)) == expected)
    }

    @Test("unit suffixes are converted to the KPI's unit", arguments: [
        ("answer_rate", "91,5 %", 91.5),
        ("answer_rate", "91,5%", 91.5),
        ("answer_rate", "91,5\u{00A0}%", 91.5),
        ("asa", "45 s", 45.0),
        ("asa", "45s", 45.0),
        ("asa", "1 min", 60.0),
        ("asa", "1,5 min", 90.0),
        ("asa", "1 mn", 60.0),
        ("aht", "2h", 7_200.0),
        ("aht", "0,1 h", 360.0),
        ("email_response_time", "90 min", 1.5),
        ("email_response_time", "5400 s", 1.5),
        ("email_response_time", "36 h", 36.0),
        ("email_response_time", "1 j", 24.0),
        ("email_response_time", "2 d", 48.0),
        ("backlog_age", "3 j", 3.0),
        ("backlog_age", "48 h", 2.0),
        ("resolution_time", "2 jours", 48.0),
        ("cost_per_contact", "4,20 €", 4.2),
        ("cost_per_contact", "4,2 EUR", 4.2),
        ("nps", "25 pts", 25.0),
    ])
    func suffixes(kpi: String, cell: String, expected: Double) throws {
        let table = try KPITableTesting.read("company;period;kpi;value\nACME;2026-Q1;\(kpi);\(cell)\n")
        let value = try #require(KPITableTesting.value(table, "ACME", "2026-Q1", kpi))
        #expect(abs(value - expected) < 1e-9)
    }

    @Test("every period form", arguments: [
        ("2026-Q1", "2026-Q1"), ("2026-q4", "2026-Q4"), ("T1 2026", "2026-Q1"), ("t3 2025", "2025-Q3"),
        ("2026-01", "2026-01"), ("2025-12", "2025-12"), ("2026", "2026"), (" 2026-Q2 ", "2026-Q2"),
    ])
    func periods(cell: String, expected: String) throws {
        let table = try KPITableTesting.read("company;period;kpi;value\nACME;\(cell);asa;45\n")
        #expect(table.measurements.map(\.period.description) == [expected])
    }

    @Test("yes/no practices", arguments: [
        ("yes", 1.0), ("no", 0.0), ("oui", 1.0), ("non", 0.0), ("Oui", 1.0), ("NON", 0.0),
        ("true", 1.0), ("false", 0.0), ("TRUE", 1.0), ("1", 1.0), ("0", 0.0),
    ])
    func yesNo(cell: String, expected: Double) throws {
        let table = try KPITableTesting.read("company;period;kpi;value\nACME;2026-Q1;has_fcr_target;\(cell)\n")
        #expect(table.measurements.map(\.value) == [expected])
        #expect(table.measurements.map(\.option) == [nil])
    }

    @Test("practices with options store the option", arguments: [
        ("none", 0.0, "none"), ("partial", 1.0, "partial"), ("full", 2.0, "full"), ("Partial", 1.0, "partial"),
        ("aucune", 0.0, "none"), ("partielle", 1.0, "partial"), ("totale", 2.0, "full"), ("Partielle", 1.0, "partial"),
    ])
    func options(cell: String, value: Double, option: String) throws {
        let table = try KPITableTesting.read("company;period;kpi;value\nACME;2026-Q1;outsourcing;\(cell)\n")
        #expect(table.measurements.map(\.value) == [value])
        #expect(table.measurements.map(\.option) == [option])
    }

    @Test("empty cells are not measured")
    func emptyCells() throws {
        let table = try KPITableTesting.read("company;period;answer_rate;asa;ces\nACME;2026-Q1;;45;\nACME;2026-Q2;90; ;\"\"\n")
        #expect(table.measurements.map(\.kpi) == ["asa", "answer_rate"])
        let long = try KPITableTesting.read("company,period,kpi,value\nACME,2026-Q1,csat,\nACME,2026-Q1,asa,45\n")
        #expect(long.measurements.map(\.kpi) == ["asa"])
    }

    @Test("profile, sector and size describe the company")
    func companyInfo() throws {
        let text = """
            company;period;profile;sector;size;kpi;value
            ACME;2026-Q1;general-inbound;Energy;large;asa;45
            ACME;2026-Q2;;;;asa;50
            Beta;2026-Q1;technical-hotline;;;asa;30
            Gamma;2026-Q1;;;;asa;20
            """
        let table = try KPITableTesting.read(text)
        #expect(table.companies["ACME"] == CompanyInfo(name: "ACME", profile: "general-inbound", sector: "energy", size: "large"))
        #expect(table.companies["Beta"] == CompanyInfo(name: "Beta", profile: "technical-hotline"))
        #expect(table.companies["Gamma"] == CompanyInfo(name: "Gamma"))
        #expect(table.companyNames == ["ACME", "Beta", "Gamma"])
    }

    @Test("a value repeated with the same figure is counted once, with a note")
    func identicalDuplicate() throws {
        let table = try KPITableTesting.read("company;period;kpi;value\nACME;2026-Q1;asa;45\nACME;2026-Q1;asa;45 s\n")
        #expect(table.measurements.count == 1)
        #expect(table.quality.first?.notes == ["kpis.csv: 1 repeated value (same company, period, KPI and value) counted once"])
    }

    // MARK: Quoting

    @Test("RFC 4180 quoting", arguments: [
        ("\"ACME, Inc.\",2026-Q1,asa,45\n", "ACME, Inc."),
        ("\"The \"\"Best\"\" Co\",2026-Q1,asa,45\n", "The \"Best\" Co"),
        ("\"ACME\nNorth\",2026-Q1,asa,45\n", "ACME\nNorth"),
        ("\"ACME\r\nNorth\",2026-Q1,asa,45\r\n", "ACME\r\nNorth"),  // line ends in quotes kept as written (CSVRules)
        ("\"\"\"Quoted\"\"\",2026-Q1,asa,45\n", "\"Quoted\""),
        ("ACME \"Nord\",2026-Q1,asa,45\n", "ACME \"Nord\""),
    ])
    func quoting(row: String, company: String) throws {
        let table = try KPITableTesting.read("company,period,kpi,value\n" + row)
        #expect(table.measurements.map(\.company) == [company])
    }

    @Test("a separator inside quotes does not decide the file's separator")
    func separatorInQuotedHeader() throws {
        let table = try KPITableTesting.read("\"company, name\";company;period;kpi;value\nx;ACME;2026-Q1;asa;45\n")
        #expect(table.measurements.map(\.value) == [45])
    }

    @Test("lines are counted physically after a quoted field holding line breaks")
    func linesAfterMultilineField() throws {
        let table = try KPITableTesting.read("company,period,kpi,value\n\"ACME\nNorth\nSouth\",2026-Q1,asa,45\nBeta,2026-Q1,asa,30\n")
        #expect(table.measurements.map(\.location?.line) == [4, 5])
        #expect(table.measurements.map(\.location?.column) == [20, 18])
    }

    // MARK: Encodings

    @Test("Windows-1252 is converted, with a note")
    func windows1252() throws {
        var bytes = Array("company;period;kpi;value\nSoci".utf8)
        bytes += [0xE9] + Array("t".utf8) + [0xE9] + Array(" G".utf8) + [0xE9, 0x6E, 0xE9] + Array("rale ".utf8) + [0x80]
        bytes += Array(";2026-Q1;answer_rate;91,5\n".utf8)
        let table = try KPITableReader.read(bytes: bytes, name: "cp1252.csv", catalogue: KPITableTestCatalogue.all)
        #expect(table.measurements.map(\.company) == ["Société Générale €"])
        #expect(table.measurements.map(\.value) == [91.5])
        #expect(table.quality.first?.notes == [
            "cp1252.csv is not valid UTF-8 (byte 0xE9 at line 2, column 5); it was read as Windows-1252. "
                + "Check its accented letters, or save it as 'CSV UTF-8'."
        ])
        // Columns count characters after the conversion: the value is the 4th field, after 18 + 1 + 7 + 1 + 11 + 1 characters.
        #expect(table.measurements.first?.location?.column == 40)
    }

    @Test("Windows-1252 bytes 0x80–0x9F become their typographic characters", arguments: [
        (UInt8(0x80), "€"), (0x85, "…"), (0x8C, "Œ"), (0x91, "‘"), (0x92, "’"), (0x93, "“"), (0x94, "”"),
        (0x96, "–"), (0x97, "—"), (0x99, "™"), (0x9C, "œ"), (0x9F, "Ÿ"), (0xA0, "\u{00A0}"), (0xE9, "é"), (0xFF, "ÿ"),
    ])
    func windows1252Characters(byte: UInt8, expected: String) throws {
        let bytes = Array("company;period;kpi;value\nA".utf8) + [byte] + Array("B;2026-Q1;asa;45\n".utf8)
        let table = try KPITableReader.read(bytes: bytes, name: "cp1252.csv", catalogue: KPITableTestCatalogue.all)
        #expect(table.measurements.map(\.company) == ["A\(expected)B"])
    }

    @Test("UTF-8 with a byte-order mark is read as it is, without a note")
    func utf8WithBOM() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("company;period;kpi;value\nSociété Énergie;2026-Q1;asa;45\n".utf8)
        let table = try KPITableReader.read(bytes: bytes, name: "bom.csv", catalogue: KPITableTestCatalogue.all)
        #expect(table.measurements.map(\.company) == ["Société Énergie"])
        #expect(table.quality.first?.notes == [])
        #expect(table.measurements.first?.location == SourceLocation(file: "bom.csv", line: 2, column: 29))
    }

    @Test("UTF-8 validation", arguments: [
        ([0x41, 0xC3, 0xA9], nil as Int?), ([0xE2, 0x82, 0xAC], nil), ([0xF0, 0x9F, 0x98, 0x80], nil),
        ([0x41, 0xE9, 0x41], 1), ([0xC0, 0xAF], 0), ([0xED, 0xA0, 0x80], 0), ([0xF4, 0x90, 0x80, 0x80], 0),
        ([0x41, 0xE2, 0x82], 1), ([0x80], 0),
    ] as [([UInt8], Int?)])
    func utf8Validation(bytes: [UInt8], firstInvalid: Int?) {
        #expect(TextDecoding.firstInvalidUTF8Byte(bytes) == firstInvalid)
    }

    @Test("reading a file that does not exist names it, with exit code 66")
    func missingFile() {
        do {
            _ = try KPITableReader.read(path: "/nonexistent/kpis.csv", catalogue: KPITableTestCatalogue.all)
            Issue.record("expected an error")
        } catch {
            #expect(error.exitCode == .noInput)
            #expect(error.description == "/nonexistent/kpis.csv: error: no such file; check the path")
        }
    }
}
