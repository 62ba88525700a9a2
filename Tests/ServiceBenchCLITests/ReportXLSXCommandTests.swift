import Foundation
import ServiceBenchCore
import ServiceBenchTestSupport
import Testing

/// `servicebench report --format xlsx|csv` end to end: the example company's workbook against the
/// JSON of the same run, figure by figure, read back by openpyxl (else ServiceBench's own reader);
/// a panel in one workbook; the CSV by language; formats named by the output's extension.
@Suite struct ReportXLSXCommandTests {
    /// The JSON figure as the workbook stores it (a percentage as a fraction, a duration in days).
    static func stored(_ value: Any?, unit: String) -> ReadCell {
        if value is NSNull || value == nil { return .empty }
        if let text = value as? String { return .text(text) }
        if unit == "boolean" { return .bool((value as? Bool) ?? ((value as? NSNumber)?.boolValue ?? false)) }
        guard let number = (value as? NSNumber)?.doubleValue else { return .empty }
        switch unit {
        case "percent": return .number(number / 100)
        case "seconds": return .number(number / 86_400)
        case "hours": return .number(number / 24)
        default: return .number(number)
        }
    }

    /// A duration read back as a fraction of a day: openpyxl hands durations over as `timedelta`s
    /// rounded to the millisecond, so they match within one (the writer's number is exact).
    static func matchesDuration(_ cell: ReadCell?, _ expected: ReadCell) -> Bool {
        guard case .number(let value)? = cell, case .number(let wanted) = expected else { return cell == expected }
        return abs(value - wanted) * 86_400 <= 0.001
    }

    static func matches(_ cell: ReadCell?, _ expected: ReadCell) -> Bool {
        guard case .number(let value)? = cell, case .number(let wanted) = expected else { return cell == expected }
        return abs(value - wanted) <= 1e-9 * max(1, abs(wanted))
    }

