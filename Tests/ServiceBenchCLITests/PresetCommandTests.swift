import Foundation
import Testing

/// `kpis --preset` on a fixture of each vendor's documented shape (Tests/ServiceBenchCLITests/Fixtures/presets),
/// against KPIs computed by hand; `--max-rejected`; KPIs without their input column.
@Suite struct PresetCommandTests {
    static let fixtures = CommandRunner.packageRoot.appendingPathComponent("Tests/ServiceBenchCLITests/Fixtures/presets")

    struct Case: Sendable, CustomStringConvertible {
        var preset: String
        var file: String
        var source: String
        /// Expected lines of the long KPI table (computed by hand, see each case).
        var lines: [String]
        var description: String { preset }
    }

    static let cases: [Case] = [
        // 4 inbound calls (the outbound one is left out): answered after ringing 10 s and 20 s,
        // 2 Unanswered. ASA = 15 s, p90 of {10, 20} = 19 s, AHT = (300 + 120) / 2 = 210 s.
        Case(preset: "3cx", file: "3cx-call-report.csv", source: "calls", lines: [
            "ACME,2026-Q1,calls_offered,4", "ACME,2026-Q1,answer_rate,50", "ACME,2026-Q1,abandon_rate,50", "ACME,2026-Q1,asa,15",
            "ACME,2026-Q1,wait_p90,19", "ACME,2026-Q1,service_level_20s,50", "ACME,2026-Q1,aht,210",
        ]),
        // No header; 2 ANSWERED (waits 12 s and 8 s, billsec 240 and 120), 1 NO ANSWER (abandon),
        // 1 BUSY (offered, neither answered nor abandoned). p90 of {8, 12} = 11.6 s.
        Case(preset: "asterisk-cdr", file: "Master.csv", source: "calls", lines: [
            "ACME,2026-Q1,calls_offered,4", "ACME,2026-Q1,answer_rate,50", "ACME,2026-Q1,abandon_rate,25", "ACME,2026-Q1,asa,10",
            "ACME,2026-Q1,wait_p90,11.6", "ACME,2026-Q1,aht,180",
        ]),
        // 3 inbound: tAnswered 15 000 and 5 000 ms, one tAbandon; AHT = (300 + 30 + 120 + 10) / 2 = 230 s.
        Case(preset: "genesys-cloud", file: "genesys-interactions.csv", source: "calls", lines: [
            "ACME,2026-Q1,calls_offered,3", "ACME,2026-Q1,asa,10", "ACME,2026-Q1,wait_p90,14", "ACME,2026-Q1,aht,230",
        ]),
        // Mail tickets answered in 60 and 180 min (mean 2 h, both within 24 h); a chat in 2 min (120 s);
        // resolved in 3 h, 24 h, 0.5 h (mean 9.1666… h); FCR: 2 of 3 resolved with one reply, no reopen;
        // 3 of 4 tickets not by Voice.
        Case(preset: "zendesk", file: "zendesk-tickets.csv", source: "tickets", lines: [
            "ACME,2026-Q1,email_response_time,2", "ACME,2026-Q1,email_answered_24h,100", "ACME,2026-Q1,chat_first_response_time,120",
            "ACME,2026-Q1,resolution_time,9.166666666666666", "ACME,2026-Q1,fcr,66.66666666666667", "ACME,2026-Q1,backlog_open,1",
            "ACME,2026-Q1,digital_share,75",
        ]),
        // Epoch seconds; 3 inbound: answered after 12 s and 18 s (talk 300 s, 120 s), one not answered.
        Case(preset: "aircall", file: "aircall-calls.csv", source: "calls", lines: [
            "ACME,2026-Q1,calls_offered,3", "ACME,2026-Q1,asa,15", "ACME,2026-Q1,wait_p90,17.4", "ACME,2026-Q1,service_level_20s,66.66666666666667",
            "ACME,2026-Q1,aht,210",
        ]),
        // 3 inbound (`in`): waits 25 s and 5 s, talk 180 s and 300 s, one missed.
        Case(preset: "ringover", file: "ringover-calls.csv", source: "calls", lines: [
            "ACME,2026-Q1,calls_offered,3", "ACME,2026-Q1,asa,15", "ACME,2026-Q1,wait_p90,23", "ACME,2026-Q1,service_level_20s,33.333333333333336",
            "ACME,2026-Q1,aht,240",
        ]),
        // 5 inbound types (outbound left out): inbound answered after 30 s and 10 s (talk 300 s, 120 s),
        // abandoned and short_abandoned (2 abandons), voicemail (offered, not an abandon).
        Case(preset: "talkdesk", file: "talkdesk-calls.csv", source: "calls", lines: [
            "ACME,2026-Q1,calls_offered,5", "ACME,2026-Q1,answer_rate,40", "ACME,2026-Q1,abandon_rate,40", "ACME,2026-Q1,asa,20",
            "ACME,2026-Q1,service_level_20s,20", "ACME,2026-Q1,aht,210",
        ]),
        // The same calls in the legacy payload: 0.000347222 d = 30 s, 0.003472222 d = 300 s …
        Case(preset: "talkdesk-legacy", file: "talkdesk-legacy-calls.csv", source: "calls", lines: [
            "ACME,2026-Q1,calls_offered,3", "ACME,2026-Q1,asa,20", "ACME,2026-Q1,wait_p90,28", "ACME,2026-Q1,aht,210",
        ]),
        // Email and Portal answered in 1:30:00 and 2:30:00 (mean 2 h), a chat in 0:00:45; resolved in 4 h
        // and 2 h; no reopen count, so no FCR; 3 of 4 not by phone.
        Case(preset: "freshdesk", file: "freshdesk-tickets.csv", source: "tickets", lines: [
            "ACME,2026-Q1,email_response_time,2", "ACME,2026-Q1,email_answered_24h,100", "ACME,2026-Q1,chat_first_response_time,45",
            "ACME,2026-Q1,resolution_time,3", "ACME,2026-Q1,backlog_open,2", "ACME,2026-Q1,digital_share,75",
        ]),
        // An email answered in 7200 s (2 h), chats in 120 s and 60 s; closed after 1 h and 3 h.
        Case(preset: "intercom", file: "intercom-conversations.csv", source: "tickets", lines: [
            "ACME,2026-Q1,email_response_time,2", "ACME,2026-Q1,chat_first_response_time,90", "ACME,2026-Q1,resolution_time,2",
            "ACME,2026-Q1,backlog_open,1", "ACME,2026-Q1,digital_share,100",
        ]),
        // Satisfaction Score: one Good, one Bad, one Offered and one Unoffered (left out): CSAT 1 / 2.
        Case(preset: "zendesk-satisfaction", file: "zendesk-tickets.csv", source: "surveys", lines: ["ACME,2026-Q1,csat,50"]),
        // Ratings 5 and 4 (top-2-box), one conversation unrated: CSAT 2 / 2.
        Case(preset: "intercom-ratings", file: "intercom-conversations.csv", source: "surveys", lines: ["ACME,2026-Q1,csat,100"]),
    ]

