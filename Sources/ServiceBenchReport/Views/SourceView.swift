/// A source reference (`source-link.mustache`): a link when it is a whole URL, text otherwise, with
/// the quoted passage when there is one.
package struct SourceView: TemplateView {
    let reference: String
    let isLink: Bool
    let isText: Bool
    let quote: String?

    package static let templateMembers: [TemplateMember<Self>] = [
        .text("reference", \.reference), .flag("isLink", \.isLink), .flag("isText", \.isText), .text("quote", \.quote),
    ]
}
