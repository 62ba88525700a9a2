/// The data quality of the raw exports (`section-quality.mustache`): records read and rejected,
/// the reasons with examples, and notes.
package struct QualityView: TemplateView {
    /// One raw export.
    package struct Source: TemplateView {
        /// One reason records were rejected, with how many and a few examples.
        package struct Reason: TemplateView {
            package struct Example: TemplateView {
                let location: String
                let message: String

                package static let templateMembers: [TemplateMember<Self>] = [.text("location", \.location), .text("message", \.message)]
            }

            let reason: String
            let count: String
            let examples: [Example]

            package static let templateMembers: [TemplateMember<Self>] = [.text("reason", \.reason), .text("count", \.count), .list("examples", \.examples)]
        }

        let source: String
        let summary: String
        let reasons: [Reason]
        let hasReasons: Bool
        let notes: [String]

        package static let templateMembers: [TemplateMember<Self>] = [
            .text("source", \.source), .text("summary", \.summary), .list("reasons", \.reasons), .flag("hasReasons", \.hasReasons), .texts("notes", \.notes),
        ]
    }

    let sources: [Source]

    package static let templateMembers: [TemplateMember<Self>] = [.list("sources", \.sources)]
}
