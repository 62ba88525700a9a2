import Foundation
import Testing
@testable import servicebench_fuzz

/// Every input in `Fuzz/corpus/TARGET/` (the seeds) and `Fuzz/regressions/TARGET/` (each input that
/// ever crashed a reader or made two of its paths disagree) is replayed through its target: none may
/// crash, and none may give a finding. Each test has a scratch directory of its own.
@Suite struct FuzzRegressionTests {
    static func inputs(_ target: FuzzTarget) -> [String] {
        let fileManager = FileManager.default
        return ["corpus", "regressions"].flatMap { folder -> [String] in
            let directory = "\(repository)/Fuzz/\(folder)/\(target.rawValue)"
            let names = (try? fileManager.contentsOfDirectory(atPath: directory)) ?? []
            return names.filter { !$0.hasPrefix(".") }.sorted().map { "\(directory)/\($0)" }
        }
    }

    @Test(arguments: FuzzTarget.allCases)
    func replaysCorpusAndRegressions(target: FuzzTarget) throws {
        let context = try FuzzContext(repository: repository)
        let inputs = Self.inputs(target)
        #expect(!inputs.isEmpty, "Fuzz/corpus/\(target.rawValue) has no seed")
        for path in inputs {
            let bytes = try #require(FileManager.default.contents(atPath: path))
            let finding = target.run(Array(bytes), in: context)
            #expect(finding == nil, "\(path): \(finding ?? "")")
        }
    }

    /// A finding is reported: the same table read twice is compared as equal, and a table is not
    /// equal to an error.
    @Test func outcomesTellResultsAndErrorsApart() throws {
        let context = try FuzzContext(repository: repository)
        #expect(context.compareThreads(Array("call_id,queue,enter_ts,answer_ts,end_ts,outcome,agent,wrap_s\nc1,q,2026-01-05T09:00:00Z,2026-01-05T09:00:10Z,2026-01-05T09:03:00Z,answered,a,5\n".utf8), kind: .calls) == nil)
        context.write(Array("call_id,queue\n".utf8), to: context.inputFile)
        let refused = FuzzContext.outcome(of: context.inputFile, kind: .calls, options: .init())
        #expect(refused.description.hasPrefix("error: "))
    }
}
