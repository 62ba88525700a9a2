import Foundation

/// Loads the reference data (`benchmarks-data/`): every XML file is parsed with the core `XMLDocument`
/// (network off, no entity substitution), validated against `servicebench-reference.xsd`, converted to
/// the model, then checked for sense (`ReferenceDataChecker`). Every problem of every file is reported
/// at once, as `CoreError`s with the file and line of the offending element.
public enum ReferenceDataLoader {
    /// The schema's file name, looked for in the data directory.
    public static let schemaFileName = "servicebench-reference.xsd"

    /// Loads every `*.xml` file under `directory` (recursively, in sorted path order), validated against
    /// `directory/servicebench-reference.xsd`.
    public static func load(directory: String) throws(DiagnosticList) -> ReferenceData {
        let files: [String]
        do throws(CoreError) {
            files = try xmlFiles(in: directory)
        } catch {
            throw DiagnosticList([error])
        }
        return try load(files: files, schema: (directory as NSString).appendingPathComponent(schemaFileName))
    }

    /// Loads the given files. The schema is `schema` when given, else `servicebench-reference.xsd` in the
    /// first file's directory or the nearest of its three parent directories (so a file under
    /// `benchmarks-data/studies/` finds the schema of `benchmarks-data/`).
    ///
    /// Ids are resolved among the given files only: pass `catalogue.xml` with a study to check its KPI ids.
    public static func load(files: [String], schema: String? = nil) throws(DiagnosticList) -> ReferenceData {
        guard let first = files.first else {
            throw DiagnosticList([CoreError(.unreadableFile, "no reference data file given")])
        }
        let compiled: XMLSchema
        do throws(CoreError) {
            let path: String
            if let schema { path = schema } else { path = try findSchema(near: first) }
            compiled = try compileSchema(at: path)
        } catch {
            throw DiagnosticList([error])
        }
        var records = ReferenceRecords()
        var problems: [CoreError] = []
        var everyFileRead = true
        for file in files {
            let fileProblems = read(file, schema: compiled, into: &records)
            if fileProblems.contains(where: { $0.code != .inconsistentReferenceData }) { everyFileRead = false }
            problems += fileProblems
        }
        var checker = ReferenceDataChecker(records: records, checkReferences: everyFileRead)
        problems += checker.check()
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        return records.referenceData()
    }

    /// Every `*.xml` file under `directory`, recursively, sorted by path.
    public static func xmlFiles(in directory: String) throws(CoreError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CoreError(.unreadableFile, "no such directory; pass the benchmarks-data directory", at: SourceLocation(file: directory))
        }
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else {
            throw CoreError(.unreadableFile, "the directory cannot be listed; check its permissions", at: SourceLocation(file: directory))
        }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.hasSuffix(".xml") { files.append(relative) }
        }
        guard !files.isEmpty else {
            throw CoreError(.unreadableFile, "the directory holds no .xml reference data file", at: SourceLocation(file: directory))
        }
        return files.sorted().map { (directory as NSString).appendingPathComponent($0) }
    }

    // MARK: - Steps

    private static func findSchema(near file: String) throws(CoreError) -> String {
        var directory = ((file as NSString).deletingLastPathComponent as NSString).standardizingPath
        if directory.isEmpty { directory = "." }
        for _ in 0..<4 {
            let candidate = (directory as NSString).appendingPathComponent(schemaFileName)
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            directory = (directory as NSString).deletingLastPathComponent
            if directory.isEmpty { break }
        }
        throw CoreError(.unreadableFile, "cannot find \(schemaFileName) beside this file or in its parent directories; pass the schema's path", at: SourceLocation(file: file))
    }

    private static func compileSchema(at path: String) throws(CoreError) -> XMLSchema {
        let bytes = try InputFile.read(path)
        do {
            return try XMLSchema(bytes: bytes, name: path)
        } catch {
            let issue = error.issues.first
            throw CoreError(.malformedXML, "the schema cannot be compiled: \(issue?.message ?? "unknown error")", at: SourceLocation(file: path, line: issue?.line))
        }
    }

    /// Reads, validates and converts one file, appending its items to `records`; returns its problems.
    private static func read(_ file: String, schema: XMLSchema, into records: inout ReferenceRecords) -> [CoreError] {
        let bytes: [UInt8]
        do {
            bytes = try InputFile.read(file)
        } catch {
            return [error]
        }
        if let line = documentTypeLine(bytes) {
            return [CoreError(.malformedXML, "reference data must not declare a DOCTYPE (DTDs and entities are refused); remove the <!DOCTYPE …> declaration", at: SourceLocation(file: file, line: line))]
        }
        let document: XMLDocument
        do {
            document = try XMLDocument(bytes: bytes, name: file)
        } catch {
            return error.issues.map {
                CoreError(.malformedXML, "not well-formed XML: \($0.message)", at: SourceLocation(file: file, line: $0.line, column: $0.column))
            }
        }
        let violations = document.validate(against: schema)
        guard violations.isEmpty else {
            return violations.map {
                CoreError(.schemaViolation, "\($0.message) (see \(schemaFileName))", at: SourceLocation(file: file, line: $0.line, column: $0.column))
            }
        }
        guard let root = document.root else {
            return [CoreError(.malformedXML, "the document has no root element", at: SourceLocation(file: file))]
        }
        var reader = ReferenceFileReader(file: file)
        reader.read(root, into: &records)
        return reader.diagnostics
    }

    /// The 1-based line of a `<!DOCTYPE` declaration, if the bytes hold one. Reference data never needs a
    /// DTD, and refusing it closes the door to entity tricks (external entities, entity expansion).
    static func documentTypeLine(_ bytes: [UInt8]) -> Int? {
        let marker = Array("<!DOCTYPE".utf8)
        guard bytes.count >= marker.count else { return nil }
        var line = 1
        for index in 0...(bytes.count - marker.count) {
            if bytes[index] == UInt8(ascii: "\n") { line += 1 }
            if bytes[index] == marker[0] && Array(bytes[index..<(index + marker.count)]) == marker { return line }
        }
        return nil
    }
}
