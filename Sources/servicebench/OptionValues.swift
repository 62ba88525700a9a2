import ArgumentParser
import ServiceBenchCore
import ServiceBenchIngest
import ServiceBenchReport

// The library's closed sets of words, read from the command line as they are: `--help` lists their
// values and completion scripts offer them; a wrong value gets argument-parser's message naming the
// valid ones (exit 64).

/// `--lang fr|en` of `report`.
extension ReportLanguage: ExpressibleByArgument {}

/// `benchmarks --lang fr|en`.
extension ReferenceDataText.Language: ExpressibleByArgument {}

/// `report --peers same-profile|same-sector|same-size|all`.
extension PeerGroup: ExpressibleByArgument {}

/// `kpis --source`: the raw export kinds.
extension RawExportKind: ExpressibleByArgument {}

/// `--sl-formula`: the five ICMI variants.
extension ServiceLevelFormula: ExpressibleByArgument {}

/// `--time-format auto|iso8601|dmy|epoch`; `dd/MM/yyyy HH:mm:ss`, the pattern itself, is read as `dmy`.
extension TimeFormat: ExpressibleByArgument {
    package init?(argument: String) {
        self.init(rawValue: argument == "dd/MM/yyyy HH:mm:ss" ? TimeFormat.dayMonthYear.rawValue : argument)
    }
}
