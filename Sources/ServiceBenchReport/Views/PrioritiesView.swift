/// What to fix first (`section-priorities.mustache`, and the first three on the board summary):
/// each priority with its rank, why, and the staffing ask where more agents close the gap.
package struct PrioritiesView: TemplateView {
    package struct Item: TemplateView {
        /// The KPI's id: the item links to its entry.
        let id: String
        let rank: String
        let label: String
        let value: String
        let reasons: [String]
        /// `+4 conseillers de 09:00 à 12:00 (estimation Erlang C)`.
        let ask: String?
        let sentence: String

        package static let templateMembers: [TemplateMember<Self>] = [
            .text("id", \.id), .text("rank", \.rank), .text("label", \.label), .text("value", \.value), .texts("reasons", \.reasons), .text("ask", \.ask),
            .text("sentence", \.sentence),
        ]
    }

    let items: [Item]
    /// How the priorities are ranked, in one sentence.
    let method: String

    package static let templateMembers: [TemplateMember<Self>] = [.list("items", \.items), .text("method", \.method)]
}
