import ArgumentParser
import ServiceBenchIngest

/// What `report`'s inputs are (`--source`): KPI tables, or one kind of raw export whose KPIs are
/// computed first.
enum ReportSource: String, CaseIterable, ExpressibleByArgument {
    case kpiTable = "kpi-table"
    case calls
    case queueLog = "queue-log"
    case tickets
    case surveys

    /// The raw export kind, nil for KPI tables.
    var rawExportKind: RawExportKind? { RawExportKind(rawValue: rawValue) }
}
