/// A view a template renders: a struct of texts, flags, optional parts and lists, whose members
/// the templates name. Each view lists its members once, in `templateMembers`, under the names of
/// its stored properties (so that a reflecting renderer such as the tests' swift-mustache oracle sees
/// the same names); `TemplateBinder` checks every template against these lists when the templates
/// load, so that a name a view does not have is an error at its line and column, before anything is
/// rendered.
package protocol TemplateView: Sendable {
    /// What a template may name in this view, in the order of the properties.
    static var templateMembers: [TemplateMember<Self>] { get }
}

/// One member of a view: its name, what it is (`TemplateMemberKind`), and how to read it.
package struct TemplateMember<View: TemplateView>: Sendable {
    let name: String
    let kind: TemplateMemberKind
    let read: @Sendable (View) -> TemplateValue

    /// A text, shown escaped by `{{name}}`.
    package static func text(_ name: String, _ path: KeyPath<View, String> & Sendable) -> Self {
        Self(name: name, kind: .text(optional: false)) { .text($0[keyPath: path]) }
    }

    /// A text that may be absent: `{{#name}}…{{/name}}` shows its part only when it is there.
    package static func text(_ name: String, _ path: KeyPath<View, String?> & Sendable) -> Self {
        Self(name: name, kind: .text(optional: true)) { view in view[keyPath: path].map { .text($0) } ?? .absent }
    }

    /// A yes/no, only used as a section: `{{#name}}` (when true) or `{{^name}}` (when false).
    package static func flag(_ name: String, _ path: KeyPath<View, Bool> & Sendable) -> Self {
        Self(name: name, kind: .flag) { .flag($0[keyPath: path]) }
    }

    /// A part that is always there; `{{#name}}…{{/name}}` renders inside it, `{{name.member}}` reads in it.
    package static func view<Part: TemplateView>(_ name: String, _ path: KeyPath<View, Part> & Sendable) -> Self {
        Self(name: name, kind: .view(TemplateSchema(Part.self), optional: false)) { .view($0[keyPath: path]) }
    }

    /// A part that may be absent: `{{#name}}` renders inside it when it is there, `{{^name}}` when not.
    package static func view<Part: TemplateView>(_ name: String, _ path: KeyPath<View, Part?> & Sendable) -> Self {
        Self(name: name, kind: .view(TemplateSchema(Part.self), optional: true)) { view in view[keyPath: path].map { .view($0) } ?? .absent }
    }

    /// A list of parts: `{{#name}}` renders once inside each, `{{^name}}` when the list is empty.
    package static func list<Element: TemplateView>(_ name: String, _ path: KeyPath<View, [Element]> & Sendable) -> Self {
        Self(name: name, kind: .list(TemplateSchema(Element.self))) { .list($0[keyPath: path]) }
    }

    /// A list of texts: `{{#name}}{{.}}{{/name}}` shows each, escaped.
    package static func texts(_ name: String, _ path: KeyPath<View, [String]> & Sendable) -> Self {
        Self(name: name, kind: .texts) { .texts($0[keyPath: path]) }
    }
}

/// What a view's member is, as the binder checks templates against it.
enum TemplateMemberKind: Sendable {
    case text(optional: Bool)
    case flag
    case view(TemplateSchema, optional: Bool)
    case list(TemplateSchema)
    case texts

    /// Whether the member may be absent (a nil optional), in which case Mustache looks the name up
    /// in the enclosing views.
    var isOptional: Bool {
        switch self {
        case .text(let optional), .view(_, let optional): return optional
        case .flag, .list, .texts: return false
        }
    }

    /// The kind in words, for error messages.
    var description: String {
        switch self {
        case .text(let optional): return optional ? "a text that may be absent" : "a text"
        case .flag: return "a yes/no flag"
        case .view(let schema, let optional): return optional ? "a part that may be absent (\(schema.name))" : "a part (\(schema.name))"
        case .list(let schema): return "a list of \(schema.name)"
        case .texts: return "a list of texts"
        }
    }
}

/// A member's value while rendering.
enum TemplateValue {
    case text(String)
    case flag(Bool)
    case view(any TemplateView)
    case list(any TemplateViewList)
    case texts([String])
    /// A nil optional.
    case absent
}

/// A list of views, read element by element without copying it into an array of existentials.
protocol TemplateViewList {
    var count: Int { get }
    func element(at index: Int) -> any TemplateView
}

extension Array: TemplateViewList where Element: TemplateView {
    func element(at index: Int) -> any TemplateView { self[index] }
}
