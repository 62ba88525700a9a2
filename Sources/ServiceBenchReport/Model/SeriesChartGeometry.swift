import ServiceBenchCore

extension ChartGeometry {
    /// The geometry of a KPI's series chart, SVG user units: `step` apart per period after a
    /// `left` margin for the axis labels, the values mapped linearly onto `plotHeight` between the
    /// lowest and highest of the values and the target's threshold, each widened by a tenth of the
    /// range so that no point sits on the frame. `format` writes a value in the KPI's unit.
    static func seriesChart(
        _ points: [Trend.Point], threshold: Double?, title: String, targetLabel: String?, format: (Double) -> String
    ) -> SeriesChartView {
        let left = 60.0, right = 14.0, top = 8.0, plotHeight = 84.0, step = 46.0
        let values = points.map(\.value)
        let shown = values + (threshold.map { [$0] } ?? [])
        var low = shown.min() ?? 0, high = shown.max() ?? 1
        if high - low < 1e-9 { low -= 1; high += 1 }
        let pad = (high - low) / 10
        low -= pad
        high += pad
        let y = { (value: Double) in top + (high - value) / (high - low) * plotHeight }
        let x = { (index: Int) in left + step / 2 + Double(index) * step }
        let chartPoints = points.enumerated().map { index, point in
            SeriesChartView.Point(
                x: coordinate(x(index)), y: coordinate(y(point.value)), label: point.period.description, valueText: format(point.value),
                isLast: index == points.count - 1, isEdge: index == 0 || index == points.count - 1)
        }
        let plotBottom = top + plotHeight
        let width = left + Double(max(points.count, 1)) * step + right
        return SeriesChartView(
            title: title, width: coordinate(width), height: coordinate(plotBottom + 22), plotLeft: coordinate(left),
            plotRight: coordinate(width - right), plotTop: coordinate(top), plotBottom: coordinate(plotBottom),
            labelY: coordinate(plotBottom + 16),
            topLabel: format(values.max() ?? 0), topY: coordinate(y(values.max() ?? 0) + 3),
            bottomLabel: format(values.min() ?? 0), bottomY: coordinate(y(values.min() ?? 0) + 3),
            line: chartPoints.map { "\($0.x),\($0.y)" }.joined(separator: " "), points: chartPoints,
            targetLine: threshold.map { SeriesChartView.TargetLine(y: coordinate(y($0)), label: targetLabel ?? format($0)) })
    }
}
