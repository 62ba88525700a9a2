/// One breakdown of a company's raw exports (`section-breakdown.mustache`): by queue, by channel,
/// by agent, the abandoned calls by hour and queue, or the longest waits. Each is one or more tables
/// whose figure columns may carry the company's target, with each cell's status against it.
package struct BreakdownView: TemplateView {
    /// A figure column: its heading, and the company's target for that figure (`≥ 80 %`), if any.
    package struct Column: TemplateView {
        let label: String
        let target: String?

        package static let templateMembers: [TemplateMember<Self>] = [.text("label", \.label), .text("target", \.target)]
    }

    /// A figure, formatted (`n. d.` when not computed), and its status against the column's target.
    package struct Cell: TemplateView {
        let text: String
        let status: KPIEntryView.Status?

        package static let templateMembers: [TemplateMember<Self>] = [.text("text", \.text), .view("status", \.status)]
    }

    /// A queue, channel, agent or call: its name and its figures, one per column.
    package struct Row: TemplateView {
        let label: String
        let cells: [Cell]

        package static let templateMembers: [TemplateMember<Self>] = [.text("label", \.label), .list("cells", \.cells)]
    }

    package struct Table: TemplateView {
        let caption: String
        /// The heading of the rows' names (`File`, `Canal`, `Conseiller`, `Appel`).
        let rowHeading: String
        let columns: [Column]
        let rows: [Row]

        package static let templateMembers: [TemplateMember<Self>] = [
            .text("caption", \.caption), .text("rowHeading", \.rowHeading), .list("columns", \.columns), .list("rows", \.rows),
        ]
    }

    let anchor: String
    let title: String
    let intro: String
    let tables: [Table]
    /// What was left out, and why.
    let notes: [String]

    package static let templateMembers: [TemplateMember<Self>] = [
        .text("anchor", \.anchor), .text("title", \.title), .text("intro", \.intro), .list("tables", \.tables), .texts("notes", \.notes),
    ]
}
