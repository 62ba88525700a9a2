import Foundation
@testable import ServiceBenchCore

/// Small reference data sets written to a temporary directory, with the bundled schema beside them.
enum ReferenceDataFixtures {
    /// The package checkout (the folder holding Package.swift).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let bundledDirectory = packageRoot.appendingPathComponent("benchmarks-data").path

    static let schemaPath = (bundledDirectory as NSString).appendingPathComponent(ReferenceDataLoader.schemaFileName)

    /// A minimal catalogue: asa (seconds, 0–3600), csat (percent, variants top-2-box and binary),
    /// outsourcing (category).
    static let catalogue = """
        <?xml version="1.0" encoding="UTF-8"?>
        <catalogue>
          <kpi id="asa" unit="seconds" direction="lower" dimension="inbound" scale="log" min="0" max="3600">
            <label lang="fr">Temps d’attente</label><label lang="en">ASA</label>
            <definition lang="fr">Attente moyenne.</definition><definition lang="en">Mean wait.</definition>
          </kpi>
          <kpi id="csat" unit="percent" direction="higher" dimension="satisfaction" min="0" max="100" default-variant="top-2-box">
            <label lang="fr">Satisfaction</label><label lang="en">CSAT</label>
            <definition lang="fr">Satisfaits.</definition><definition lang="en">Satisfied.</definition>
            <variant id="top-2-box"><label lang="fr">CSAT top-2-box</label><label lang="en">top-2-box CSAT</label></variant>
            <variant id="binary"><label lang="fr">CSAT binaire</label><label lang="en">binary CSAT</label></variant>
          </kpi>
          <kpi id="outsourcing" kind="practice" unit="category" direction="band" dimension="practices" min="0" max="1">
            <label lang="fr">Externalisation</label><label lang="en">Outsourcing</label>
            <definition lang="fr">Externalisé ?</definition><definition lang="en">Outsourced?</definition>
            <option>none</option><option>partial</option><option>full</option>
          </kpi>
        </catalogue>
        """

    static let targets = """
        <?xml version="1.0" encoding="UTF-8"?>
        <targets>
          <profile id="general-inbound">
            <label lang="fr">Entrant</label><label lang="en">Inbound</label>
            <headline kpi="asa"/>
            <headline kpi="csat"/>
          </profile>
          <target id="t-asa" profile="general-inbound" kpi="asa" unit="seconds" comparator="at-most" threshold="60" tolerance="15" study="s1">
            <cite ref="000.txt">Une minute.</cite>
          </target>
        </targets>
        """

    /// A study `s1` whose body (distributions, adoption rates, figures) is `body`.
    static func study(id: String = "s1", _ body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <study id="\(id)" year="2017" method="declared" provenance="second-hand" population="brands">
          <publisher>Publisher</publisher>
          <title>Title</title>
          <sample size="300">300 brands</sample>
          <region code="fr">France</region>
          <cite ref="002.txt">Quote.</cite>
        \(body)
        </study>
        """
    }

    static let validBody = """
          <distribution id="s1-asa" kpi="asa" unit="seconds">
            <point value="30" share="0.5"/>
            <cite ref="002.txt">50 % within 30 s.</cite>
          </distribution>
        """

    /// Writes `files` (relative path → text) and the bundled schema into a fresh temporary directory.
    static func directory(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("servicebench-refdata-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url.appendingPathComponent("studies"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: schemaPath, toPath: url.appendingPathComponent(ReferenceDataLoader.schemaFileName).path)
        for (path, text) in files {
            try Data(text.utf8).write(to: url.appendingPathComponent(path))
        }
        return url
    }

    /// A directory with the minimal catalogue and targets, and `study` as studies/s1.xml.
    static func directory(study: String, catalogue: String = catalogue, targets: String = targets) throws -> URL {
        try directory(["catalogue.xml": catalogue, "targets.xml": targets, "studies/s1.xml": study])
    }

    /// The problems of loading `directory` (empty when it loads).
    static func problems(_ directory: URL) -> [any ServiceBenchDiagnostic] {
        do {
            _ = try ReferenceDataLoader.load(directory: directory.path)
            return []
        } catch {
            return error.diagnostics
        }
    }

    /// The 1-based line of the first line of `text` containing `fragment`.
    static func line(of fragment: String, in text: String) -> Int? {
        text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(fragment) }.map { $0 + 1 }
    }
}
