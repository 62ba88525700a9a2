/// The bounds every template set is held to when it loads, so that no copy of the templates (a
/// user's `--templates DIR`) can exhaust the stack, the memory or the time of a run.
enum TemplateLimits {
    /// The largest template file, in bytes: 1 MiB (the bundled templates are at most a few KB each).
    static let maximumTemplateBytes = 1 << 20
    /// The deepest nesting allowed, counting each enclosing section and each partial inclusion on the
    /// way from any template down to the innermost tag (the bundled templates nest at most a few levels).
    static let maximumNesting = 100
    /// The most pieces (texts, tags, sections) the templates may expand to once every partial is
    /// counted at each of its inclusions: a partial included a thousand times by one that is itself
    /// included a thousand times would otherwise make each report a billion pieces long. The bundled
    /// templates expand to about a thousand.
    static let maximumExpandedTags = 1_000_000
}
