import Foundation
import Testing

@Suite struct ValidateCommandTests {
    @Test func bundledExamplesAndReferenceDataAreValid() throws {
        let run = try CommandRunner.run([
            "validate", "examples/opaline-energie.csv", "examples/panel.csv", "benchmarks-data/studies/easiware-2017.xml",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("examples/panel.csv: ok"))
    }

    @Test func everyProblemOfEveryFileIsReported() throws {
        let directory = try CommandRunner.temporaryDirectory()
        let table = directory.appendingPathComponent("bad.csv")
        try Data("company;period;answer_rate;asa\nX;2026-Q1;101;30\nX;2026-Q2;90;-3\n".utf8).write(to: table)
        let study = directory.appendingPathComponent("study.xml")
        try Data("<study id=\"x\"><unclosed></study>\n".utf8).write(to: study)
        let run = try CommandRunner.run(["validate", table.path, study.path])
        #expect(run.status == 65)
        #expect(run.stderr.contains("\(table.path):2:"))
        #expect(run.stderr.contains("\(table.path):3:"))
        #expect(run.stderr.contains("\(study.path):1"))
    }
}
