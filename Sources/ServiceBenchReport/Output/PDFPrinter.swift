import Dispatch
import Foundation
import ServiceBenchCore

/// Prints checked HTML documents to PDF with headless Chromium: A4 portrait for reports, 16:9
/// landscape for decks (the documents' CSS `@page` rules set the size). Each PDF is printed into a
/// scratch directory, checked (a PDF that ends, with the expected number of pages where known) and
/// only then written beside its document through `AtomicFile`.
package struct PDFPrinter: Sendable {
    /// The Chromium executable.
    package let chromium: String
    /// How long one document may take to print, seconds.
    package static let timeoutSeconds = 120.0
    /// The names a Chromium executable goes by, looked up in `PATH` in this order.
    package static let candidateNames = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"]

    package init(chromium: String) {
        self.chromium = chromium
    }

    /// The Chromium to print with: `given` (`--chromium PATH`), or the first of `candidateNames` on
    /// `PATH`. None is exit 69 with how to install it, so that the command fails before it writes.
    package static func locate(given: String?, path: String? = ProcessInfo.processInfo.environment["PATH"]) throws(ReportError) -> PDFPrinter {
        if let given {
            guard FileManager.default.isExecutableFile(atPath: given) else {
                throw ReportError(.chromiumMissing, "--chromium '\(given)' is not an executable file; give the path of a Chromium or Chrome binary")
            }
            return PDFPrinter(chromium: given)
        }
        for directory in (path ?? "").split(separator: ":") {
            for name in candidateNames {
                let candidate = String(directory) + "/" + name
                if FileManager.default.isExecutableFile(atPath: candidate) { return PDFPrinter(chromium: candidate) }
            }
        }
        throw ReportError(
            .chromiumMissing,
            "--pdf needs headless Chromium, and none of \(candidateNames.joined(separator: ", ")) is on the PATH; install it (Debian or Ubuntu: apt-get install chromium) or give its path with --chromium PATH")
    }

    /// Prints `html` (a written, checked document) to `pdf`, atomically; `expectedPages`, when
    /// given, must be the PDF's page count. Returns the page count.
    @discardableResult
    package func print(_ html: String, to pdf: String, expectedPages: Int? = nil) throws -> Int {
        let scratch = NSTemporaryDirectory() + "servicebench-pdf-\(getpid())-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let printed = scratch + "/document.pdf"
        let source = URL(fileURLWithPath: html).standardizedFileURL.absoluteString
        try run([
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check", "--disable-extensions",
            "--user-data-dir=" + scratch + "/profile", "--no-pdf-header-footer", "--print-to-pdf=" + printed, source,
        ], document: html)
        guard let bytes = try? InputFile.read(printed), !bytes.isEmpty else {
            throw ReportError(.pdfFailed, "Chromium printed no PDF of this document; run it by hand to see why: \(chromium) --headless --print-to-pdf=out.pdf \(source)", at: SourceLocation(file: html))
        }
        let pages = try Self.pageCount(bytes, document: html)
        if let expectedPages, pages != expectedPages {
            throw ReportError(
                .pdfFailed, "the PDF has \(pages) pages where \(expectedPages) were expected (one per slide); a slide overflows its 16:9 page",
                at: SourceLocation(file: html))
        }
        try AtomicFile.write(bytes, to: pdf)
        return pages
    }

    /// The number of pages of a PDF as Chromium writes it (page objects `/Type /Page` in plain
    /// dictionaries); a file that is not a whole PDF is an error.
    static func pageCount(_ bytes: [UInt8], document: String) throws(ReportError) -> Int {
        guard bytes.starts(with: Array("%PDF-".utf8)), let tail = String(bytes: bytes.suffix(32), encoding: .isoLatin1), tail.contains("%%EOF") else {
            throw ReportError(.pdfFailed, "Chromium's output is not a whole PDF file (no %PDF- header or %%EOF end)", at: SourceLocation(file: document))
        }
        let marker = Array("/Type /Page".utf8)
        var count = 0
        var index = 0
        while index + marker.count < bytes.count {
            if bytes[index] == marker[0], bytes[index..<(index + marker.count)].elementsEqual(marker), bytes[index + marker.count] != UInt8(ascii: "s") {
                count += 1
                index += marker.count
            } else {
                index += 1
            }
        }
        guard count > 0 else { throw ReportError(.pdfFailed, "the PDF Chromium wrote has no page", at: SourceLocation(file: document)) }
        return count
    }

    /// Runs Chromium with `arguments`, its output discarded, and waits at most `timeoutSeconds`.
    private func run(_ arguments: [String], document: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let done = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in done.signal() }
        do {
            try process.run()
        } catch {
            throw ReportError(.chromiumMissing, "cannot start \(chromium): \(error.localizedDescription)", cause: error)
        }
        guard done.wait(timeout: .now() + Self.timeoutSeconds) == .success else {
            process.terminate()
            throw ReportError(.pdfFailed, "Chromium did not print within \(Int(Self.timeoutSeconds)) s", at: SourceLocation(file: document))
        }
        guard process.terminationStatus == 0 else {
            throw ReportError(.pdfFailed, "Chromium exited with status \(process.terminationStatus) while printing", at: SourceLocation(file: document))
        }
    }
}
