import ServiceBenchCore

/// What an ingestion produces: the KPI table (catalogue KPIs, with data quality) and the detailed
/// figures that are not catalogue KPIs, for the report and the staffing what-if.
package struct IngestResult: Sendable {
    package var table: KPITable
    package var detail: IngestDetail

    package init(table: KPITable, detail: IngestDetail) {
        self.table = table
        self.detail = detail
    }
}
