/// The panel page (`index.mustache`): the companies ranked, one table per dimension, one column per
/// KPI measured in the panel, each cell the value and the peer rank coloured by panel quarter.
package struct IndexView: TemplateView {
    /// One table: the KPIs of one dimension.
    package struct Group: TemplateView {
        package struct Column: TemplateView {
            let id: String
            let label: String

            package static let templateMembers: [TemplateMember<Self>] = [.text("id", \.id), .text("label", \.label)]
        }

        /// One company's line of the table.
        package struct Row: TemplateView {
            /// One KPI of the company: empty when it does not measure it.
            package struct Cell: TemplateView {
                let hasValue: Bool
                let value: String
                let rank: String
                /// `q1` … `q4`, `none` (no rank) or `empty`.
                let cellClass: String

                package static let templateMembers: [TemplateMember<Self>] = [
                    .flag("hasValue", \.hasValue), .text("value", \.value), .text("rank", \.rank), .text("cellClass", \.cellClass),
                ]
            }

            let company: String
            let period: String
            /// The company's report file, relative to the index.
            let href: String
            /// The overall rank, or `—` when there is none.
            let overall: String
            /// How many KPIs the overall rank rests on (« sur 9 indicateurs »), or why there is none;
            /// nil for a company ranked on no KPI.
            let overallBasis: String?
            /// The company's peer group and its size (« pairs : même profil, 9 entreprises »).
            let peerGroup: String
            let cells: [Cell]

            package static let templateMembers: [TemplateMember<Self>] = [
                .text("company", \.company), .text("period", \.period), .text("href", \.href), .text("overall", \.overall),
                .text("overallBasis", \.overallBasis), .text("peerGroup", \.peerGroup), .list("cells", \.cells),
            ]
        }

        let id: String
        let title: String
        let columns: [Column]
        let rows: [Row]

        package static let templateMembers: [TemplateMember<Self>] = [
            .text("id", \.id), .text("title", \.title), .list("columns", \.columns), .list("rows", \.rows),
        ]
    }

    let lang: String
    let isXHTML: Bool
    let title: String
    let dateText: String?
    let dateISO: String?
    let panelText: String
    let panelWarning: String?
    let periods: String
    let columnsText: String
    let groups: [Group]

    package static let templateMembers: [TemplateMember<Self>] = [
        .text("lang", \.lang), .flag("isXHTML", \.isXHTML), .text("title", \.title), .text("dateText", \.dateText), .text("dateISO", \.dateISO),
        .text("panelText", \.panelText), .text("panelWarning", \.panelWarning), .text("periods", \.periods), .text("columnsText", \.columnsText),
        .list("groups", \.groups),
    ]
}