    @Test func unansweredSurveysAreANoteNotARejection() throws {
        let input = Self.fixtures.appendingPathComponent("zendesk-tickets.csv")
        let result = try CommandRunner.run(["kpis", input.path, "--source", "surveys", "--preset", "zendesk-satisfaction", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"rejected\": 0"))
        #expect(result.stdout.contains("2 surveys offered but not answered left out"))
    }

    @Test func freshdeskHasNoFCR() throws {
        let input = Self.fixtures.appendingPathComponent("freshdesk-tickets.csv")
        let result = try CommandRunner.run(["kpis", input.path, "--source", "tickets", "--preset", "freshdesk"])
        #expect(result.status == 0)
        #expect(!result.stdout.contains(",fcr,"))
    }

    @Test(arguments: cases) func presetGivesTheHandComputedKPIs(_ test: Case) throws {
        let input = Self.fixtures.appendingPathComponent(test.file)
        let result = try CommandRunner.run(["kpis", input.path, "--source", test.source, "--preset", test.preset, "--company", "ACME"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = Set(result.stdout.split(separator: "\n").map(String.init))
        for line in test.lines { #expect(lines.contains(line), "\(line) missing from \(result.stdout)") }
    }

    @Test func outboundCallsAreCountedInTheDataQuality() throws {
        let input = Self.fixtures.appendingPathComponent("3cx-call-report.csv")
        let result = try CommandRunner.run(["kpis", input.path, "--source", "calls", "--preset", "3cx", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("1 calls not inbound (direction column) left out of the KPIs"))
        #expect(result.stdout.contains("preset 3cx: 3CX call reports"))
    }

    /// The issue's false figure: Unanswered calls skipped by --skip-invalid gave a 100 % answer rate.
    @Test func skippingMoreThanTheBoundFails() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let input = directory.appendingPathComponent("calls.csv")
        var text = "Call Time,Status,Answered At,Ended At\n"
        for minute in 0..<10 {
            let status = minute < 8 ? "Answered" : "Not picked up"
            text += "2026-01-05 09:\(10 + minute):00,\(status),2026-01-05 09:\(10 + minute):10,2026-01-05 09:\(10 + minute):50\n"
        }
        try Data(text.utf8).write(to: input)
        let mapping = "enter_ts=Call Time,outcome=Status,answer_ts=Answered At,end_ts=Ended At"
        let failed = try CommandRunner.run(["kpis", input.path, "--source", "calls", "--columns", mapping, "--skip-invalid"])
        #expect(failed.status == 65)
        #expect(failed.stderr.contains("2 of 10 records (20 %) cannot be read, more than --max-rejected 1 % allows"))
        #expect(failed.stderr.contains("unknown-outcome: 2"))
        #expect(failed.stderr.contains("\(input.path):10:"))
        #expect(failed.stdout.isEmpty)
        let allowed = try CommandRunner.run(["kpis", input.path, "--source", "calls", "--columns", mapping, "--skip-invalid", "--max-rejected", "20%"])
        #expect(allowed.status == 0)
        #expect(allowed.stderr.contains("skipped 2 of 10 records"))
        let bad = try CommandRunner.run(["kpis", input.path, "--source", "calls", "--columns", mapping, "--skip-invalid", "--max-rejected", "lots"])
        #expect(bad.status == 64)
    }

    /// Zendesk without "First reply time in minutes": the response KPIs are not measured, not 0 %.
    @Test func mappedAwayFirstReplyIsNotComputed() throws {
        let input = Self.fixtures.appendingPathComponent("zendesk-tickets.csv")
        let result = try CommandRunner.run(["kpis", input.path, "--source", "tickets", "--preset", "zendesk", "--columns", "first_response_min=", "--format", "json"])
        #expect(result.status == 0)
        #expect(!result.stdout.contains("email_answered_24h"))
        #expect(!result.stdout.contains("email_response_time"))
        #expect(result.stdout.contains("first response times not computed"))
        #expect(result.stdout.contains("resolution_time"))
    }

    /// `--columns` overrides the preset field by field, with a split date and time and h:mm:ss durations.
    @Test func columnsOverrideThePresetWithASplitDateAndTime() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let input = directory.appendingPathComponent("appels.csv")
        let text = """
            Date;Heure;Statut;Attente;Conversation
            05/01/2026;09:00:00;répondu;00:00:30;00:04:00
            05/01/2026;09:10:00;abandonné;00:01:00;
            05/01/2026;09:20:00;messagerie;00:02:00;
            05/01/2026;09:30:00;Répondu;10;120

            """
        try Data(text.utf8).write(to: input)
        let result = try CommandRunner.run([
            "kpis", input.path, "--source", "calls", "--company", "ACME",
            "--columns", "enter_date=Date,enter_time=Heure,outcome=Statut,wait_s=Attente,talk_s=Conversation,end_ts=,answer_ts=",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        // 2 answered (waits 30 s and 10 s, talk 240 s and 120 s), 1 abandoned, 1 to voicemail.
        #expect(result.stdout.contains("ACME,2026-Q1,calls_offered,4\n"))
        #expect(result.stdout.contains("ACME,2026-Q1,answer_rate,50\n"))
        #expect(result.stdout.contains("ACME,2026-Q1,abandon_rate,25\n"))
        #expect(result.stdout.contains("ACME,2026-Q1,asa,20\n"))
        #expect(result.stdout.contains("ACME,2026-Q1,aht,180\n"))
    }

    /// A French export saved by Excel in Windows-1252: headers and outcome words with accents are read.
    @Test func windows1252ExportIsConverted() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let input = directory.appendingPathComponent("appels.csv")
        var bytes = Array("Date;Heure;Statut;Attente;Dur".utf8) + [0xE9] + Array("e\r\n05/01/2026;09:00:00;R".utf8) + [0xE9]
        bytes += Array("pondu;00:00:30;00:04:00\r\n05/01/2026;09:10:00;Abandonn".utf8) + [0xE9] + Array(";00:01:00;\r\n".utf8)
        try Data(bytes).write(to: input)
        let result = try CommandRunner.run([
            "kpis", input.path, "--source", "calls", "--company", "ACME",
            "--columns", "enter_date=Date,enter_time=Heure,outcome=Statut,wait_s=Attente,talk_s=Durée,end_ts=,answer_ts=", "--format", "json",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"answer_rate\""))
        #expect(result.stdout.contains("\"value\": 50"))
        #expect(result.stdout.contains("it was read as Windows-1252"))
    }

    /// A report on a source with rejected records says so on the board summary, in each language.
    @Test(arguments: [("en", "1 of 3 records could not be read and were left out"), ("fr", "enregistrements illisibles écartés (--skip-invalid)\u{00A0}: 1 sur 3")])
    func boardSummaryNamesTheRejectedRecords(language: String, words: String) throws {
        let directory = try CommandRunner.temporaryDirectory()
        let input = directory.appendingPathComponent("calls.csv")
        try Data("""
            call_id,queue,enter_ts,answer_ts,end_ts,outcome,agent,wrap_s
            1,q,2026-01-05T09:00:00Z,,2026-01-05T09:01:00Z,lost,,
            2,q,2026-01-05T09:00:00Z,,2026-01-05T09:01:00Z,abandoned,,
            3,q,2026-01-05T09:00:00Z,2026-01-05T09:00:05Z,2026-01-05T09:01:00Z,answered,a,5

            """.utf8).write(to: input)
        let output = directory.appendingPathComponent("report.html")
        let run = try CommandRunner.run([
            "report", input.path, "--source", "calls", "--skip-invalid", "--max-rejected", "50%", "--lang", language, "--format", "html", "--output", output.path,
        ])
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOf: output, encoding: .utf8)
        let summary = try #require(html.range(of: "id=\"summary\"")).lowerBound
        let line = try #require(html.range(of: words))
        #expect(line.lowerBound > summary)
        #expect(html[summary..<line.lowerBound].contains("summary-rejected"))
    }

    /// The issue's 3CX case through `report`: the Unanswered calls are read as such, not skipped.
    @Test func reportReadsThe3CXExportWithItsUnansweredCalls() throws {
        let input = Self.fixtures.appendingPathComponent("3cx-call-report.csv")
        let run = try CommandRunner.run(["report", input.path, "--source", "calls", "--preset", "3cx", "--company", "ACME", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdoutBytes)) as? [String: Any])
        let quality = try #require((report["data_quality"] as? [[String: Any]])?.first)
        #expect(quality["records_read"] as? Int == 5)
        #expect(quality["rejected"] as? Int == 0)
        #expect(run.stdout.contains("\"answer_rate\""))
        #expect(!run.stdout.contains("\"value\": 100,"))
    }

    /// A preset file of one's own, given by its path; a malformed one names its line.
    @Test func presetFileByPath() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let preset = directory.appendingPathComponent("pbx.csv")
        try Data("setting,value\nkind,calls\ncolumn,enter_ts=Start\ncolumn,answer_ts=Answer\ncolumn,end_ts=End\ncolumn,outcome=\n".utf8).write(to: preset)
        let input = directory.appendingPathComponent("calls.csv")
        try Data("Start,Answer,End\n2026-01-05 09:00:00,2026-01-05 09:00:20,2026-01-05 09:02:20\n2026-01-05 09:10:00,,2026-01-05 09:10:40\n".utf8).write(to: input)
        let run = try CommandRunner.run(["kpis", input.path, "--source", "calls", "--preset", preset.path, "--company", "ACME"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("ACME,2026-Q1,answer_rate,50\n"))
        #expect(run.stdout.contains("ACME,2026-Q1,aht,120\n"))
        try Data("setting,value\nkind,calls\nshape,round\n".utf8).write(to: preset)
        let bad = try CommandRunner.run(["kpis", input.path, "--source", "calls", "--preset", preset.path])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("\(preset.path):3:1: error: unknown preset setting 'shape'"))
    }

    @Test func unknownPresetListsTheKnownOnes() throws {
        let result = try CommandRunner.run(["kpis", "x.csv", "--source", "calls", "--preset", "nope"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("3cx"))
        let wrongKind = try CommandRunner.run(["kpis", "x.csv", "--source", "calls", "--preset", "zendesk"])
        #expect(wrongKind.status == 64)
        #expect(wrongKind.stderr.contains("reads tickets exports"))
    }
}
