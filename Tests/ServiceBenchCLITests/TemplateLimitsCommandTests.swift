import Foundation
import Testing

/// The real command over a hostile or mistaken copy of the templates: each problem stops the run
/// before anything is rendered, with exit 70 and `file:line:col`, and writes nothing (the first three
/// crashed with exit 139; the typo rendered an empty string).
@Suite struct TemplateLimitsCommandTests {
    static let cases: [(file: String, append: String, message: String)] = [
        ("style.mustache", "{{>source-link}}\n", "includes itself ("),
        ("section-methodology.mustache", String(repeating: "{{#lang}}", count: 3_000) + String(repeating: "{{/lang}}", count: 3_000), "at most 100 levels"),
        ("section-cover.mustache", "{{=<% %>=}}\n", "change of delimiters"),
        // A typo in a user's copy: found when the templates load, against the report's views.
        ("section-summary.mustache", "<p>{{lable}}</p>\n", "there is no 'lable' in the views in scope here"),
    ]

    @Test(arguments: 0..<cases.count)
    func hostileTemplatesStopTheRunWithTheirPlace(_ index: Int) throws {
        let (file, append, message) = Self.cases[index]
        let templates = try CommandRunner.temporaryDirectory().appendingPathComponent("templates")
        try FileManager.default.copyItem(at: CommandRunner.packageRoot.appendingPathComponent("templates"), to: templates)
        let handle = try FileHandle(forWritingTo: templates.appendingPathComponent(file))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(append.utf8))
        try handle.close()
        if index == 0 {  // style -> source-link -> style
            let link = try FileHandle(forWritingTo: templates.appendingPathComponent("source-link.mustache"))
            try link.seekToEnd()
            try link.write(contentsOf: Data("{{>style}}\n".utf8))
            try link.close()
        }
        let output = try CommandRunner.temporaryDirectory()
        let result = try CommandRunner.run(["report", "--example", "--format", "html", "--templates", templates.path, "--output", output.path])
        #expect(result.status == 70)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.range(of: #"\.mustache:\d+:\d+: error"#, options: .regularExpression) != nil, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).isEmpty)
    }
}
