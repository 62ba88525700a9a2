/// A KPI's values over the periods of the input (`chart-series.mustache`): a line with a point per
/// period, the axis labelled in the KPI's unit at its lowest and highest value, the target's
/// threshold as a dashed line where there is one. SVG user units, computed by `ChartGeometry.seriesChart`.
package struct SeriesChartView: TemplateView {
    package struct Point: TemplateView {
        let x: String
        let y: String
        /// The period, under the axis.
        let label: String
        /// The value in its unit, for the point's tooltip.
        let valueText: String
        let isLast: Bool
        /// The first or the last period: the ones a small chart (a slide's) labels.
        let isEdge: Bool

        package static let templateMembers: [TemplateMember<Self>] = [
            .text("x", \.x), .text("y", \.y), .text("label", \.label), .text("valueText", \.valueText), .flag("isLast", \.isLast),
            .flag("isEdge", \.isEdge),
        ]
    }

    /// The dashed target line and its label.
    package struct TargetLine: TemplateView {
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
    /// Where the period labels stand.
    let labelY: String
    /// The axis labels, in the KPI's unit: the highest value at its height, the lowest at its own.
    let topLabel: String
    let topY: String
    let bottomLabel: String
    let bottomY: String
    /// `x,y x,y …` for the polyline.
    let line: String
    let points: [Point]
    let targetLine: TargetLine?

    package static let templateMembers: [TemplateMember<Self>] = [
        .text("title", \.title), .text("width", \.width), .text("height", \.height), .text("plotLeft", \.plotLeft),
        .text("plotRight", \.plotRight), .text("plotTop", \.plotTop), .text("plotBottom", \.plotBottom), .text("labelY", \.labelY),
        .text("topLabel", \.topLabel), .text("topY", \.topY), .text("bottomLabel", \.bottomLabel), .text("bottomY", \.bottomY), .text("line", \.line), .list("points", \.points),
        .view("targetLine", \.targetLine),
    ]
}
