/// Everything the report shows for one measured KPI: its value, target, peer rank, trend, its
/// position in each study, and the sentence of the board summary.
package struct KPIEntryView: TemplateView {
    /// The target status as a class name, a word and one flag per shape (colour is never the only
    /// signal): `chart-status.mustache`.
    package struct Status: TemplateView {
        let statusClass: String
        let statusWord: String
        let isMet: Bool
        let isNear: Bool
        let isMissed: Bool
        let isNone: Bool

        package static let templateMembers: [TemplateMember<Self>] = [
            .text("statusClass", \.statusClass), .text("statusWord", \.statusWord), .flag("isMet", \.isMet), .flag("isNear", \.isNear),
            .flag("isMissed", \.isMissed), .flag("isNone", \.isNone),
        ]
    }

    /// The target (`≥ 80 %`), its source and the study it comes from.
    package struct Target: TemplateView {
        let text: String
        let source: SourceView
        let study: String?

        package static let templateMembers: [TemplateMember<Self>] = [.text("text", \.text), .view("source", \.source), .text("study", \.study)]
    }

    /// The rank among the peer panel.
    package struct Peers: TemplateView {
        let rankText: String
        let percentileText: String
        /// `q1` … `q4`: the panel quarter.
        let quartileClass: String
        let smallPanel: Bool
        /// Said when the panel is too small for the rank to mean much.
        let warning: String?
        /// Which peers: « parmi les entreprises du même profil de service (Accueil généraliste) ».
        let groupText: String?
        /// The rate ranked, for a count ranked per 1,000 of a volume (« Demandes en attente pour
        /// 1 000 tickets créés : 12,3 … »); nil when the value itself is ranked.
        let rateText: String?

        package static let templateMembers: [TemplateMember<Self>] = [
            .text("rankText", \.rankText), .text("percentileText", \.percentileText), .text("quartileClass", \.quartileClass),
            .flag("smallPanel", \.smallPanel), .text("warning", \.warning), .text("groupText", \.groupText), .text("rateText", \.rateText),
        ]
    }

    /// The change since the previous period (`chart-trend.mustache`).
    package struct Trend: TemplateView {
        let deltaText: String
        /// `improved`, `worsened`, `unchanged`, `changed` (a KPI with no better direction) or
        /// `within-margin` (improved or worsened, but not beyond the samples' noise).
        let changeClass: String
        let changeWord: String
        /// The arrow's rotation, degrees.
        let rotation: String
        /// The change since the same period of the year before, in words; nil without it.
        let yearOverYear: String?

        package static let templateMembers: [TemplateMember<Self>] = [
            .text("deltaText", \.deltaText), .text("changeClass", \.changeClass), .text("changeWord", \.changeWord), .text("rotation", \.rotation),
            .text("yearOverYear", \.yearOverYear),
        ]
    }

    let id: String
    let label: String
    let definition: String
    let value: String
    /// The value's 95 % margin of error and n (`± 2,3 pt (n = 1 204)`), nil when n is unknown.
    let margin: String?
    /// The KPI's variant as the company measures it (`NPS transactionnel`), with "(default)" when
    /// the input did not say; nil for a KPI without variants.
    let variant: String?
    let status: Status
    let hasTarget: Bool
    let target: Target?
    let peers: Peers?
    /// Why the KPI has no peer rank (a volume; a count ranked per a volume the company or its peers do
    /// not give); nil when it has one or nothing needs saying.
    let unrankedText: String?
    let trend: Trend?
    /// The KPI over every period of the input, from three periods on.
    let series: SeriesChartView?
    /// Every reference, best first (the deck and the summary card pick from them).
    let references: [ReferenceView]
    let hasReferences: Bool
    /// The references that position the KPI, best first: each with its bar and full citation.
    let positioned: [ReferenceView]
    /// The studies that give a figure but no position (not comparable, or a mean alone): one line
    /// each, whose study's title, sample and method are in the report's list of studies.
    let context: [ReferenceView]
    let hasContext: Bool
    /// The best reference (references are best first) when it positions the KPI within 50 points:
    /// the board summary's card shows it.
    let mainReference: ReferenceView?
    /// Said on the card instead when even the best reference is wider than that.
    let noInformativeStudy: String?
    let sentence: String

    package static let templateMembers: [TemplateMember<Self>] = [
        .text("id", \.id), .text("label", \.label), .text("definition", \.definition), .text("value", \.value), .text("margin", \.margin),
        .text("variant", \.variant), .view("status", \.status),
        .flag("hasTarget", \.hasTarget), .view("target", \.target), .view("peers", \.peers), .text("unrankedText", \.unrankedText), .view("trend", \.trend), .view("series", \.series),
        .list("references", \.references), .flag("hasReferences", \.hasReferences), .list("positioned", \.positioned),
        .list("context", \.context), .flag("hasContext", \.hasContext), .view("mainReference", \.mainReference), .text("noInformativeStudy", \.noInformativeStudy),
        .text("sentence", \.sentence),
    ]
}
