import Foundation
import ServiceBenchCore

/// A cell of a workbook as a reader other than ServiceBench's writer sees it.
public enum ReadCell: Equatable, Sendable, CustomStringConvertible {
    case empty
    case text(String)
    /// A number as stored (a percentage as a fraction, a duration in days).
    case number(Double)
    case bool(Bool)
    /// A formula: what a workbook of ServiceBench must never hold.
    case formula(String)

    public var description: String {
        switch self {
        case .empty: return "empty"
        case .text(let text): return "text(\(text.debugDescription))"
        case .number(let value): return "number(\(value))"
        case .bool(let value): return "bool(\(value))"
        case .formula(let text): return "formula(\(text))"
        }
    }
}

/// One sheet read back: its name, its rows (trailing empty cells left out), and with openpyxl its
/// frozen panes (`A2`), its cells' number formats and its column widths.
public struct ReadSheet: Sendable {
    public var name: String
    public var rows: [[ReadCell]]
    public var freezePanes: String?
    public var formats: [[String]]
    public var widths: [Double]
    /// Cells with Excel's quote prefix (text kept as text when edited), as `A2`.
    public var quotePrefixed: Set<String>

    /// The cell under `header` in row `row` (1 = the first row below the header).
    public func cell(_ header: String, row: Int) -> ReadCell? {
        guard let column = rows.first?.firstIndex(of: .text(header)), row < rows.count else { return nil }
        return column < rows[row].count ? rows[row][column] : .empty
    }
}

/// Reads a workbook back with a reader independent of the writer: openpyxl 3.1 (Python) when
/// `python3 -c 'import openpyxl'` works (CI installs Debian's python3-openpyxl), otherwise
/// ServiceBench's own `WorkbookReader` (libxml2), whose cell texts are turned back into values
/// (`85 %` → 0.85, `90 s` → 90 / 86,400 days).
public enum WorkbookReadback {
    /// Whether python3 with openpyxl is on this machine (and `SERVICEBENCH_READBACK` is not
    /// `workbookreader`, which tries the fallback on a machine that has openpyxl).
    public static let openpyxlAvailable: Bool = {
        if ProcessInfo.processInfo.environment["SERVICEBENCH_READBACK"] == "workbookreader" { return false }
        guard let result = try? python(["-c", "import openpyxl"]) else { return false }
        return result.status == 0
    }()

    /// The sheets of the workbook at `path`, in tab order; `names`: the sheet names, which the
    /// fallback reader needs (openpyxl finds them itself). `reader` says which reader read them.
    public static func read(_ path: String, names: [String]) throws -> (reader: String, sheets: [ReadSheet]) {
        if openpyxlAvailable { return ("openpyxl", try readWithOpenpyxl(path)) }
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        var sheets: [ReadSheet] = []
        for name in names {
            let sheet = try WorkbookReader.read(bytes: bytes, name: path, sheet: name)
            var rows = sheet.rows.map { record in record.fields.map { cell(fromReaderText: $0.text) } }
            for index in rows.indices {
                while rows[index].last == .empty { rows[index].removeLast() }
            }
            sheets.append(ReadSheet(name: sheet.name, rows: rows, freezePanes: nil, formats: [], widths: [], quotePrefixed: []))
        }
        return ("WorkbookReader", sheets)
    }

    /// A cell text of `WorkbookReader` as a value: a number, a percentage, seconds, a boolean, or text.
    static func cell(fromReaderText text: String) -> ReadCell {
        if text.isEmpty { return .empty }
        if text == "true" || text == "false" { return .bool(text == "true") }
        if let value = Double(text) { return .number(value) }
        if text.hasSuffix(" %"), let value = Double(text.dropLast(2)) { return .number(value / 100) }
        if text.hasSuffix(" s"), let value = Double(text.dropLast(2)) { return .number(value / 86_400) }
        return .text(text)
    }

    static let script = """
        import json, sys, datetime, openpyxl
        workbook = openpyxl.load_workbook(sys.argv[1])
        sheets = []
        for sheet in workbook.worksheets:
            rows, formats, quoted = [], [], []
            for row in sheet.iter_rows():
                cells, codes = [], []
                for cell in row:
                    value = cell.value
                    if cell.style_id and cell.quotePrefix:
                        quoted.append(cell.coordinate)
                    if value is None:
                        cells.append({"t": "empty"})
                    elif cell.data_type == "f":
                        cells.append({"t": "formula", "v": str(value)})
                    elif isinstance(value, bool):
                        cells.append({"t": "bool", "v": value})
                    elif isinstance(value, datetime.timedelta):
                        cells.append({"t": "number", "v": value.total_seconds() / 86400})
                    elif isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
                        cells.append({"t": "text", "v": "date " + value.isoformat()})
                    elif isinstance(value, (int, float)):
                        cells.append({"t": "number", "v": value})
                    else:
                        cells.append({"t": "text", "v": str(value)})
                    codes.append(cell.number_format)
                while cells and cells[-1]["t"] == "empty":
                    cells.pop()
                rows.append(cells)
                formats.append(codes)
            widths = []
            for index in range(1, sheet.max_column + 1):
                letter = openpyxl.utils.get_column_letter(index)
                dimension = sheet.column_dimensions.get(letter)
                widths.append(dimension.width if dimension is not None and dimension.width else 0)
            sheets.append({"name": sheet.title, "freeze": sheet.freeze_panes, "rows": rows, "formats": formats, "widths": widths, "quoted": quoted})
        json.dump(sheets, sys.stdout)
        """

    static func readWithOpenpyxl(_ path: String) throws -> [ReadSheet] {
        let result = try python(["-c", script, path])
        guard result.status == 0 else {
            throw NSError(domain: "WorkbookReadback", code: Int(result.status), userInfo: [NSLocalizedDescriptionKey: "openpyxl failed: \(result.stderr)"])
        }
        let decoded = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] ?? []
        return decoded.map { sheet in
            let rows = (sheet["rows"] as? [[[String: Any]]] ?? []).map { row in
                row.map { cell -> ReadCell in
                    switch cell["t"] as? String {
                    case "text": return .text(cell["v"] as? String ?? "")
                    case "number": return .number((cell["v"] as? NSNumber)?.doubleValue ?? .nan)
                    case "bool": return .bool(cell["v"] as? Bool ?? false)
                    case "formula": return .formula(cell["v"] as? String ?? "")
                    default: return .empty
                    }
                }
            }
            return ReadSheet(
                name: sheet["name"] as? String ?? "", rows: rows, freezePanes: sheet["freeze"] as? String,
                formats: sheet["formats"] as? [[String]] ?? [], widths: (sheet["widths"] as? [NSNumber] ?? []).map(\.doubleValue),
                quotePrefixed: Set(sheet["quoted"] as? [String] ?? []))
        }
    }

    /// Runs python3 with `arguments`; its standard output and error.
    static func python(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        // Standard error to a file, read after the exit: only the output pipe is read while it runs.
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("readback-\(UUID().uuidString).err")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        let outputData = try output.fileHandleForReading.readToEnd() ?? Data()
        process.waitUntilExit()
        let errorData = (try? Data(contentsOf: errorFile)) ?? Data()
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
    }
}
