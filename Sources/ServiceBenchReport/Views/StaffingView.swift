/// The staffing what-if (`section-staffing.mustache`): agents needed per interval for the profile's
/// service-level target, as a table and a bar chart.
package struct StaffingView: TemplateView {
    package struct Row: TemplateView {
        let label: String
        let calls: String
        let aht: String
        /// The agents needed, or why the load cannot be planned.
        let agents: String
        /// The service level observed in the interval, when the data gives it.
        let serviceLevel: String?

        package static let templateMembers: [TemplateMember<Self>] = [
            .text("label", \.label), .text("calls", \.calls), .text("aht", \.aht), .text("agents", \.agents), .text("serviceLevel", \.serviceLevel),
        ]
    }

    /// The bar chart's geometry, SVG user units (`ChartGeometry.staffingChart`).
    package struct Chart: TemplateView {
        /// The two bars (calls, agents) and the label of one interval.
        package struct Bar: TemplateView {
            let label: String
            let callsX: String
            let callsY: String
            let callsHeight: String
            let agentsX: String
            let agentsY: String
            let agentsHeight: String
            let labelX: String
            let labelY: String

            package static let templateMembers: [TemplateMember<Self>] = [
                .text("label", \.label), .text("callsX", \.callsX), .text("callsY", \.callsY), .text("callsHeight", \.callsHeight),
                .text("agentsX", \.agentsX), .text("agentsY", \.agentsY), .text("agentsHeight", \.agentsHeight), .text("labelX", \.labelX),
                .text("labelY", \.labelY),
            ]
        }

        /// A tick of an axis: its height and its label's baseline, user units, and its value as text.
        package struct Tick: TemplateView {
            let y: String
            let textY: String
            let label: String

            package static let templateMembers: [TemplateMember<Self>] = [.text("y", \.y), .text("textY", \.textY), .text("label", \.label)]
        }

        let bars: [Bar]
        let barWidth: String
        let width: String
        let height: String
        let baselineY: String
        /// The plot's left and right edges (the two axes) and top, user units.
        let plotLeft: String
        let plotRight: String
        let plotTop: String
        /// Where the left axis's labels end and the right axis's begin, and the axes' titles' baseline.
        let leftLabelX: String
        let rightLabelX: String
        let titleY: String
        /// Calls per interval, on the left axis; agents needed, on the right one.
        let callsTicks: [Tick]
        let agentsTicks: [Tick]

        package static let templateMembers: [TemplateMember<Self>] = [
            .list("bars", \.bars), .text("barWidth", \.barWidth), .text("width", \.width), .text("height", \.height), .text("baselineY", \.baselineY),
            .text("plotLeft", \.plotLeft), .text("plotRight", \.plotRight), .text("plotTop", \.plotTop), .text("leftLabelX", \.leftLabelX),
            .text("rightLabelX", \.rightLabelX), .text("titleY", \.titleY), .list("callsTicks", \.callsTicks), .list("agentsTicks", \.agentsTicks),
        ]
    }

    let targetText: String
    /// What the volumes are (the mean weekday hour, or the period's average hour).
    let basisText: String?
    let rows: [Row]
    /// Nil for one row (two equal bars would say nothing).
    let chart: Chart?

    package static let templateMembers: [TemplateMember<Self>] = [
        .text("targetText", \.targetText), .text("basisText", \.basisText), .list("rows", \.rows), .view("chart", \.chart),
    ]
}
