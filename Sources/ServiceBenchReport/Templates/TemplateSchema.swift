/// A view type's members by name, without its Swift type: what `TemplateBinder` checks a template
/// against. Built from `TemplateView.templateMembers`; each member reads its value from a view of
/// that type (the binder only ever hands it one).
struct TemplateSchema: Sendable {
    /// One member, its reader taking the view as an existential.
    struct Member: Sendable {
        let name: String
        let kind: TemplateMemberKind
        let read: @Sendable (any TemplateView) -> TemplateValue
    }

    /// The view type's name, as errors show it (`KPIEntryView.Target`).
    let name: String
    /// The type itself, to tell two schemas apart.
    let type: ObjectIdentifier
    /// The members, in the order of `templateMembers`, built when first asked for (a view type may
    /// name its own type among its parts only through a list or an optional, so this never loops).
    private let buildMembers: @Sendable () -> [Member]

    init<View: TemplateView>(_ view: View.Type) {
        name = String(reflecting: view).split(separator: ".").dropFirst().joined(separator: ".")
        type = ObjectIdentifier(view)
        buildMembers = {
            View.templateMembers.map { member in
                Member(name: member.name, kind: member.kind) { value in
                    guard let view = value as? View else { return .absent }
                    return member.read(view)
                }
            }
        }
    }

    var members: [Member] { buildMembers() }

    func member(named name: String) -> Member? { members.first { $0.name == name } }
}
