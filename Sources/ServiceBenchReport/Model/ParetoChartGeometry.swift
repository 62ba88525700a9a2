extension ChartGeometry {
    /// One bar of a Pareto chart as the geometry needs it: the name under it, its tooltip, the
    /// count it stands for, the cumulative share at its right edge (percent) and that point's tooltip.
    struct ParetoBar {
        let name: String
        let tooltip: String
        let count: Int
        let cumulativeShare: Double
        let pointTooltip: String
        let isOther: Bool
    }

    /// The characters of a reason's name a bar's label keeps; a longer name is cut and ends with `…`
    /// (the whole name is in the bar's tooltip).
    static let paretoLabelLength = 18

    /// `name` cut to `paretoLabelLength` characters (grapheme clusters, so no accent or emoji is
    /// split), `…` marking the cut.
    static func paretoLabel(_ name: String) -> String {
        name.count <= paretoLabelLength ? name : String(name.prefix(paretoLabelLength - 1)) + "…"
    }

    /// The geometry of a Pareto chart, SVG user units: bars `step` apart after a `left` margin for the
    /// count axis, heights proportional to the count (the largest bar fills `plotHeight`); the
    /// cumulative share mapped linearly from 0 % at the bottom to 100 % at the top, on the right axis
    /// (graduated every 20 %), a point at each bar's centre; the 80 % line across; room under the
    /// axis for the labels turned −40°. `count` writes a count for the left axis.
    static func paretoChart(
        _ bars: [ParetoBar], title: String, countAxisLabel: String, shareAxisLabel: String, thresholdLabel: String,
        percent: (Double) -> String, count: (Double) -> String
    ) -> ParetoChartView {
        let left = 64.0, right = 48.0, top = 24.0, plotHeight = 160.0, step = 44.0, barWidth = 28.0, labelRoom = 96.0
        let plotBottom = top + plotHeight
        let plotRight = left + Double(max(bars.count, 1)) * step
        let largest = max(bars.map(\.count).max() ?? 1, 1)
        let yOfShare = { (share: Double) in plotBottom - min(100, max(0, share)) / 100 * plotHeight }
        var chartBars: [ParetoChartView.Bar] = []
        var points: [ParetoChartView.Point] = []
        for (index, bar) in bars.enumerated() {
            let x = left + Double(index) * step + (step - barWidth) / 2
            let height = plotHeight * Double(bar.count) / Double(largest)
            let centre = x + barWidth / 2
            chartBars.append(ParetoChartView.Bar(
                label: paretoLabel(bar.name), tooltip: bar.tooltip, x: coordinate(x), y: coordinate(plotBottom - height), height: coordinate(height),
                labelX: coordinate(centre), isOther: bar.isOther))
            points.append(ParetoChartView.Point(x: coordinate(centre), y: coordinate(yOfShare(bar.cumulativeShare)), tooltip: bar.pointTooltip))
        }
        let countTicks = [0.0, Double(largest) / 2, Double(largest)].enumerated().compactMap { index, value -> ParetoChartView.Tick? in
            // The middle graduation only when it is a whole number of contacts.
            if index == 1 && largest % 2 != 0 { return nil }
            return ParetoChartView.Tick(y: coordinate(plotBottom - plotHeight * value / Double(largest) + 3), label: count(value))
        }
        let shareTicks = stride(from: 0, through: 100, by: 20).map { share in
            ParetoChartView.Tick(y: coordinate(yOfShare(Double(share)) + 3), label: percent(Double(share)))
        }
        return ParetoChartView(
            title: title, width: coordinate(plotRight + right), height: coordinate(plotBottom + labelRoom), plotLeft: coordinate(left),
            plotRight: coordinate(plotRight), plotTop: coordinate(top), plotBottom: coordinate(plotBottom), barWidth: coordinate(barWidth),
            labelY: coordinate(plotBottom + 12), countTicks: countTicks, shareTicks: shareTicks, countAxisLabel: countAxisLabel,
            shareAxisLabel: shareAxisLabel, axisLabelY: coordinate(top - 10), thresholdY: coordinate(yOfShare(Double(ContactReasonPareto.threshold))),
            thresholdLabel: thresholdLabel, bars: chartBars, line: points.map { "\($0.x),\($0.y)" }.joined(separator: " "), points: points)
    }
}
