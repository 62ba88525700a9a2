import Foundation
import Testing
@testable import ServiceBenchCore

/// Each sense check of the loader reports its problem with the file and line of the offending element,
/// and every problem is reported at once.
@Suite struct ReferenceDataCheckTests {
    typealias F = ReferenceDataFixtures

    @Test func minimalFixtureLoads() throws {
        let directory = try F.directory(study: F.study(F.validBody))
        let data = try ReferenceDataLoader.load(directory: directory.path)
        #expect(data.distributions.map(\.id) == ["s1-asa"])
        #expect(data.targets(for: "asa", profile: "general-inbound").map(\.threshold) == [60])
    }

    struct StudyCase: Sendable, CustomTestStringConvertible {
        var name: String
        var body: String
        /// A fragment of the offending line of the study file.
        var lineFragment: String
        var message: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        StudyCase(name: "share above 1", body: """
              <distribution id="d" kpi="asa" unit="seconds">
                <point value="30" share="1.4"/>
                <cite ref="x">q</cite>
              </distribution>
            """, lineFragment: "share=\"1.4\"", message: "share 1.4 of a point of distribution 'd' is outside 0–1"),
        StudyCase(name: "values not increasing", body: """
              <distribution id="d" kpi="asa" unit="seconds">
                <point value="30" share="0.2"/>
                <point value="20" share="0.5"/>
                <cite ref="x">q</cite>
              </distribution>
            """, lineFragment: "value=\"20\"", message: "must be strictly increasing in value: 20.0 follows 30.0"),
        StudyCase(name: "shares decreasing", body: """
              <distribution id="d" kpi="asa" unit="seconds">
                <point value="10" share="0.6"/>
                <point value="20" share="0.5"/>
                <cite ref="x">q</cite>
              </distribution>
            """, lineFragment: "value=\"20\"", message: "must not decrease in share: 0.5 follows 0.6"),
        StudyCase(name: "value outside the domain", body: """
              <distribution id="d" kpi="asa" unit="seconds">
                <point value="5000" share="0.5"/>
                <cite ref="x">q</cite>
              </distribution>
            """, lineFragment: "value=\"5000\"", message: "the point's value 5000.0 is outside the domain of 'asa' (0.0 to 3600.0 seconds)"),
        StudyCase(name: "mean outside the domain", body: """
              <distribution id="d" kpi="csat" unit="percent" variant="unknown">
                <mean>104</mean>
                <cite ref="x">q</cite>
              </distribution>
            """, lineFragment: "<mean>", message: "the mean 104.0 is outside the domain of 'csat'"),
        StudyCase(name: "unknown KPI", body: """
              <distribution id="d" kpi="asa_time" unit="seconds">
                <mean>30</mean>
                <cite ref="x">q</cite>
              </distribution>
            """, lineFragment: "asa_time", message: "unknown KPI 'asa_time'; did you mean 'asa'?"),
        StudyCase(name: "unit differs from the KPI's", body: """
              <distribution id="d" kpi="asa" unit="hours">
                <mean>0.5</mean>
                <cite ref="x">q</cite>
              </distribution>
            """, lineFragment: "unit=\"hours\"", message: "unit 'hours' does not match the unit of 'asa', which is 'seconds'"),
        StudyCase(name: "unknown unit", body: """
              <distribution id="d" kpi="asa" unit="secs">
                <mean>30</mean>
                <cite ref="x">q</cite>
              </distribution>
            """, lineFragment: "unit=\"secs\"", message: "unknown unit 'secs'"),
        StudyCase(name: "adoption share as a percentage", body: """
              <adoption id="a" kpi="csat" share="73">
                <cite ref="x">q</cite>
              </adoption>
            """, lineFragment: "share=\"73\"", message: "share 73.0 of adoption rate 'a' is outside 0–1"),
        StudyCase(name: "unknown option", body: """
              <adoption id="a" kpi="outsourcing" option="partly" share="0.3">
                <cite ref="x">q</cite>
              </adoption>
            """, lineFragment: "option=\"partly\"", message: "unknown option 'partly' of 'outsourcing'; did you mean 'partial'?"),
        StudyCase(name: "category adoption without option", body: """
              <adoption id="a" kpi="outsourcing" share="0.3">
                <cite ref="x">q</cite>
              </adoption>
            """, lineFragment: "<adoption", message: "add option="),
        StudyCase(name: "options adding up to more than 1", body: """
              <adoption id="a" kpi="outsourcing" option="none" share="0.7">
                <cite ref="x">q</cite>
              </adoption>
              <adoption id="b" kpi="outsourcing" option="full" share="0.4">
                <cite ref="x">q</cite>
              </adoption>
            """, lineFragment: "id=\"a\"", message: "the option shares of 'outsourcing' in study 's1' add up to 1.1"),
        StudyCase(name: "distribution for a practice", body: """
              <distribution id="d" kpi="outsourcing" unit="category">
                <mean>0.4</mean>
                <cite ref="x">q</cite>
              </distribution>
            """, lineFragment: "kpi=\"outsourcing\"", message: "record the share of brands with <adoption> instead"),
        StudyCase(name: "two distributions for one KPI", body: """
              <distribution id="d1" kpi="asa" unit="seconds">
                <mean>30</mean>
                <cite ref="x">q</cite>
              </distribution>
              <distribution id="d2" kpi="asa" unit="seconds">
                <mean>40</mean>
                <cite ref="x">q</cite>
              </distribution>
            """, lineFragment: "id=\"d2\"", message: "study 's1' already has a distribution for 'asa'"),
        StudyCase(name: "duplicate id", body: """
              <figure id="f" value="1" unit="%">
                <statement lang="fr">Un.</statement><statement lang="en">One.</statement>
                <cite ref="x">q</cite>
              </figure>
              <figure id="f" value="2" unit="%">
                <statement lang="fr">Deux.</statement><statement lang="en">Two.</statement>
                <cite ref="x">q</cite>
              </figure>
            """, lineFragment: "value=\"2\"", message: "duplicate figure id 'f', already defined at"),
        StudyCase(name: "two French statements", body: """
              <figure id="f" value="1" unit="%">
                <statement lang="fr">Un.</statement><statement lang="fr">Deux.</statement>
                <cite ref="x">q</cite>
              </figure>
            """, lineFragment: "<figure", message: "needs exactly one <statement lang=\"fr\"> and one <statement lang=\"en\">"),
        StudyCase(name: "KPI with variants, distribution without one", body: """
              <distribution id="d" kpi="csat" unit="percent">
                <mean>80</mean>
                <cite ref="x">q</cite>
              </distribution>
            """, lineFragment: "kpi=\"csat\"", message: "which has variants; add variant="),
        StudyCase(name: "unknown variant", body: """
              <distribution id="d" kpi="csat" unit="percent" variant="binery">
                <mean>80</mean>
                <cite ref="x">q</cite>
              </distribution>
            """, lineFragment: "variant=\"binery\"", message: "unknown variant 'binery' of 'csat'; did you mean 'binary'?"),
        StudyCase(name: "variant of a KPI without variants", body: """
              <distribution id="d" kpi="asa" unit="seconds" variant="binary">
                <mean>30</mean>
                <cite ref="x">q</cite>
              </distribution>
            """, lineFragment: "variant=\"binary\"", message: "'asa' has no variants in the catalogue"),
        StudyCase(name: "shares between adding up to more than 1", body: """
              <distribution id="d" kpi="asa" unit="seconds">
                <between lower="0" upper="20" share="0.7"/>
                <between lower="20" upper="40" share="0.5"/>
                <cite ref="x">q</cite>
              </distribution>
            """, lineFragment: "upper=\"20\"", message: "the <between> shares of distribution 'd' add up to 1.2"),
        StudyCase(name: "shares between that contradict a point", body: """
              <distribution id="d" kpi="asa" unit="seconds">
                <point value="30" share="0.6"/>
                <between lower="0" upper="20" share="0.7"/>
                <cite ref="x">q</cite>
              </distribution>
            """, lineFragment: "upper=\"20\"", message: "contradict its points"),
        StudyCase(name: "between with its ends reversed", body: """
              <distribution id="d" kpi="asa" unit="seconds">
                <between lower="40" upper="20" share="0.3"/>
                <cite ref="x">q</cite>
              </distribution>
            """, lineFragment: "lower=\"40\"", message: "lower 40.0 must be below upper 20.0"),
        StudyCase(name: "point outside the published range", body: """
              <distribution id="d" kpi="asa" unit="seconds">
                <point value="90" share="0.5"/>
                <range min="10" max="60"/>
                <cite ref="x">q</cite>
              </distribution>
            """, lineFragment: "value=\"90\"", message: "lies outside its published range 10.0–60.0"),
    ])
    func studyProblemIsReportedAtItsLine(_ testCase: StudyCase) throws {
        let text = F.study(testCase.body)
        let directory = try F.directory(study: text)
        let problems = F.problems(directory)
        #expect(problems.count == 1, "\(problems.map(\.description))")
        let problem = try #require(problems.first)
        #expect(problem.message.contains(testCase.message), "\(problem.message)")
        #expect(problem.location?.file == directory.appendingPathComponent("studies/s1.xml").path)
        #expect(problem.location?.line == F.line(of: testCase.lineFragment, in: text))
        #expect(problem.exitCode == .dataError)
    }

    struct TargetsCase: Sendable, CustomTestStringConvertible {
        var name: String
        var replace: String
        var with: String
        var message: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        TargetsCase(name: "negative tolerance", replace: "tolerance=\"15\"", with: "tolerance=\"-5\"", message: "tolerance -5.0 is negative"),
        TargetsCase(name: "unknown study", replace: "study=\"s1\"", with: "study=\"s2017\"", message: "cites unknown study 's2017'"),
        TargetsCase(name: "unknown profile", replace: "profile=\"general-inbound\" kpi", with: "profile=\"general-inbund\" kpi", message: "unknown profile 'general-inbund'; did you mean 'general-inbound'?"),
        TargetsCase(name: "unknown headline KPI", replace: "<headline kpi=\"csat\"/>", with: "<headline kpi=\"cast\"/>", message: "unknown KPI 'cast'"),
        TargetsCase(name: "threshold outside the domain", replace: "threshold=\"60\"", with: "threshold=\"-60\"", message: "the threshold -60.0 is outside the domain of 'asa'"),
        TargetsCase(name: "between without upper", replace: "comparator=\"at-most\"", with: "comparator=\"between\"", message: "compares 'between' but has no 'upper' attribute"),
    ])
    func targetProblemIsReportedAtItsLine(_ testCase: TargetsCase) throws {
        let targets = F.targets.replacingOccurrences(of: testCase.replace, with: testCase.with)
        #expect(targets != F.targets)
        let directory = try F.directory(study: F.study(F.validBody), targets: targets)
        let problems = F.problems(directory)
        #expect(problems.count == 1, "\(problems.map(\.description))")
        let problem = try #require(problems.first)
        #expect(problem.message.contains(testCase.message), "\(problem.message)")
        #expect(problem.location?.file == directory.appendingPathComponent("targets.xml").path)
        #expect(problem.location?.line == F.line(of: testCase.with, in: targets))
    }

    @Test func catalogueProblems() throws {
        let catalogue = F.catalogue
            .replacingOccurrences(of: "unit=\"percent\"", with: "unit=\"pct\"")
            .replacingOccurrences(of: "min=\"0\" max=\"1\"", with: "min=\"1\" max=\"0\"")
        let directory = try F.directory(study: F.study(F.validBody), catalogue: catalogue)
        let messages = F.problems(directory).map { "\($0.location?.line ?? 0): \($0.message)" }
        #expect(messages.count == 2, "\(messages)")
        #expect(!messages.contains { $0.contains("variant") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("\(F.line(of: "max=\"0\"", in: catalogue) ?? -1): KPI 'outsourcing': its minimum 1.0 must be below its maximum 0.0") })
        #expect(messages.contains { $0.hasPrefix("\(F.line(of: "unit=\"pct\"", in: catalogue) ?? -1): unknown unit 'pct'") })
    }

    @Test func duplicateStudyAcrossFiles() throws {
        let directory = try F.directory([
            "catalogue.xml": F.catalogue, "targets.xml": F.targets,
            "studies/s1.xml": F.study(F.validBody), "studies/s1-copy.xml": F.study(""),
        ])
        let problems = F.problems(directory)
        #expect(problems.count == 1)
        // Files are read in sorted path order: studies/s1-copy.xml ('-' sorts before '.') defines it first,
        // so the problem is reported on studies/s1.xml, pointing back at the copy.
        #expect(problems.first?.message.contains("duplicate study id 's1', already defined at \(directory.path)/studies/s1-copy.xml:2") == true)
        #expect(problems.first?.location?.file == directory.appendingPathComponent("studies/s1.xml").path)
        #expect(problems.first?.location?.line == 2)
    }

    @Test func threeProblemsInOneFileGiveThreeDiagnostics() throws {
        let body = """
              <distribution id="d" kpi="asa" unit="seconds">
                <point value="30" share="1.5"/>
                <cite ref="x">q</cite>
              </distribution>
              <distribution id="e" kpi="nsp" unit="points">
                <mean>30</mean>
                <cite ref="x">q</cite>
              </distribution>
              <adoption id="a" kpi="csat" share="-0.1">
                <cite ref="x">q</cite>
              </adoption>
            """
        let text = F.study(body)
        let directory = try F.directory(study: text)
        let problems = F.problems(directory)
        #expect(problems.count == 3, "\(problems.map(\.description))")
        let lines = Set(problems.compactMap(\.location?.line))
        #expect(lines == Set([F.line(of: "share=\"1.5\"", in: text), F.line(of: "kpi=\"nsp\"", in: text), F.line(of: "share=\"-0.1\"", in: text)].compactMap { $0 }))
    }

    @Test func schemaViolationsCarryTheirLine() throws {
        let text = F.study("""
              <distribution id="d" kpi="asa" unit="seconds" colour="blue">
                <mean>30</mean>
                <cite ref="x">q</cite>
              </distribution>
            """)
        let directory = try F.directory(study: text)
        let problems = F.problems(directory)
        let problem = try #require(problems.first)
        #expect(problems.count == 1)
        #expect(problem.message.contains("colour"))
        #expect(problem.location?.line == F.line(of: "colour", in: text))
        #expect(problem.description.hasPrefix("\(directory.path)/studies/s1.xml:\(F.line(of: "colour", in: text) ?? 0)"))
        #expect((problem as? CoreError)?.code == .schemaViolation)
    }

    @Test func malformedXMLIsReported() throws {
        let text = F.study("<distribution id=\"d\" kpi=\"asa\" unit=\"seconds\">")
        let directory = try F.directory(study: text)
        let problems = F.problems(directory)
        #expect(!problems.isEmpty)
        #expect(problems.allSatisfy { ($0 as? CoreError)?.code == .malformedXML })
        #expect(problems.allSatisfy { $0.location?.file.hasSuffix("studies/s1.xml") == true })
    }

    @Test func externalEntityIsRefusedWithoutLeakingTheFile() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE study [<!ENTITY e SYSTEM "file:///etc/passwd">]>
            <study id="s1" year="2017" method="declared" provenance="second-hand" population="brands">
              <publisher>&e;</publisher>
              <title>Title</title>
              <sample>300 brands</sample>
              <region code="fr">France</region>
              <cite ref="002.txt">Quote.</cite>
            </study>
            """
        let directory = try F.directory(study: text)
        let problems = F.problems(directory)
        #expect(!problems.isEmpty)
        #expect(problems.first?.location?.line == 2)
        let report = problems.map(\.description).joined(separator: "\n")
        #expect(report.contains("DOCTYPE"))
        #expect(!report.contains("root:"))
        if let passwd = FileManager.default.contents(atPath: "/etc/passwd").map({ String(decoding: $0, as: UTF8.self) }),
           let firstLine = passwd.split(separator: "\n").first {
            #expect(!report.contains(firstLine))
        }
    }

    @Test func externalEntityIsNotExpandedByTheParserEither() throws {
        // Even without the loader's DOCTYPE refusal, the core parser must not read the entity's file.
        let text = """
            <?xml version="1.0"?>
            <!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>
            <x>&e;</x>
            """
        if let document = try? XMLDocument(bytes: Array(text.utf8), name: "x.xml") {
            #expect(document.root?.text.contains("root:") == false)
        }
    }

    /// The loader validates against its built-in schema: a data directory without a schema file loads.
    @Test func aDirectoryWithoutASchemaFileLoads() throws {
        let directory = try F.directory(study: F.study(F.validBody))
        try FileManager.default.removeItem(at: directory.appendingPathComponent(ReferenceDataLoader.schemaFileName))
        #expect(F.problems(directory).isEmpty)
    }

    @Test func filesAreLoadedWithTheBuiltInSchema() throws {
        let directory = try F.directory(study: F.study(F.validBody))
        let data = try ReferenceDataLoader.load(files: [
            directory.appendingPathComponent("studies/s1.xml").path, directory.appendingPathComponent("catalogue.xml").path,
        ])
        #expect(data.studies.map(\.id) == ["s1"])
        #expect(data.distributions.map(\.id) == ["s1-asa"])
    }

    @Test func missingDirectoryIsReported() {
        #expect(throws: DiagnosticList.self) { try ReferenceDataLoader.load(directory: "/nonexistent/benchmarks-data") }
    }
}
