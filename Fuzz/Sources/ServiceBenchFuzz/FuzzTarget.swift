import Foundation
import ServiceBenchCore
import ServiceBenchIngest
import ServiceBenchReport

/// What one fuzz target feeds its input to. Each target takes arbitrary bytes, hands them to one
/// reader through its ordinary entry point, and returns nil when the reader behaved: it either read
/// the input or refused it with an error. A crash, a sanitizer report, a hang (libFuzzer's timeout)
/// or a returned finding (two ways of reading the same input that disagree) is a bug.
enum FuzzTarget: String, CaseIterable, Sendable {
    /// The calls CSV reader (the CSV scanner, timestamps, the calls consumer), on one thread and on
    /// two with the split in the middle of the input; both must give the same table or the same error.
    case calls
    /// The Asterisk queue_log reader, one thread against two.
    case queueLog = "queue-log"
    /// The tickets CSV reader, one thread against two.
    case tickets
    /// The surveys CSV reader, one thread against two.
    case surveys
    /// The company KPI table reader (CSV text, long and wide layouts) with the bundled catalogue.
    case kpiTable = "kpi-table"
    /// The Excel workbook reader on an `.xlsx` file read as a KPI table: the ZIP directory, inflating
    /// within bounds, the XML parts, the cells, then the KPI table builder.
    case workbook
    /// The worksheet part alone: the input is `xl/worksheets/sheet1.xml` of a fixed workbook (shared
    /// strings, percentage, duration, date and time styles), so that mutations reach the sheet's XML
    /// and cells instead of failing the archive's checksums.
    case workbookSheet = "workbook-sheet"
    /// The reference-data loader: the input is one study file beside the bundled catalogue, targets
    /// and schema (parse, schema validation, conversion, checks).
    case referenceData = "reference-data"
    /// The template loader (parse, partials, the check of every name against the report's views):
    /// the input is `layout.mustache` in a copy of the bundled templates.
    case templates

    /// Runs the target on `bytes`; returns a description of what went wrong, or nil.
    func run(_ bytes: [UInt8], in context: FuzzContext) -> String? {
        switch self {
        case .calls: return context.compareThreads(bytes, kind: .calls)
        case .queueLog: return context.compareThreads(bytes, kind: .queueLog)
        case .tickets: return context.compareThreads(bytes, kind: .tickets)
        case .surveys: return context.compareThreads(bytes, kind: .surveys)
        case .kpiTable:
            _ = try? KPITableReader.read(bytes: bytes, name: "fuzz.csv", catalogue: context.catalogue)
            return nil
        case .workbook:
            _ = try? KPITableReader.read(bytes: bytes, name: "fuzz.xlsx", catalogue: context.catalogue)
            return nil
        case .workbookSheet:
            guard let workbook = try? context.workbook(sheet: bytes) else { return "the workbook around the sheet could not be zipped" }
            _ = try? KPITableReader.read(bytes: workbook, name: "fuzz.xlsx", catalogue: context.catalogue)
            return nil
        case .referenceData:
            context.write(bytes, to: context.studyFile)
            _ = try? ReferenceDataLoader.load(directory: context.referenceDirectory)
            return nil
        case .templates:
            context.write(bytes, to: context.layoutFile)
            _ = try? TemplateSet.load(directory: context.templatesDirectory, texts: context.texts)
            return nil
        }
    }
}
