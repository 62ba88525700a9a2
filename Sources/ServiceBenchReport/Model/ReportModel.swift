import ServiceBenchCore

/// The report of one company, ready for the templates: its view (texts ready to print, geometry,
/// optional parts and lists), never markup.
package struct ReportModel {
    package let companyName: String
    package let period: Period
    /// What `layout.mustache` renders.
    let view: ReportView

    init(companyName: String, period: Period, view: ReportView) {
        self.companyName = companyName
        self.period = period
        self.view = view
    }
}
