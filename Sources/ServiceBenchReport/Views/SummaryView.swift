/// The board summary (`section-summary.mustache`): a card per headline KPI, and the other KPIs that
/// need attention.
package struct SummaryView: TemplateView {
    /// The KPIs outside the cards whose target is missed or whose trend is worse.
    package struct Attention: TemplateView {
        let items: [KPIEntryView]
        /// The number of card columns the list spans.
        let span: String
        /// How many more there are than the list shows.
        let more: String?

        package static let templateMembers: [TemplateMember<Self>] = [.list("items", \.items), .text("span", \.span), .text("more", \.more)]
    }

    let entries: [KPIEntryView]
    /// The peers the ranks are among: « Rangs parmi 9 entreprises du même profil de service (…), celle-ci comprise. »
    let peersText: String
    /// Why the peer group asked for was not used; nil when it was.
    let peerGroupNote: String?
    /// One line per source with rejected records (`--skip-invalid`): the KPIs computed from it rest
    /// on the records that could be read, which the reader must see beside them.
    let rejected: [String]
    /// `two` or `three` columns of cards.
    let columns: String
    let attention: Attention?
    /// The first three priorities.
    let fixFirst: PrioritiesView?

    package static let templateMembers: [TemplateMember<Self>] = [
        .list("entries", \.entries), .text("peersText", \.peersText), .text("peerGroupNote", \.peerGroupNote), .texts("rejected", \.rejected), .text("columns", \.columns), .view("attention", \.attention), .view("fixFirst", \.fixFirst),
    ]
}
