import ServiceBenchIngest

/// One raw export given to `report` beside its KPI tables: `--calls exports/calls.csv`, or with the
/// name of a vendor preset before a colon, `--calls 3cx:exports/calls.csv`; from a project file, also
/// with its own column mapping (`columns = "enter_ts=Start,…"`).
struct RawSourceArgument: Hashable {
    var kind: RawExportKind
    var path: String
    /// The vendor preset named before the colon, read as `--preset NAME` reads it.
    var preset: String?
    /// A column mapping of this source alone (`field=Header,…`), replacing `--columns` for it.
    var columns: String?

    /// Reads `NAME:path` or `path`. A prefix before the first colon is a preset name only when it is
    /// a plain word (letters, digits, `-`, `_`): `./a:b.csv` and `C:\x.csv`-like paths stay paths.
    init(kind: RawExportKind, argument: String, columns: String? = nil) {
        self.kind = kind
        self.columns = columns
        if let colon = argument.firstIndex(of: ":") {
            let name = argument[..<colon]
            let isName = name.count > 1 && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
            if isName {
                preset = String(name)
                path = String(argument[argument.index(after: colon)...])
                return
            }
        }
        path = argument
    }

    init(kind: RawExportKind, path: String, preset: String?, columns: String?) {
        self.kind = kind
        self.path = path
        self.preset = preset
        self.columns = columns
    }

    /// The option that gives this kind of source on the command line.
    static func option(for kind: RawExportKind) -> String { "--" + kind.rawValue }
}
