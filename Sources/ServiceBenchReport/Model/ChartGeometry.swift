import Foundation
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

    /// Bar chart of calls and agents per interval: two bars per row, calls on the left axis (calls
    /// per interval), agents on the right one (agents), each axis from 0 to a round number at or
    /// above its largest bar, in whole steps (the table gives the exact figures), with its ticks
    /// labelled by `format` (the report's number format).
    static func staffingChart(_ rows: [StaffingReportData.Row], format: (Double) -> String) -> StaffingView.Chart {
        let plotHeight = 140.0, top = 22.0, groupWidth = 36.0, barWidth = 14.0, axisWidth = 34.0
        let calls = AxisScale(maximum: rows.map(\.calls).max() ?? 0, integral: true)
        let agents = AxisScale(maximum: Double(rows.map { $0.agentsNeeded ?? 0 }.max() ?? 0), integral: true)
        let plotLeft = axisWidth, plotRight = axisWidth + Double(max(rows.count, 1)) * groupWidth
        let baseline = top + plotHeight
        var bars: [StaffingView.Chart.Bar] = []
        for (index, row) in rows.enumerated() {
            let x = plotLeft + 4 + Double(index) * groupWidth
            let callsHeight = plotHeight * row.calls / calls.top
            // An unreachable hour has no bar (its table row says why).
            let agentsHeight = plotHeight * Double(row.agentsNeeded ?? 0) / agents.top
            bars.append(StaffingView.Chart.Bar(
                label: row.label,
                callsX: coordinate(x), callsY: coordinate(baseline - callsHeight), callsHeight: coordinate(callsHeight),
                agentsX: coordinate(x + barWidth + 2), agentsY: coordinate(baseline - agentsHeight),
                agentsHeight: coordinate(agentsHeight),
                labelX: coordinate(x + barWidth + 1), labelY: coordinate(baseline + 14)))
        }
        func ticks(_ scale: AxisScale) -> [StaffingView.Chart.Tick] {
            scale.ticks.map { value in
                StaffingView.Chart.Tick(y: coordinate(baseline - plotHeight * value / scale.top), textY: coordinate(baseline - plotHeight * value / scale.top + 3), label: format(value))
            }
        }
        return StaffingView.Chart(
            bars: bars, barWidth: coordinate(barWidth),
            width: coordinate(plotRight + axisWidth), height: coordinate(baseline + 22), baselineY: coordinate(baseline),
            plotLeft: coordinate(plotLeft), plotRight: coordinate(plotRight), plotTop: coordinate(top),
            leftLabelX: coordinate(plotLeft - 4), rightLabelX: coordinate(plotRight + 4), titleY: coordinate(top - 10),
            callsTicks: ticks(calls), agentsTicks: ticks(agents))
    }
}

/// An axis from 0 to a round top: the top is the smallest multiple of a step of 1, 2 or 5 × 10ⁿ
/// (whole numbers only for an integral axis) at or above the maximum, with at most 5 steps.
struct AxisScale: Equatable {
    let step: Double
    let top: Double

    init(maximum: Double, integral: Bool) {
        let maximum = maximum.isFinite && maximum > 0 ? maximum : 1
        var magnitude = pow(10, (maximum / 5).magnitudeExponent)
        var chosen: Double?
        while chosen == nil {
            for factor in [1.0, 2, 5] {
                let step = factor * magnitude
                if integral && (step < 1 || step.rounded() != step) { continue }
                if (maximum / step).rounded(.up) <= 5 { chosen = step; break }
            }
            magnitude *= 10
        }
        step = chosen ?? 1
        top = max((maximum / step).rounded(.up), 1) * step
    }

    /// 0, step, … top.
    var ticks: [Double] { (0...Int((top / step).rounded())).map { Double($0) * step } }
}

extension Double {
    /// ⌊log₁₀ x⌋ for x > 0.
    fileprivate var magnitudeExponent: Double { Foundation.floor(Foundation.log10(self)) }
}
