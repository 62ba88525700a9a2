import Dispatch
import Foundation
import ServiceBenchCore

/// Renders the reports of one or more companies with the templates, checks every document with
/// libxml2, and only then writes them, each through `AtomicFile` (temporary file, then rename): a
/// failure anywhere writes nothing. Several companies give one report each plus an index page.
public struct ReportWriter: Sendable {
    public let templates: TemplateSet
    public let texts: ReportTexts
    public let reference: ReferenceData
    public let options: ReportOptions

    public init(templates: TemplateSet, texts: ReportTexts, reference: ReferenceData, options: ReportOptions) throws(ReportError) {
        if let date = options.date { _ = try ReportOptions.parseDate(date) }
        self.templates = templates
        self.texts = texts
        self.reference = reference
        self.options = options
    }

    /// Reads the templates and the texts of `options.language` from `templatesDirectory`.
    public init(templatesDirectory: String, reference: ReferenceData, options: ReportOptions) throws(ReportError) {
        let texts = try ReportTexts.load(templatesDirectory: templatesDirectory, language: options.language)
        try self.init(
            templates: TemplateSet.load(directory: templatesDirectory, texts: texts), texts: texts, reference: reference, options: options)
    }

    var builder: ReportModelBuilder { ReportModelBuilder(texts: texts, reference: reference, options: options) }

    /// The report of one company, rendered and checked.
    public func renderReport(_ comparison: CompanyComparison, staffing: StaffingReportData? = nil, fileName: String? = nil) throws(ReportError) -> ReportDocument {
        let name = fileName ?? FileNamer.stem(comparison.company.name) + "." + options.format.fileExtension
        let model = try builder.build(comparison, staffing: staffing)
        let bytes = Array(templates.render(model.context, template: "layout").utf8)
        try MarkupChecker.check(bytes, name: name, templates: templates)
        return ReportDocument(fileName: name, bytes: bytes)
    }

    /// Every document for `comparisons`: one report per company (in input order, rendered on every
    /// core), plus `index.html`/`index.xhtml` when `withIndex`. Throws the first error in input order.
    public func documents(for comparisons: [CompanyComparison], staffing: [String: StaffingReportData] = [:], withIndex: Bool) throws(ReportError) -> [ReportDocument] {
        guard !comparisons.isEmpty else { throw ReportError(.emptyInput, "no company to report on; check that the input has measurements") }
        let fileNames = FileNamer.stems(for: comparisons).map { $0 + "." + options.format.fileExtension }
        // Task 0 is the index page (the largest document for a big panel), tasks 1… the reports; the
        // tasks are dealt round-robin to one worker per core.
        let taskCount = comparisons.count + 1
        let slots = Slots<Result<ReportDocument, ReportError>>(count: taskCount)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, taskCount))
        let writer = self
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var task = worker
            while task < taskCount {
                do throws(ReportError) {
                    if task == 0 {
                        if withIndex { slots.set(0, .success(try writer.renderIndex(comparisons, fileNames: fileNames))) }
                    } else {
                        let comparison = comparisons[task - 1]
                        slots.set(task, .success(try writer.renderReport(comparison, staffing: staffing[comparison.company.name], fileName: fileNames[task - 1])))
                    }
                } catch {
                    slots.set(task, .failure(error))
                }
                task += workers
            }
        }
        var documents: [ReportDocument] = []
        documents.reserveCapacity(taskCount)
        for task in 1..<taskCount {
            switch slots.results[task] {
            case .success(let document): documents.append(document)
            case .failure(let error): throw error
            case nil: throw ReportError(.emptyInput, "a report was not rendered")
            }
        }
        if withIndex {
            switch slots.results[0] {
            case .success(let document): documents.append(document)
            case .failure(let error): throw error
            case nil: throw ReportError(.emptyInput, "the index page was not rendered")
            }
        }
        return documents
    }

    /// The panel page, rendered and checked.
    func renderIndex(_ comparisons: [CompanyComparison], fileNames: [String]) throws(ReportError) -> ReportDocument {
        let context = try IndexModelBuilder(base: builder).build(comparisons, fileNames: fileNames)
        let name = "index." + options.format.fileExtension
        let bytes = Array(templates.render(context, template: "index").utf8)
        try MarkupChecker.check(bytes, name: name, templates: templates)
        return ReportDocument(fileName: name, bytes: bytes)
    }

    /// Writes already rendered and checked documents into `directory`, each atomically, two at a time.
    /// Throws the first failure in document order.
    public static func write(_ documents: [ReportDocument], toDirectory directory: String) throws(OutputError) {
        guard documents.count > 1 else {
            for document in documents { try AtomicFile.write(document.bytes, to: (directory as NSString).appendingPathComponent(document.fileName)) }
            return
        }
        let failures = Slots<OutputError>(count: documents.count)
        let workers = 2
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < documents.count {
                do throws(OutputError) {
                    try AtomicFile.write(documents[index].bytes, to: (directory as NSString).appendingPathComponent(documents[index].fileName))
                } catch {
                    failures.set(index, error)
                }
                index += workers
            }
        }
        if let failure = failures.first { throw failure }
    }
}

/// One slot per task, each written by exactly one worker (so no lock is needed), read after all
/// workers have finished.
private final class Slots<Element>: @unchecked Sendable {
    private var storage: UnsafeMutableBufferPointer<Element?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    func set(_ index: Int, _ element: Element) { storage[index] = element }

    var results: UnsafeMutableBufferPointer<Element?> { storage }

    /// The first filled slot, in task order.
    var first: Element? { storage.lazy.compactMap { $0 }.first }
}
