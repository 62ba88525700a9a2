import ServiceBenchCore

/// What an ingestion produces: the KPI table (catalogue KPIs, with data quality) and the detailed
/// figures that are not catalogue KPIs, for the report and the staffing what-if.
public struct IngestResult: Sendable {
    public var table: KPITable
    public var detail: IngestDetail

    public init(table: KPITable, detail: IngestDetail) {
        self.table = table
        self.detail = detail
    }
}
