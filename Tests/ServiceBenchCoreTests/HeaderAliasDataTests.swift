import Foundation
import Testing
@testable import ServiceBenchCore

private typealias F = ReferenceDataFixtures

/// `headers.xml` is reference data: checked by the built-in schema and for sense, so that a new alias
/// needs no rebuild but a wrong one is refused with its line.
@Suite struct HeaderAliasDataTests {
    static func headers(_ body: String) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<headers>\n\(body)\n</headers>\n"
    }

    @Test func theBundledAliasesLoad() throws {
        let reference = try ReferenceDataLoader.load(directory: F.bundledDirectory)
        #expect(reference.headerAliases.contains(HeaderAlias(name: "DMT", target: .kpi("aht"))))
        #expect(reference.headerAliases.contains(HeaderAlias(name: "Société", target: .column("company"))))
    }

    @Test func aNewAliasIsReadFromTheDataDirectory() throws {
        let directory = try F.directory([
            "catalogue.xml": F.catalogue, "targets.xml": F.targets, "studies/s1.xml": F.study(F.validBody), "headers.xml": Self.headers("  <alias kpi=\"asa\">Mon indicateur</alias>"),
        ])
        let reference = try ReferenceDataLoader.load(directory: directory.path)
        #expect(reference.headerAliases == [HeaderAlias(name: "Mon indicateur", target: .kpi("asa"))])
    }

    @Test(arguments: [
        ("  <alias kpi=\"nope\">X</alias>", "unknown KPI 'nope'"),
        ("  <alias>X</alias>", "needs exactly one of the attributes kpi"),
        ("  <alias column=\"client\">X</alias>", "client"),
        ("  <alias column=\"company\">X</alias>\n  <alias column=\"period\">x</alias>", "names the column 'period' here and 'company'"),
        ("  <alias kpi=\"asa\"></alias>", "alias"),
    ])
    func aWrongAliasIsRefusedWithItsLine(body: String, words: String) throws {
        let directory = try F.directory(["catalogue.xml": F.catalogue, "targets.xml": F.targets, "studies/s1.xml": F.study(F.validBody), "headers.xml": Self.headers(body)])
        let problems = F.problems(directory)
        #expect(problems.contains { $0.description.contains("headers.xml:") && $0.description.contains(words) }, "\(problems)")
    }
}
