/// The contact reasons (`section-reasons.mustache`): for each source with reasons (tickets, calls),
/// the Pareto chart, a table of every reason, the reasons that make 80 % of the volume named, and
/// what to do with them.
package struct ContactReasonsView: TemplateView {
    /// One reason's line of the table.
    package struct Row: TemplateView {
        let reason: String
        let count: String
        let share: String
        let cumulativeShare: String
        /// The share's change since the previous period, or why there is none.
        let trend: String
        /// Tickets: median resolution time; calls: AHT; or "n. a.".
        let handle: String
        let inTop80: Bool

        package static let templateMembers: [TemplateMember<Self>] = [
            .text("reason", \.reason), .text("count", \.count), .text("share", \.share), .text("cumulativeShare", \.cumulativeShare),
            .text("trend", \.trend), .text("handle", \.handle), .flag("inTop80", \.inTop80),
        ]
    }

    /// The reasons of one source (tickets or calls) in the report's period.
    package struct Block: TemplateView {
        /// `tickets` or `calls`, for the anchor.
        let source: String
        let heading: String
        /// The contacts counted and what the shares are of.
        let basis: String
        /// Nil when no contact of the period has a reason.
        let chart: ParetoChartView?
        /// The contacts with no reason, when there are any.
        let unspecified: String?
        /// The reasons that make 80 % of the volume, named.
        let top80: String
        /// The table's last column header: resolution time (tickets) or AHT (calls).
        let handleHeader: String
        let rows: [Row]
        let hasRows: Bool

        package static let templateMembers: [TemplateMember<Self>] = [
            .text("source", \.source), .text("heading", \.heading), .text("basis", \.basis), .view("chart", \.chart),
            .text("unspecified", \.unspecified), .text("top80", \.top80), .text("handleHeader", \.handleHeader), .list("rows", \.rows),
            .flag("hasRows", \.hasRows),
        ]
    }

    let blocks: [Block]
    /// The 80 % reasons as the first candidates for self-service and FAQ content (nil when no
    /// contact has a reason).
    let advice: String?

    package static let templateMembers: [TemplateMember<Self>] = [.list("blocks", \.blocks), .text("advice", \.advice)]
}
