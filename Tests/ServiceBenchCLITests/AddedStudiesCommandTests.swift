import Foundation
import Testing

/// `--studies DIR`: the studies a consultant licenses, added to the bundled ones (never replacing
/// them), checked like them; an id given twice is an error naming both files.
@Suite struct AddedStudiesCommandTests {
    /// A licensed-style study: quartiles of ASA among French contact centres.
    static let licensed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <study id="licensed-asa-2026" year="2026" method="declared" provenance="first-hand" population="contact-centres">
          <publisher>Cabinet Exemple</publisher>
          <title>Étude sous licence des centres de contact 2026</title>
          <sample size="120" lang="fr">120 centres de contact français</sample>
          <sample lang="en">120 French contact centres</sample>
          <region code="fr">France</region>
          <cite ref="https://example.org/etude-licence-2026"/>
          <distribution id="licensed-asa-2026-asa" kpi="asa" unit="seconds">
            <point value="20" share="0.25"/>
            <point value="35" share="0.50"/>
            <point value="60" share="0.75"/>
            <statement lang="fr">Un quart des centres répond en moins de 20 s, la moitié en moins de 35 s, les trois quarts en moins de 60 s.</statement>
            <statement lang="en">A quarter of the centres answer within 20 s, half within 35 s, three quarters within 60 s.</statement>
            <cite ref="https://example.org/etude-licence-2026"/>
          </distribution>
        </study>

        """

    static func directory(with files: [String: String]) throws -> URL {
        let directory = try CommandRunner.temporaryDirectory().appendingPathComponent("licensed")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: directory.appendingPathComponent(name)) }
        return directory
    }

    @Test func anAddedStudyPositionsBesideTheBundledOnes() throws {
        let studies = try Self.directory(with: ["licensed.xml": Self.licensed])
        let table = "company,period,kpi,value\nX,2026-Q1,asa,35 s\n"
        let run = try CommandRunner.run(["report", "-", "--format", "json", "--studies", studies.path], stdin: Array(table.utf8))
        #expect(run.status == 0, "\(run.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdoutBytes)) as? [String: Any])
        let asa = try #require((report["results"] as? [[String: Any]])?.first { $0["kpi"] as? String == "asa" })
        let references = try #require(asa["references"] as? [[String: Any]])
        let added = try #require(references.first { $0["study"] as? String == "licensed-asa-2026" })
        #expect(added["percentile"] as? Double == 50)
        #expect(references.contains { $0["study"] as? String == "easiware-2017" })
    }

    @Test func anIdGivenTwiceNamesBothFiles() throws {
        let clash = Self.licensed.replacingOccurrences(of: "licensed-asa-2026\" year", with: "easiware-2017\" year")
        let studies = try Self.directory(with: ["clash.xml": clash])
        let run = try CommandRunner.run(["benchmarks", "list", "--studies", studies.path])
        #expect(run.status == 65, "\(run.stderr)")
        #expect(run.stderr.contains("clash.xml"), "\(run.stderr)")
        #expect(run.stderr.contains("duplicate study id 'easiware-2017', already defined at"), "\(run.stderr)")
        #expect(run.stderr.contains("easiware-2017.xml"), "\(run.stderr)")
    }
}
