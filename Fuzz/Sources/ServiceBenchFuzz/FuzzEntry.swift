import Foundation
import ServiceBenchCore

/// The repository this file belongs to, whose bundled data and templates the targets use.
let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path

/// Writes `text` to standard error (a failed write is ignored: there is nowhere else to say it).
func printError(_ text: String) {
    try? StandardStream.error.write(text)
}

#if SERVICEBENCH_FUZZING
    /// libFuzzer's entry points (built with `-sanitize=fuzzer,address -DSERVICEBENCH_FUZZING`, see
    /// `Fuzz/run`). The target is named by `SERVICEBENCH_FUZZ_TARGET`.
    nonisolated(unsafe) var selected: (target: FuzzTarget, context: FuzzContext)?

    @_cdecl("LLVMFuzzerInitialize")
    package func fuzzerInitialize(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> Int32 {
        let name = ProcessInfo.processInfo.environment["SERVICEBENCH_FUZZ_TARGET"] ?? ""
        guard let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
            printError("servicebench-fuzz: set SERVICEBENCH_FUZZ_TARGET to one of \(names)\n")
            exit(64)
        }
        do {
            selected = (target, try FuzzContext(repository: repository))
        } catch {
            printError("servicebench-fuzz: cannot prepare the target: \(error)\n")
            exit(70)
        }
        return 0
    }

    @_cdecl("LLVMFuzzerTestOneInput")
    package func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        guard let (target, context) = selected else { return 0 }
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        if let finding = target.run(bytes, in: context) {
            printError("servicebench-fuzz: \(finding)\n")
            abort()
        }
        return 0
    }
#else
    /// Without libFuzzer: replays files through a target, as the regression tests do.
    /// `servicebench-fuzz TARGET FILE...` exits 1 on a finding.
    @main
    enum FuzzReplay {
        static func main() throws {
            let arguments = CommandLine.arguments.dropFirst()
            guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
                let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
                printError("usage: servicebench-fuzz \(names) FILE...\n")
                exit(64)
            }
            let context = try FuzzContext(repository: repository)
            var findings = 0
            for path in arguments.dropFirst() {
                guard let data = FileManager.default.contents(atPath: path) else {
                    printError("\(path): cannot read\n")
                    exit(66)
                }
                if let finding = target.run(Array(data), in: context) {
                    printError("\(path): \(finding)\n")
                    findings += 1
                }
            }
            exit(findings == 0 ? 0 : 1)
        }
    }
#endif
