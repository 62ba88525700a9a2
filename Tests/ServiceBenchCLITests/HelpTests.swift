import Testing

@Suite struct HelpTests {
    @Test func helpListsEveryCommand() throws {
        let result = try CommandRunner.run(["--help"])
        #expect(result.status == 0)
        for command in ["report", "kpis", "staffing", "benchmarks", "validate"] {
            #expect(result.stdout.contains(command))
        }
    }
}
