/// The KPIs the company does not measure, with how common measuring them is in the studies
/// (`section-maturity.mustache`).
package struct MaturityView: TemplateView {
    /// One adoption rate of one study, with its bar (SVG user units).
    package struct Rate: TemplateView {
        let text: String
        let option: String?
        let study: String
        let sample: String
        let method: String
        let barWidth: String
        let trackWidth: String
        let source: SourceView

        package static let templateMembers: [TemplateMember<Self>] = [
            .text("text", \.text), .text("option", \.option), .text("study", \.study), .text("sample", \.sample), .text("method", \.method),
            .text("barWidth", \.barWidth), .text("trackWidth", \.trackWidth), .view("source", \.source),
        ]
    }

    /// An unmeasured KPI with at least one adoption rate.
    package struct Entry: TemplateView {
        let label: String
        let definition: String
        let rates: [Rate]

        package static let templateMembers: [TemplateMember<Self>] = [.text("label", \.label), .text("definition", \.definition), .list("rates", \.rates)]
    }

    let entries: [Entry]
    let hasEntries: Bool
    /// The unmeasured KPIs no study gives a rate for, in one sentence.
    let others: String?

    package static let templateMembers: [TemplateMember<Self>] = [
        .list("entries", \.entries), .flag("hasEntries", \.hasEntries), .text("others", \.others),
    ]
}
