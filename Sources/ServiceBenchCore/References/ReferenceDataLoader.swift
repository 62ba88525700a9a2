import Foundation

/// Loads the reference data (`benchmarks-data/`): every XML file is parsed with the core `XMLDocument`
/// (network off, no entity substitution), validated against the schema built into ServiceBench
/// (`ReferenceSchema`, a copy of `benchmarks-data/servicebench-reference.xsd`), converted to the
/// model, then checked for sense (`ReferenceDataChecker`). Every problem of every file is reported at
/// once, as `CoreError`s with the file and line of the offending element.
///
/// A schema file in the data directory is not read: a directory given with `--data-dir` cannot change
/// what is valid, nor make the loader read other files or connect anywhere.
package enum ReferenceDataLoader {
    /// The schema's file name, in the bundled data directory (for people; the loader uses its own copy).
    package static let schemaFileName = "servicebench-reference.xsd"

    /// Loads every `*.xml` file under `directory` (recursively, in sorted path order).
    package static func load(directory: String) throws(DiagnosticList) -> ReferenceData {
        let files: [String]
        do throws(CoreError) {
            files = try xmlFiles(in: directory)
        } catch {
            throw DiagnosticList([error])
        }
        return try load(files: files)
    }

    /// Loads every `*.xml` file under `directory` and under each of `studies` (the studies a user adds,
    /// such as the ones they license), as one set: an id given twice, in the bundled data and an added
    /// file or in two added files, is an error naming both places.
    package static func load(directory: String, adding studies: [String]) throws(DiagnosticList) -> ReferenceData {
        guard !studies.isEmpty else { return try load(directory: directory) }
        var files: [String] = []
        do throws(CoreError) {
            files = try xmlFiles(in: directory)
            for extra in studies { files += try xmlFiles(in: extra) }
        } catch {
            throw DiagnosticList([error])
        }
        return try load(files: files)
    }

    /// Loads the given files, validated against the built-in schema.
    ///
    /// Ids are resolved among the given files only: pass `catalogue.xml` with a study to check its KPI ids.
    package static func load(files: [String]) throws(DiagnosticList) -> ReferenceData {
        guard !files.isEmpty else {
            throw DiagnosticList([CoreError(.unreadableFile, "no reference data file given")])
        }
        let compiled: XMLSchema
        switch ReferenceSchema.compiled {
        case .success(let schema): compiled = schema
        case .failure(let failure):
            let issue = failure.issues.first
            throw DiagnosticList([CoreError(
                .malformedXML, "the built-in schema cannot be compiled: \(issue?.message ?? "unknown error") (a ServiceBench bug)",
                at: SourceLocation(file: schemaFileName, line: issue?.line))])
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
    package static func xmlFiles(in directory: String) throws(CoreError) -> [String] {
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
