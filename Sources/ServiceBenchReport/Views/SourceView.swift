/// A source reference (`source-link.mustache`): a link when it is a whole URL, text otherwise, with
/// the quoted passage when there is one. `lead` says what the page is when it is not the publisher's own
/// (`copie hébergée par vdocuments.us`, `rapporté par Call Centre Helper`).
package struct SourceView: TemplateView {
    let lead: String?
    let reference: String
    let isLink: Bool
    let isText: Bool
    let quote: String?

    package static let templateMembers: [TemplateMember<Self>] = [
        .text("lead", \.lead), .text("reference", \.reference), .flag("isLink", \.isLink), .flag("isText", \.isText), .text("quote", \.quote),
    ]
}
