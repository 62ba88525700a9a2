import ServiceBenchCore
import ServiceBenchStaffing

/// The geometry of the inline SVG charts, computed here so the templates only place numbers.
/// Coordinates are SVG user units, written with a dot and at most one decimal.
enum ChartGeometry {
    /// Width of the position bar's track, user units; 0–100 percentile maps onto it. The template
    /// `chart-position.mustache` draws the track and its quartile ticks (60, 120, 180) at this width.
    static let positionWidth = 240.0

    /// A coordinate as SVG wants it: `12.5`, `-3`, no grouping, no locale.
    static func coordinate(_ value: Double) -> String {
        let tenths = (value * 10).rounded(.toNearestOrAwayFromZero)
        guard tenths.isFinite, abs(tenths) < 1e12 else { return "0" }
        let integer = Int(tenths)
        let whole = abs(integer) / 10, fraction = abs(integer) % 10
        return (integer < 0 ? "-" : "") + String(whole) + (fraction == 0 ? "" : "." + String(fraction))
    }

    /// The position bar: the interval [low, high] shaded, the estimate marked only where there is one
    /// (all 0–100).
    static func positionBar(_ position: PositionEstimate) -> ReferenceView.PositionBar {
        let clamp = { (value: Double) in min(100, max(0, value)) }
        let low = clamp(position.low), high = clamp(max(position.low, position.high))
        let scale = positionWidth / 100
        let width = max((high - low) * scale, 2)
        let start = min(low * scale, positionWidth - width)
        return ReferenceView.PositionBar(
            intervalX: coordinate(start), intervalWidth: coordinate(width), hasMarker: position.estimate != nil,
            markerX: position.estimate.map { coordinate(clamp($0) * scale) })
    }

    /// The class of a position on 0–100 by quartile: `q1` (bottom quarter) … `q4` (top quarter).
    /// An interval wider than this (percentile points, 0–100) says too little for its estimate's
    /// quartile colour: the bar is drawn grey, its marker dashed, so the colour never claims more than
    /// the data allows (an estimate of 85 within 0–95 is not a top-quartile result).
    static let uninformativeWidth = 50.0

    static func quartileClass(_ percentile: Double) -> String {
        percentile >= 75 ? "q4" : percentile >= 50 ? "q3" : percentile >= 25 ? "q2" : "q1"
    }

    /// The rotation, in degrees, of the trend arrow (drawn pointing right): up for a rise, down for a fall.
    static func arrowRotation(delta: Double) -> String {
        delta > 0 ? "-45" : delta < 0 ? "45" : "0"
    }

    /// Bar chart of calls and agents per interval: two bars per row, each scaled to its own maximum.
    static func staffingChart(_ rows: [StaffingReportData.Row]) -> StaffingView.Chart {
        let plotHeight = 140.0, top = 10.0, groupWidth = 36.0, barWidth = 14.0, left = 8.0
        let maxCalls = max(rows.map(\.calls).max() ?? 1, 1)
        let maxAgents = Double(max(rows.map { $0.agentsNeeded ?? 0 }.max() ?? 1, 1))
        var bars: [StaffingView.Chart.Bar] = []
        for (index, row) in rows.enumerated() {
            let x = left + Double(index) * groupWidth
            let callsHeight = plotHeight * row.calls / maxCalls
            // An unreachable hour has no bar (its table row says why).
            let agentsHeight = plotHeight * Double(row.agentsNeeded ?? 0) / maxAgents
            bars.append(StaffingView.Chart.Bar(
                label: row.label,
                callsX: coordinate(x), callsY: coordinate(top + plotHeight - callsHeight), callsHeight: coordinate(callsHeight),
                agentsX: coordinate(x + barWidth + 2), agentsY: coordinate(top + plotHeight - agentsHeight),
                agentsHeight: coordinate(agentsHeight),
                labelX: coordinate(x + barWidth + 1), labelY: coordinate(top + plotHeight + 14)))
        }
        return StaffingView.Chart(
            bars: bars, barWidth: coordinate(barWidth),
            width: coordinate(left * 2 + Double(max(rows.count, 1)) * groupWidth),
            height: coordinate(top + plotHeight + 22), baselineY: coordinate(top + plotHeight))
    }
}