    @Test("report --example --format xlsx: every figure of the JSON of the same run, cell by cell")
    func exampleAgainstJSON() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let workbook = directory.appendingPathComponent("x.xlsx").path
        let result = try CommandRunner.run(["report", "--example", "--format", "xlsx", "--output", workbook, "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("wrote \(workbook)"))
        let json = try CommandRunner.run(["report", "--example", "--format", "json", "--lang", "en", "--output", directory.appendingPathComponent("x.json").path])
        #expect(json.status == 0)
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent("x.json"))) as? [String: Any])
        let (reader, sheets) = try WorkbookReadback.read(workbook, names: ["Summary", "KPIs", "Peers", "Priorities", "Sources"])
        let kpis = try #require(sheets.first { $0.name == "KPIs" })
        var row = 0
        var checked = 0
        for item in document["results"] as? [[String: Any]] ?? [] {
            let unit = item["unit"] as? String ?? ""
            let references = item["references"] as? [[String: Any]] ?? []
            for index in 0..<max(1, references.count) {
                row += 1
                let at = { (header: String) in kpis.cell(header, row: row) }
                #expect(at("KPI (id)") == .text(item["kpi"] as? String ?? ""))
                #expect(Self.matches(at("Value"), Self.stored(item["value"], unit: unit)), "\(item["kpi"] ?? "") value: \(String(describing: at("Value")))")
                #expect(Self.matches(at("Sample size (n)"), Self.stored(item["sample_size"], unit: "count")))
                let target = item["target"] as? [String: Any]
                #expect(at("Target: status") == Self.stored(target?["status"], unit: ""))
                #expect(Self.matches(at("Target: threshold"), Self.stored(target?["threshold"], unit: unit)))
                let peers = item["peers"] as? [String: Any]
                #expect(Self.matches(at("Peer rank"), Self.stored(peers?["rank"], unit: "count")))
                #expect(Self.matches(at("Peer percentile"), Self.stored(peers?["percentile"], unit: "count")))
                let trend = item["trend"] as? [String: Any]
                #expect(Self.matches(at("Previous value"), Self.stored(trend?["previous"], unit: unit)))
                #expect(at("Trend") == Self.stored(trend?["change"], unit: ""))
                #expect(at("Informative position") == .bool(item["informative"] as? Bool ?? false))
                guard index < references.count else { continue }
                let reference = references[index]
                #expect(at("Study (id)") == .text(reference["study"] as? String ?? ""))
                #expect(Self.matches(at("Estimated percentile"), Self.stored(reference["percentile"], unit: "count")))
                #expect(Self.matches(at("Percentile: low"), Self.stored(reference["low"], unit: "count")))
                #expect(Self.matches(at("Percentile: high"), Self.stored(reference["high"], unit: "count")))
                #expect(Self.matches(at("Study median"), Self.stored(reference["median"], unit: unit)))
                #expect(Self.matches(at("Study mean"), Self.stored(reference["mean"], unit: unit)))
                #expect(at("Comparable") == .bool(reference["comparable"] as? Bool ?? false))
                #expect(at("Best reference") == .bool(reference["study"] as? String == item["best_reference"] as? String && index == references.firstIndex { $0["study"] as? String == item["best_reference"] as? String }))
                checked += 1
            }
        }
        #expect(checked > 30, "the example has references to check")
        #expect(kpis.rows.count == row + 1, "no row more than the JSON's (read by \(reader))")
        let priorities = try #require(sheets.first { $0.name == "Priorities" })
        let expected = document["priorities"] as? [[String: Any]] ?? []
        #expect(priorities.rows.count == expected.count + 1)
        for (offset, priority) in expected.enumerated() {
            #expect(priorities.cell("KPI (id)", row: offset + 1) == .text(priority["kpi"] as? String ?? ""))
            #expect(priorities.cell("Sentence", row: offset + 1) == .text(priority["sentence"] as? String ?? ""))
            #expect(Self.matches(priorities.cell("Gap", row: offset + 1), Self.stored(priority["gap"], unit: priority["gap_unit"] as? String ?? "")))
        }
        let sources = try #require(sheets.first { $0.name == "Sources" })
        #expect(sources.rows.count > 5)
        #expect(sources.rows.dropFirst().allSatisfy { $0.count > 2 })
    }

    @Test("a panel is one workbook: a summary row per company, the overall standing as in the JSON")
    func panelInOneWorkbook() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let output = directory.appendingPathComponent("out").path
        let result = try CommandRunner.run(["report", "examples/panel.csv", "--format", "xlsx", "--output", output])
        #expect(result.status == 0, "\(result.stderr)")
        let path = output + "/report.xlsx"
        #expect(result.stderr.contains("wrote \(path)"))
        let json = try CommandRunner.run(["report", "examples/panel.csv", "--format", "json"])
        let companies = try #require(try JSONSerialization.jsonObject(with: Data(json.stdoutBytes)) as? [[String: Any]])
        let (_, sheets) = try WorkbookReadback.read(path, names: ["Synthèse", "Indicateurs", "Pairs", "Priorités", "Sources"])
        let summary = sheets[0]
        #expect(summary.rows.count == companies.count + 1)
        for (offset, company) in companies.enumerated() {
            #expect(summary.cell("Entreprise", row: offset + 1) == .text(company["company"] as? String ?? ""))
            let overall = company["overall"] as? [String: Any]
            #expect(Self.matches(summary.cell("Rang global", row: offset + 1), Self.stored(overall?["rank"], unit: "count")))
            #expect(Self.matches(summary.cell("Percentile moyen parmi les pairs", row: offset + 1), Self.stored(overall?["mean_peer_percentile"], unit: "count")))
        }
        // The peers sheet says which group each rank is within, as the JSON's peer_group, and the
        // rate a count is ranked by, as peers.rate.
        let peers = sheets[2]
        var checkedRate = false
        for row in 1..<peers.rows.count {
            guard case .text(let name)? = peers.cell("Entreprise", row: row), case .text(let kpi)? = peers.cell("Indicateur (id)", row: row),
                let company = companies.first(where: { $0["company"] as? String == name })
            else { continue }
            let group = company["peer_group"] as? [String: Any]
            #expect(peers.cell("Groupe de pairs", row: row) == .text(group?["used"] as? String ?? ""))
            #expect(Self.matches(peers.cell("Taille du groupe", row: row), Self.stored(group?["size"], unit: "count")))
            let result = (company["results"] as? [[String: Any]])?.first { $0["kpi"] as? String == kpi }
            if let rate = (result?["peers"] as? [String: Any])?["rate"] as? [String: Any] {
                #expect(peers.cell("Classé pour 1 000", row: row) == .text(rate["base"] as? String ?? ""))
                checkedRate = true
            }
        }
        #expect(checkedRate, "the panel ranks a backlog per 1,000 tickets created")
        let again = try CommandRunner.run(["report", "examples/panel.csv", "--format", "xlsx", "--output", directory.appendingPathComponent("again.xlsx").path])
        #expect(again.status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(contentsOf: directory.appendingPathComponent("again.xlsx")), "same run, same bytes")
    }

    @Test("raw exports: the breakdowns and contact reasons in their own sheets, as the JSON of the same run")
    func breakdownSheetsAgainstJSON() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let workbook = directory.appendingPathComponent("raw.xlsx").path
        let arguments = [
            "report", "--calls", "examples/raw/calls.csv", "--tickets", "examples/raw/tickets.csv", "--surveys", "examples/raw/surveys.csv",
            "--company", "Opaline Énergie (fictional)", "--profile", "general-inbound",
        ]
        let result = try CommandRunner.run(arguments + ["--format", "xlsx", "--output", workbook])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try CommandRunner.run(arguments + ["--format", "json"])
        let company = try #require(try JSONSerialization.jsonObject(with: Data(json.stdoutBytes)) as? [String: Any])
        let breakdowns = try #require(company["breakdowns"] as? [String: Any])
        let (_, sheets) = try WorkbookReadback.read(
            workbook, names: ["Synthèse", "Indicateurs", "Pairs", "Priorités", "Sources", "Files d’attente", "Canaux", "Conseillers", "Motifs"])
        #expect(sheets.map(\.name).suffix(4) == ["Files d’attente", "Canaux", "Conseillers", "Motifs"])
        // Queues: every row and figure of by_queue, in its order.
        let queues = try #require(breakdowns["by_queue"] as? [[String: Any]])
        #expect(sheets[5].rows.count == queues.count + 1)
        for (offset, queue) in queues.enumerated() {
            let row = offset + 1
            #expect(sheets[5].cell("File", row: row) == Self.stored(queue["queue"], unit: "text"))
            #expect(Self.matches(sheets[5].cell("Appels présentés", row: row), Self.stored(queue["offered"], unit: "count")))
            #expect(Self.matches(sheets[5].cell("Taux de décroché", row: row), Self.stored(queue["answer_rate"], unit: "percent")))
            #expect(Self.matches(sheets[5].cell("Niveau de service à 20\u{00A0}s", row: row), Self.stored(queue["service_level_20s"], unit: "percent")))
            #expect(Self.matchesDuration(sheets[5].cell("Durée moyenne de traitement", row: row), Self.stored(queue["aht"], unit: "seconds")))
        }
        // Agents: one row each, calls and tickets side by side; an agent with no calls has empty call cells.
        let agents = try #require(breakdowns["by_agent"] as? [[String: Any]])
        #expect(sheets[7].rows.count == agents.count + 1)
        for (offset, agent) in agents.enumerated() {
            let row = offset + 1
            #expect(sheets[7].cell("Conseiller", row: row) == Self.stored(agent["agent"], unit: "text"))
            let calls = agent["calls"] as? [String: Any]
            #expect(Self.matches(sheets[7].cell("Appels décrochés", row: row), Self.stored(calls?["answered"], unit: "count")))
            let tickets = agent["tickets"] as? [String: Any]
            #expect(Self.matches(sheets[7].cell("Tickets créés", row: row), Self.stored(tickets?["created"], unit: "count")))
            #expect(Self.matchesDuration(sheets[7].cell("Délai de résolution moyen", row: row), Self.stored(tickets?["resolution_time"], unit: "hours")))
        }
        // Reasons: every reason of every source, with its share and whether it is in the 80 %.
        let sources = try #require(company["contact_reasons"] as? [[String: Any]])
        let reasons = sources.flatMap { source in (source["reasons"] as? [[String: Any]] ?? []).map { (source["channel_source"] as? String, $0) } }
        #expect(sheets[8].rows.count == reasons.count + 1)
        for (offset, (source, reason)) in reasons.enumerated() {
            let row = offset + 1
            #expect(sheets[8].cell("Source", row: row) == .text(source ?? ""))
            #expect(sheets[8].cell("Motif", row: row) == Self.stored(reason["reason"], unit: "text"))
            #expect(Self.matches(sheets[8].cell("Part", row: row), Self.stored(reason["share"], unit: "percent")))
            #expect(sheets[8].cell("Dans les 80\u{00A0}%", row: row) == Self.stored(reason["in_top_80"], unit: "boolean"))
        }
    }

    @Test("--pseudonymize-agents: the agents sheet names them as the report does, in its language")
    func pseudonymsInTheAgentsSheet() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let workbook = directory.appendingPathComponent("raw.xlsx").path
        let result = try CommandRunner.run([
            "report", "--calls", "examples/raw/calls.csv", "--company", "Opaline Énergie (fictional)", "--profile", "general-inbound",
            "--pseudonymize-agents", "--format", "xlsx", "--output", workbook,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: workbook)))
        let sheet = try WorkbookReader.read(bytes: bytes, name: workbook, sheet: "Conseillers")
        let names = sheet.rows.dropFirst().map { $0.fields[2].text }
        #expect(names.first == "Conseiller 1")
        #expect(names.allSatisfy { $0.hasPrefix("Conseiller ") })
    }

    @Test("a KPI table's workbook has no breakdown sheet")
    func kpiTableHasNoBreakdownSheets() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let workbook = directory.appendingPathComponent("x.xlsx").path
        let result = try CommandRunner.run(["report", "--example", "--format", "xlsx", "--output", workbook])
        #expect(result.status == 0, "\(result.stderr)")
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: workbook)))
        #expect(throws: (any Error).self) { try WorkbookReader.read(bytes: bytes, name: workbook, sheet: "Conseillers") }
    }

    @Test("--output x.csv: the KPIs sheet as CSV, ';' and a decimal comma in French, ',' and a point in English", arguments: ["fr", "en"])
    func csvByLanguage(lang: String) throws {
        let directory = try CommandRunner.temporaryDirectory()
        let path = directory.appendingPathComponent("x.csv").path
        let result = try CommandRunner.run(["report", "--example", "--output", path, "--lang", lang])
        #expect(result.status == 0, "\(result.stderr)")
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)).dropFirst(3), as: UTF8.self)
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines[0].hasPrefix(lang == "fr" ? "Entreprise;Période;" : "Company,Period,"))
        #expect(lines.contains { $0.contains(lang == "fr" ? ";answer_rate;Taux de décroché;inbound;higher;percent;91,2;" : ",answer_rate,Answer rate,inbound,higher,percent,91.2,") })
    }

    @Test("--format xlsx with an --output that says another format is a usage error")
    func contradictingExtension() throws {
        let result = try CommandRunner.run(["report", "--example", "--format", "xlsx", "--output", "/tmp/never-written.csv"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--format xlsx contradicts --output"))
    }

    @Test("--format xlsx without --output writes the workbook to standard output when it is not a terminal")
    func workbookToStandardOutput() throws {
        let result = try CommandRunner.run(["report", "--example", "--format", "xlsx", "--output", "-"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Array(result.stdoutBytes.prefix(4)) == [0x50, 0x4B, 0x03, 0x04], "a ZIP archive")
        #expect(Array(result.stdoutBytes.suffix(22).prefix(4)) == [0x50, 0x4B, 0x05, 0x06], "ending in its central directory")
    }

    /// LibreOffice, when installed (not on CI: it is large), as a third reader: a spreadsheet
    /// application opening the workbook and showing its cells with their number formats.
    static let soffice: String? = ["/usr/bin/soffice", "/usr/local/bin/soffice"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test("LibreOffice opens the example's workbook and shows its cells formatted", .enabled(if: soffice != nil))
    func libreOfficeShowsFormattedCells() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let workbook = directory.appendingPathComponent("x.xlsx").path
        #expect(try CommandRunner.run(["report", "--example", "--lang", "en", "--output", workbook]).status == 0)
        // Filter options: comma, quote, UTF-8, from line 1, …, cells as shown, every sheet (-1).
        let converted = try CommandRunner.run(
            program: URL(fileURLWithPath: Self.soffice ?? ""),
            ["--headless", "-env:UserInstallation=file://\(directory.path)/profile", "--convert-to",
             "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1", workbook, "--outdir", directory.path],
            environment: ["PATH": "/usr/bin:/bin", "HOME": directory.path])
        #expect(converted.status == 0, "\(converted.stderr)")
        let kpis = try String(contentsOf: directory.appendingPathComponent("x-KPIs.csv"), encoding: .utf8)
        #expect(kpis.contains(",answer_rate,Answer rate,inbound,higher,percent,91.2%,"))
        #expect(kpis.contains(",asa,Average speed of answer (ASA),inbound,lower,seconds,0:00:41,"))
        #expect(kpis.contains(",-14 s,improved,"), "a duration's change in signed seconds")
        let summary = try String(contentsOf: directory.appendingPathComponent("x-Summary.csv"), encoding: .utf8)
        #expect(summary.contains("Opaline Énergie (fictional),2026-Q3,general-inbound"))
    }
}
