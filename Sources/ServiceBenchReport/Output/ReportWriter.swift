import Dispatch
import Foundation
import ServiceBenchCore
import ServiceBenchIngest
import ServiceBenchStaffing

/// Renders the reports of one or more companies with the templates, checks every document with
/// libxml2, and only then writes them, each through `AtomicFile` (temporary file, then rename): a
/// failure anywhere writes nothing. Several companies give one report each plus an index page.
public struct ReportWriter: Sendable {
    package let templates: TemplateSet
    package let texts: ReportTexts
    public let reference: ReferenceData
    public let options: ReportOptions

    package init(templates: TemplateSet, texts: ReportTexts, reference: ReferenceData, options: ReportOptions) throws(ReportError) {
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

    /// The file name of a company's document: `STEM.html`, or `STEM-slides.html` for a deck.
    func fileName(stem: String) -> String {
        stem + (options.document == .deck ? "-slides" : "") + "." + options.format.fileExtension
    }

    /// The report of one company (or its deck, as `options.document` says), rendered and checked.
    package func renderReport(
        _ comparison: CompanyComparison, staffing: StaffingReportData? = nil, detail: IngestDetail? = nil, fileName: String? = nil
    ) throws(ReportError) -> ReportDocument {
        let name = fileName ?? self.fileName(stem: FileNamer.stem(comparison.company.name))
        let bytes: [UInt8]
        switch options.document {
        case .report: bytes = templates.render(try builder.build(comparison, staffing: staffing, detail: detail).view)
        case .deck: bytes = try templates.render(try DeckModelBuilder(base: builder).build(comparison, staffing: staffing, detail: detail))
        }
        try MarkupChecker.check(bytes, name: name, templates: templates)
        return ReportDocument(fileName: name, bytes: bytes)
    }

    /// Every document for `comparisons`, kept in memory: one report per company (in input order),
    /// plus `index.html`/`index.xhtml` when `withIndex`. Throws the first error in input order.
    public func documents(
        for comparisons: [CompanyComparison], staffing: [String: StaffingReportData] = [:], withIndex: Bool
    ) throws -> [ReportDocument] {
        try documents(for: comparisons, staffing: staffing, details: [:], withIndex: withIndex)
    }

    /// The same with each company's calls, tickets and surveys from its raw exports, by company name.
    package func documents(
        for comparisons: [CompanyComparison], staffing: [String: StaffingReportData], details: [String: IngestDetail], withIndex: Bool
    ) throws -> [ReportDocument] {
        let results = try renderAll(comparisons, staffing: staffing, details: details, withIndex: withIndex) { $0 }
        return try Self.firstFailure(results).get()
    }

    /// Renders, checks and writes the reports of `comparisons` and the index page into `directory`
    /// (for decks, one deck per company and no index page).
    ///
    /// Each document is written to a temporary file as soon as it has passed the libxml2 check, so
    /// memory does not grow with the panel; the temporary files are renamed over their destinations
    /// only when every document has passed and every destination can be replaced (none is a
    /// directory, device or FIFO). On any failure they are removed and no report is written (earlier
    /// files in `directory` are left as they were). Throws the first error in input order. Returns the
    /// names of the files written (no directory), the reports in input order, then the index.
    @discardableResult
    package func write(
        _ comparisons: [CompanyComparison], staffing: [String: StaffingReportData] = [:], details: [String: IngestDetail] = [:],
        toDirectory directory: String
    ) throws -> [String] {
        let results = try renderAll(comparisons, staffing: staffing, details: details, withIndex: options.document == .report) { document in
            try AtomicFile.stage(document.bytes, for: (directory as NSString).appendingPathComponent(document.fileName))
        }
        let staged = results.compactMap { try? $0.get() }
        guard case .success = Self.firstFailure(results) else {
            staged.forEach { $0.discard() }
            _ = try Self.firstFailure(results).get()
            return []
        }
        // Every destination is checked before the first rename: a directory, device or FIFO in the way
        // of one file (the index as often as a report) fails the panel before any file is replaced.
        do throws(OutputError) {
            for file in staged { try AtomicFile.checkReplaceable(file.path) }
        } catch {
            staged.forEach { $0.discard() }
            throw error
        }
        for (offset, file) in staged.enumerated() {
            do throws(OutputError) {
                try file.commit()
            } catch {
                staged[(offset + 1)...].forEach { $0.discard() }
                throw error
            }
        }
        return staged.map { ($0.path as NSString).lastPathComponent }
    }

    /// Renders and checks every document on every core and hands each to `handle` as soon as it is
    /// ready; returns the results in input order, the index (when `withIndex`) last.
    private func renderAll<T>(
        _ comparisons: [CompanyComparison], staffing: [String: StaffingReportData], details: [String: IngestDetail], withIndex: Bool,
        handle: @escaping @Sendable (ReportDocument) throws -> T
    ) throws(ReportError) -> [Result<T, any Error>] {
        guard !comparisons.isEmpty else { throw ReportError(.emptyInput, "no company to report on; check that the input has measurements") }
        let fileNames = FileNamer.stems(for: comparisons).map(fileName(stem:))
        // The index page, the largest document of a big panel, is started first (task 0, slot
        // `comparisons.count`) so that no core waits for it at the end; tasks 1… are the reports, in
        // slots 0…. Tasks are dealt round-robin to one worker per core.
        let taskCount = comparisons.count + 1
        let slots = Slots<Result<T, any Error>>(count: taskCount)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, taskCount))
        let writer = self
        Self.onWorkerThreads(workers) { worker in
            var task = worker
            while task < taskCount {
                if task == 0 {
                    if withIndex {
                        slots.set(comparisons.count, Result { try handle(try writer.renderIndex(comparisons, fileNames: fileNames)) })
                    }
                } else {
                    let comparison = comparisons[task - 1]
                    slots.set(task - 1, Result {
                        try handle(
                            try writer.renderReport(
                                comparison, staffing: staffing[comparison.company.name], detail: details[comparison.company.name],
                                fileName: fileNames[task - 1]))
                    })
                }
                task += workers
            }
        }
        let results = slots.results.prefix(withIndex ? taskCount : comparisons.count)
        return results.map { $0 ?? .failure(ReportError(.emptyInput, "a document was not rendered")) }
    }

    /// The stack of a worker thread, bytes (8 MiB, the main thread's default).
    private static let workerStackBytes = 8 << 20

    /// Runs `work(0)` … `work(count - 1)` on `count` new threads and waits for them. Not on the calling
    /// thread: the main thread's malloc arena holds the whole comparison, and small allocations and
    /// frees in a heap that large cost several times more than in a fresh per-thread arena.
    private static func onWorkerThreads(_ count: Int, _ work: @escaping @Sendable (Int) -> Void) {
        let group = DispatchGroup()
        for worker in 0..<count {
            group.enter()
            let thread = Thread {
                work(worker)
                group.leave()
            }
            thread.stackSize = Self.workerStackBytes
            thread.start()
        }
        group.wait()
    }

    /// All the values, or the first failure in order.
    private static func firstFailure<T>(_ results: [Result<T, any Error>]) -> Result<[T], any Error> {
        var values: [T] = []
        for result in results {
            switch result {
            case .success(let value): values.append(value)
            case .failure(let error): return .failure(error)
            }
        }
        return .success(values)
    }

    /// The panel page, rendered and checked.
    func renderIndex(_ comparisons: [CompanyComparison], fileNames: [String]) throws(ReportError) -> ReportDocument {
        let view = try IndexModelBuilder(base: builder).build(comparisons, fileNames: fileNames)
        let name = "index." + options.format.fileExtension
        let bytes = templates.render(view)
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
