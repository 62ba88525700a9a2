/// The Pareto chart of the contact reasons (`chart-pareto.mustache`): one bar per reason, most
/// first (the long tail grouped in a last bar), the cumulative share as a line on its own 0–100 %
/// axis at the right, the 80 % line dashed. SVG user units, computed by `ChartGeometry.paretoChart`.
package struct ParetoChartView: TemplateView {
    package struct Bar: TemplateView {
        /// Under the bar: the name cut to `ChartGeometry.paretoLabelLength` characters.
        let label: String
        /// The whole name and figures, for the bar's tooltip.
        let tooltip: String
        let x: String
        let y: String
        let height: String
        /// The label's anchor, under the bar's centre (the text is turned −40°).
        let labelX: String
        /// The grouped tail ("autres (N motifs)").
        let isOther: Bool

        package static let templateMembers: [TemplateMember<Self>] = [
            .text("label", \.label), .text("tooltip", \.tooltip), .text("x", \.x), .text("y", \.y), .text("height", \.height),
            .text("labelX", \.labelX), .flag("isOther", \.isOther),
        ]
    }

    /// A point of the cumulative line, at a bar's centre.
    package struct Point: TemplateView {
        let x: String
        let y: String
        let tooltip: String

        package static let templateMembers: [TemplateMember<Self>] = [.text("x", \.x), .text("y", \.y), .text("tooltip", \.tooltip)]
    }

    /// A graduation of an axis and its label.
    package struct Tick: TemplateView {
        let y: String
        let label: String

        package static let templateMembers: [TemplateMember<Self>] = [.text("y", \.y), .text("label", \.label)]
    }

    /// The chart's accessible name.
    let title: String
    let width: String
    let height: String
    let plotLeft: String
    let plotRight: String
    let plotTop: String
    let plotBottom: String
    let barWidth: String
    /// Where the bar labels start (under the axis).
    let labelY: String
    /// Left axis: contacts, 0 to the largest bar.
    let countTicks: [Tick]
    /// Right axis: cumulative share, 0 to 100 %.
    let shareTicks: [Tick]
    /// The axes' names, above each axis.
    let countAxisLabel: String
    let shareAxisLabel: String
    let axisLabelY: String
    /// The 80 % line's height and label.
    let thresholdY: String
    let thresholdLabel: String
    let bars: [Bar]
    /// `x,y x,y …` for the cumulative polyline.
    let line: String
    let points: [Point]

    package static let templateMembers: [TemplateMember<Self>] = [
        .text("title", \.title), .text("width", \.width), .text("height", \.height), .text("plotLeft", \.plotLeft),
        .text("plotRight", \.plotRight), .text("plotTop", \.plotTop), .text("plotBottom", \.plotBottom), .text("barWidth", \.barWidth),
        .text("labelY", \.labelY), .list("countTicks", \.countTicks), .list("shareTicks", \.shareTicks),
        .text("countAxisLabel", \.countAxisLabel), .text("shareAxisLabel", \.shareAxisLabel), .text("axisLabelY", \.axisLabelY),
        .text("thresholdY", \.thresholdY), .text("thresholdLabel", \.thresholdLabel), .list("bars", \.bars), .text("line", \.line),
        .list("points", \.points),
    ]
}
