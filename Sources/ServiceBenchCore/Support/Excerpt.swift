/// How error messages quote input: at most `Excerpt.limit` characters, then an ellipsis, so that a
/// 200 MB cell or header line is never echoed whole to standard error.
package enum Excerpt {
    /// Characters quoted from an input text before the ellipsis.
    package static let limit = 80

    /// `text` itself when it has at most `limit` characters, else its first `limit` and `…`.
    package static func of(_ text: String, limit: Int = Excerpt.limit) -> String {
        var end = text.startIndex
        var count = 0
        while end < text.endIndex {
            if count == limit { return String(text[..<end]) + "…" }
            end = text.index(after: end)
            count += 1
        }
        return text
    }

    /// The excerpt of UTF-8 `bytes`, decoding only a prefix of them: 4 bytes per character first,
    /// twice as many while that holds `limit` characters or fewer (long grapheme clusters).
    package static func of(utf8 bytes: UnsafeBufferPointer<UInt8>, limit: Int = Excerpt.limit) -> String {
        var window = limit * 4 + 4
        while true {
            if bytes.count <= window { return of(String(decoding: bytes, as: UTF8.self), limit: limit) }
            let head = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<window]), as: UTF8.self)
            // More than `limit` characters: the first `limit` are whole whatever the cut.
            if head.count > limit { return of(head, limit: limit) }
            window *= 2
        }
    }
}
