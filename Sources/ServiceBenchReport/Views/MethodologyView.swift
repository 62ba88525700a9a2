/// The methodology section (`section-methodology.mustache`): the rules, the legend, and the studies
/// the report cites, in order of first citation.
package struct MethodologyView: TemplateView {
    /// One cited study.
    package struct Study: TemplateView {
        /// `Easiware 2017`.
        let name: String
        /// The entry's `id`, which a KPI's context line links to.
        let anchor: String
        let publisher: String
        let title: String
        let year: String
        /// `n = 300`, or the sample in words.
        let sample: String
        /// The sample in words after its size, when both are published.
        let sampleDescription: String?
        let region: String
        let sector: String?
        let method: String
        let provenance: String
        let citations: [SourceView]

        package static let templateMembers: [TemplateMember<Self>] = [
            .text("name", \.name), .text("anchor", \.anchor), .text("publisher", \.publisher), .text("title", \.title), .text("year", \.year), .text("sample", \.sample),
            .text("sampleDescription", \.sampleDescription), .text("region", \.region), .text("sector", \.sector), .text("method", \.method),
            .text("provenance", \.provenance), .list("citations", \.citations),
        ]
    }

    let studies: [Study]
    let hasStudies: Bool

    package static let templateMembers: [TemplateMember<Self>] = [.list("studies", \.studies), .flag("hasStudies", \.hasStudies)]
}
