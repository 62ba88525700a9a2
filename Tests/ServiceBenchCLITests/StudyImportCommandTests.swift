import Foundation
import Testing

/// `benchmarks import`: a licensed study's table turned into a study file, checked with the
/// reference data, then used beside the bundled studies.
@Suite struct StudyImportCommandTests {
    static let table = """
        publisher;Cabinet Exemple
        title;Étude des centres de contact 2026
        date;2026-03
        sample;120
        region;fr
        method;declared
        population;contact-centres
        url;https://example.org/etude-2026

        kpi;statistic;value
        asa;p25;20
        asa;median;35
        asa;p75;60
        Taux de décroché;mean;88,5
        answer_rate;min;70
        answer_rate;max;97

        """

    @Test func anImportedStudyIsCheckedKeptAndUsed() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let source = directory.appendingPathComponent("study.csv")
        try Data(Self.table.utf8).write(to: source)
        let studies = directory.appendingPathComponent("licensed")
        let imported = try CommandRunner.run(["benchmarks", "import", source.path, "--output", studies.appendingPathComponent("cabinet.xml").path])
        #expect(imported.status == 0, "\(imported.stderr)")
        let xml = try String(contentsOf: studies.appendingPathComponent("cabinet.xml"), encoding: .utf8)
        #expect(xml.contains("<study id=\"cabinet-exemple-2026\" year=\"2026\" published=\"2026-03\""))
        #expect(xml.contains("<point value=\"35\" share=\"0.5\"/>"))
        #expect(xml.contains("<range min=\"70\" max=\"97\"/>"))

        let table = "company,period,kpi,value\nX,2026-Q1,asa,35 s\n"
        let run = try CommandRunner.run(["report", "-", "--format", "json", "--studies", studies.path], stdin: Array(table.utf8))
        #expect(run.status == 0, "\(run.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdoutBytes)) as? [String: Any])
        let asa = try #require((report["results"] as? [[String: Any]])?.first { $0["kpi"] as? String == "asa" })
        let reference = try #require((asa["references"] as? [[String: Any]])?.first { $0["study"] as? String == "cabinet-exemple-2026" })
        #expect(reference["percentile"] as? Double == 50)
    }

    @Test(arguments: [
        ("asa;p25;20", "asa;decile;20", "unknown statistic 'decile'", 11, 5),
        ("method;declared", "method;guesswork", "unknown method 'guesswork'", 6, 8),
        ("asa;median;35", "asa;median;trente", "the value 'trente' is not a number", 12, 12),
    ])
    func aMistakeIsNamedWhereItStands(old: String, new: String, message: String, line: Int, column: Int) throws {
        let directory = try CommandRunner.temporaryDirectory()
        let source = directory.appendingPathComponent("study.csv")
        try Data(Self.table.replacingOccurrences(of: old, with: new).utf8).write(to: source)
        let run = try CommandRunner.run(["benchmarks", "import", source.path])
        #expect(run.status == 65, "\(run.stderr)")
        #expect(run.stderr.contains("study.csv:\(line):\(column): error: \(message)"), "\(run.stderr)")
        #expect(run.stdout.isEmpty)
    }
}
