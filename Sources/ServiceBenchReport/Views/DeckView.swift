/// The board's slide deck (`deck.mustache`): 16:9 slides, one message each, from the same comparison
/// as the report — title; the headline KPIs and their status; what to fix first; where the company
/// stands in the studies; its peers; the quarters; the staffing ask; why customers get in touch;
/// method and sources. A slide with nothing to
/// say is left out.
package struct DeckView: TemplateView {
    /// A headline KPI on the studies slide: its best reference when that one positions it within at
    /// most 50 points, else nothing (the slide says no study is informative).
    package struct Position: TemplateView {
        let label: String
        let value: String
        let reference: ReferenceView?

        package static let templateMembers: [TemplateMember<Self>] = [
            .text("label", \.label), .text("value", \.value), .view("reference", \.reference),
        ]
    }

    /// A headline KPI on the peers slide: its rank and its peer percentile as a bar (SVG user units
    /// on a 240-unit track).
    package struct Peer: TemplateView {
        let label: String
        let value: String
        let rankText: String
        let percentileText: String
        let quartileClass: String
        let barWidth: String

        package static let templateMembers: [TemplateMember<Self>] = [
            .text("label", \.label), .text("value", \.value), .text("rankText", \.rankText), .text("percentileText", \.percentileText),
            .text("quartileClass", \.quartileClass), .text("barWidth", \.barWidth),
        ]
    }

    let lang: String
    let isXHTML: Bool
    let title: String
    let company: String
    let period: String
    let dateText: String?
    let dateISO: String?
    let profileLabel: String?
    let panelText: String
    let panelWarning: String?
    /// The peers slide's line: which peers, how many (`summary_peers`).
    let peersText: String
    /// Why the peer group asked for (`--peers`) was not used; nil when it was.
    let peerGroupNote: String?
    let headline: [KPIEntryView]
    let hasHeadline: Bool
    /// `three` columns of cards, or `four` from seven headline KPIs on (two rows fit a slide).
    let columns: String
    /// The first priorities (at most five), nil when there is none.
    let priorities: PrioritiesView?
    let positions: [Position]
    let peers: [Peer]
    /// The headline KPIs with a series (three periods or more in the input), for the quarters slide.
    let quarters: [KPIEntryView]
    let hasQuarters: Bool
    let staffing: StaffingView?
    /// The agents to add and when, in words.
    let staffingAsk: String?
    let methodology: MethodologyView
    /// Why customers get in touch: the contact reasons of the first source that has them (tickets,
    /// then calls), its Pareto chart and the reasons of 80 % named.
    var reasons: ContactReasonsView.Block? = nil

    package static let templateMembers: [TemplateMember<Self>] = [
        .text("lang", \.lang), .flag("isXHTML", \.isXHTML), .text("title", \.title), .text("company", \.company),
        .text("period", \.period), .text("dateText", \.dateText), .text("dateISO", \.dateISO), .text("profileLabel", \.profileLabel),
        .text("panelText", \.panelText), .text("panelWarning", \.panelWarning), .text("peersText", \.peersText),
        .text("peerGroupNote", \.peerGroupNote), .list("headline", \.headline), .flag("hasHeadline", \.hasHeadline), .text("columns", \.columns),
        .view("priorities", \.priorities), .list("positions", \.positions), .list("peers", \.peers), .list("quarters", \.quarters),
        .flag("hasQuarters", \.hasQuarters), .view("staffing", \.staffing),
        .text("staffingAsk", \.staffingAsk), .view("methodology", \.methodology), .view("reasons", \.reasons),
    ]
}
