import Foundation

/// Runs the real `servicebench` executable built beside the test bundle, and captures what it prints.
struct CommandRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var stdoutBytes: [UInt8]
    }

    /// The package checkout (the folder holding Package.swift).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The built executable: beside the test bundle in the build folder.
    static let executable: URL = {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("servicebench")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/servicebench")
    }()

    /// Runs `servicebench arguments…` in `directory` (the package root by default), feeding `stdin`,
    /// with `SERVICEBENCH_HOME` set to the checkout.
    static func run(_ arguments: [String], in directory: URL? = nil, stdin: [UInt8]? = nil) throws -> Result {
        var environment = ProcessInfo.processInfo.environment
        environment["SERVICEBENCH_HOME"] = packageRoot.path
        return try run(program: executable, arguments, in: directory, environment: environment, stdin: stdin)
    }

    /// Runs `program arguments…` in `directory` (the package root by default) with exactly `environment`.
    static func run(
        program: URL, _ arguments: [String], in directory: URL? = nil, environment: [String: String], stdin: [UInt8]? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? packageRoot
        process.environment = environment
        let out = Pipe()
        // Standard error goes to a file, so the two streams cannot block each other.
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("servicebench-stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let err = try FileHandle(forWritingTo: errorFile)
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try err.close()
        let errData = (try? Data(contentsOf: errorFile)) ?? Data()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self),
            stdoutBytes: Array(outData)
        )
    }

    /// A fresh temporary directory for one test.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("servicebench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
