/// A company's report, as `layout.mustache` and its partials show it: the cover, the board summary,
/// one section per dimension, the maturity, staffing and data-quality sections when they have
/// something to say, and the methodology. Every value is text ready to print (formatted by
/// `ValueFormatter`, never markup); absent parts are nil, so the templates leave them out.
package struct ReportView: TemplateView {
    /// An entry of the table of contents.
    package struct ContentsEntry: TemplateView {
        let anchor: String
        let title: String

        package static let templateMembers: [TemplateMember<Self>] = [.text("anchor", \.anchor), .text("title", \.title)]
    }

    let lang: String
    let isXHTML: Bool
    let title: String
    let company: String
    let period: String
    /// The date the user gave (`--date`), in words, and as ISO 8601.
    let dateText: String?
    let dateISO: String?
    let profileLabel: String?
    let panelText: String
    /// Said when the peer panel is too small for its ranks to mean much.
    let panelWarning: String?
    /// Why the peer group asked for (`--peers`) was not used; nil when it was.
    let peerGroupNote: String?
    /// The cover's key messages: the first priorities' sentences.
    let keyMessages: [String]
    let hasKeyMessages: Bool
    let toc: [ContentsEntry]
    let summary: SummaryView?
    /// What to fix first, all of them.
    let priorities: PrioritiesView?
    let dimensions: [DimensionView]
    let maturity: MaturityView?
    let staffing: StaffingView?
    let quality: QualityView?
    let methodology: MethodologyView
    /// The breakdowns of the raw exports (`BreakdownsBuilder`), empty for a KPI table.
    var breakdowns: [BreakdownView] = []
    /// The contact reasons of the company's raw exports (`section-reasons.mustache`).
    var reasons: ContactReasonsView? = nil

    package static let templateMembers: [TemplateMember<Self>] = [
        .text("lang", \.lang), .flag("isXHTML", \.isXHTML), .text("title", \.title), .text("company", \.company),
        .text("period", \.period), .text("dateText", \.dateText), .text("dateISO", \.dateISO), .text("profileLabel", \.profileLabel),
        .text("panelText", \.panelText), .text("panelWarning", \.panelWarning), .text("peerGroupNote", \.peerGroupNote),
        .texts("keyMessages", \.keyMessages), .flag("hasKeyMessages", \.hasKeyMessages),
        .list("toc", \.toc), .view("summary", \.summary), .view("priorities", \.priorities),
        .list("dimensions", \.dimensions), .view("maturity", \.maturity), .view("staffing", \.staffing), .view("quality", \.quality),
        .view("methodology", \.methodology), .list("breakdowns", \.breakdowns), .view("reasons", \.reasons),
    ]
}
