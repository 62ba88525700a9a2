import ServiceBenchCore
import ServiceBenchIngest

extension ReportModelBuilder {
    /// The bars a Pareto chart shows: the first reasons, the others grouped in a last bar.
    static let paretoBars = 12

    /// The period's reason groups of a company's raw exports, tickets first then calls: those of
    /// `period` that count at least one contact.
    static func reasonGroups(_ detail: IngestDetail?, period: Period) -> [ContactReasonGroup] {
        guard let detail else { return [] }
        let groups = detail.tickets.compactMap(\.reasons) + detail.calls.compactMap(\.reasons)
        return groups.filter { $0.period == period && $0.total > 0 }
    }

    /// The contact-reasons section, nil when the company's exports have no reason column or no
    /// contact in the period. An export whose contacts all have a blank reason gets a block that
    /// says so.
    func reasonsSection(_ detail: IngestDetail?, period: Period) throws(ReportError) -> ContactReasonsView? {
        let groups = Self.reasonGroups(detail, period: period)
        guard !groups.isEmpty else { return nil }
        var blocks: [ContactReasonsView.Block] = []
        for group in groups { blocks.append(try reasonsBlock(ContactReasonPareto(group))) }
        return ContactReasonsView(blocks: blocks, advice: blocks.contains(where: \.hasRows) ? try texts.text("reasons_advice") : nil)
    }

    /// A list of names in a sentence: `« A », « B » et « C »` / `“A”, “B” and “C”`.
    func quotedList(_ names: [String]) throws(ReportError) -> String {
        var quoted: [String] = []
        for name in names { quoted.append(try texts.format("reasons_quoted", ["name": XMLText.clean(name)])) }
        guard quoted.count > 1, let last = quoted.last else { return quoted.first ?? "" }
        return try texts.format("reasons_list", ["first": quoted.dropLast().joined(separator: ", "), "last": last])
    }

    func reasonsBlock(_ pareto: ContactReasonPareto) throws(ReportError) -> ContactReasonsView.Block {
        let group = pareto.group
        let isTickets = group.source == .tickets
        let noun = isTickets ? "tickets" : "calls"
        let heading = try texts.format("reasons_heading_\(noun)", ["period": group.period.description])
        guard group.classified > 0 else {
            return ContactReasonsView.Block(
                source: group.source.rawValue, heading: heading,
                basis: try texts.format("reasons_none_\(noun)", ["count": formatter.number(Double(group.total))]), chart: nil, unspecified: nil,
                top80: try texts.text("reasons_none_advice"), handleHeader: "", rows: [], hasRows: false)
        }
        let notAvailable = try texts.text("not_available")
        var rows: [ContactReasonsView.Row] = []
        for row in pareto.rows {
            var trend = notAvailable
            if let previous = row.reason.previousCount, let period = group.previousPeriod {
                trend = try previous == 0
                    ? texts.format("reasons_trend_new", ["period": period.description])
                    : texts.format("reasons_trend_change", [
                        "change": formatter.number(row.change ?? 0, decimals: 1, trim: false, sign: true), "period": period.description,
                    ])
            }
            let handle = isTickets
                ? row.reason.medianResolutionHours.map { formatter.withUnit($0, "h") } : row.reason.averageHandleSeconds.map { formatter.duration(seconds: $0) }
            rows.append(ContactReasonsView.Row(
                reason: XMLText.clean(row.reason.reason), count: formatter.number(Double(row.reason.count)), share: formatter.percent(row.share),
                cumulativeShare: formatter.percent(row.cumulativeShare), trend: trend, handle: handle ?? notAvailable, inTop80: row.inTop80))
        }
        let top = pareto.rows.filter(\.inTop80)
        let topShare = top.last?.cumulativeShare ?? 0
        let top80 = try top.count == 1
            ? texts.format("reasons_top80_one", ["list": quotedList(pareto.top80), "share": formatter.percent(topShare)])
            : texts.format("reasons_top80", [
                "count": formatter.number(Double(top.count)), "total": formatter.number(Double(pareto.rows.count)),
                "share": formatter.percent(topShare), "list": quotedList(pareto.top80),
            ])
        return ContactReasonsView.Block(
            source: group.source.rawValue, heading: heading,
            basis: try texts.format("reasons_basis_\(noun)", [
                "count": formatter.number(Double(group.classified)), "reasons": formatter.number(Double(pareto.rows.count)),
            ]),
            chart: try paretoChart(pareto),
            unspecified: try group.unspecified > 0
                ? texts.format("reasons_unspecified", [
                    "count": formatter.number(Double(group.unspecified)), "share": formatter.percent(100 * Double(group.unspecified) / Double(group.total)),
                ]) : nil,
            top80: top80, handleHeader: try texts.text(isTickets ? "reasons_col_resolution" : "reasons_col_aht"), rows: rows, hasRows: true)
    }

    /// The chart of `pareto`: its first `paretoBars − 1` reasons and the others grouped, or every
    /// reason when they are `paretoBars` or fewer.
    func paretoChart(_ pareto: ContactReasonPareto) throws(ReportError) -> ParetoChartView {
        let shown = pareto.rows.count > Self.paretoBars ? Array(pareto.rows.prefix(Self.paretoBars - 1)) : pareto.rows
        var bars: [ChartGeometry.ParetoBar] = []
        for row in shown {
            let name = XMLText.clean(row.reason.reason)
            bars.append(ChartGeometry.ParetoBar(
                name: name,
                tooltip: try texts.format("reasons_bar_tooltip", [
                    "reason": name, "count": formatter.number(Double(row.reason.count)), "share": formatter.percent(row.share),
                ]),
                count: row.reason.count, cumulativeShare: row.cumulativeShare,
                pointTooltip: try texts.format("reasons_point_tooltip", ["share": formatter.percent(row.cumulativeShare)]), isOther: false))
        }
        let rest = pareto.rows.dropFirst(shown.count)
        if !rest.isEmpty {
            let count = rest.reduce(0) { $0 + $1.reason.count }
            let name = try texts.format("reasons_other", ["count": formatter.number(Double(rest.count))])
            let share = 100 * Double(count) / Double(max(pareto.group.classified, 1))
            bars.append(ChartGeometry.ParetoBar(
                name: name,
                tooltip: try texts.format("reasons_bar_tooltip", ["reason": name, "count": formatter.number(Double(count)), "share": formatter.percent(share)]),
                count: count, cumulativeShare: 100, pointTooltip: try texts.format("reasons_point_tooltip", ["share": formatter.percent(100)]), isOther: true))
        }
        return ChartGeometry.paretoChart(
            bars, title: try texts.text("reasons_chart_title"), countAxisLabel: try texts.text("reasons_axis_count"),
            shareAxisLabel: try texts.text("reasons_axis_cumulative"),
            thresholdLabel: formatter.percent(Double(ContactReasonPareto.threshold), decimals: 0),
            percent: { formatter.percent($0, decimals: 0) }, count: { formatter.number($0) })
    }
}
