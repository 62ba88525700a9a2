/// Suggests the known name nearest to a misspelt one ("did you mean 'asa'?"), by Levenshtein distance.
package enum NearestName {
    /// The Levenshtein distance between `a` and `b`, counting the swap of two adjacent characters as one
    /// edit (the "optimal string alignment" variant, so `csta` is 1 from `csat`): the fewest single-character
    /// insertions, deletions, substitutions or adjacent swaps that turn one into the other. Case-sensitive.
    package static func distance(_ a: String, _ b: String) -> Int {
        let source = Array(a)
        let target = Array(b)
        if source.isEmpty { return target.count }
        if target.isEmpty { return source.count }
        let width = target.count + 1
        var table = [Int](repeating: 0, count: (source.count + 1) * width)
        for i in 0...source.count { table[i * width] = i }
        for j in 0...target.count { table[j] = j }
        for i in 1...source.count {
            for j in 1...target.count {
                let cost = source[i - 1] == target[j - 1] ? 0 : 1
                var best = min(table[(i - 1) * width + j] + 1, table[i * width + j - 1] + 1, table[(i - 1) * width + j - 1] + cost)
                if i > 1, j > 1, source[i - 1] == target[j - 2], source[i - 2] == target[j - 1] {
                    best = min(best, table[(i - 2) * width + j - 2] + 1)
                }
                table[i * width + j] = best
            }
        }
        return table[source.count * width + target.count]
    }

    /// The candidate nearest to `name` (compared in lower case), or nil when none is close enough.
    ///
    /// Close enough means a distance of at most `maximumDistance`, by default half the longer name's
    /// length and at least 2, or (by default) one name starting with the other (`asa_time` → `asa`).
    /// Ties go to the alphabetically first candidate, so the answer does not depend on the order of
    /// `candidates`.
    package static func nearest<Names: Sequence<String>>(to name: String, in candidates: Names, maximumDistance: Int? = nil) -> String? {
        let wanted = name.lowercased()
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let distance = Self.distance(wanted, candidate.lowercased())
            let lowered = candidate.lowercased()
            let prefix = maximumDistance == nil && min(wanted.count, lowered.count) >= 3
                && (wanted.hasPrefix(lowered) || lowered.hasPrefix(wanted))
            let limit = maximumDistance ?? max(2, max(wanted.count, lowered.count) / 2)
            guard distance <= limit || prefix else { continue }
            if let current = best, current.distance < distance || (current.distance == distance && current.name <= candidate) {
                continue
            }
            best = (candidate, distance)
        }
        return best?.name
    }

    /// `"; did you mean 'asa'?"` when a candidate is near `name`, else the empty string: a suffix for
    /// error messages.
    package static func suggestion<Names: Sequence<String>>(for name: String, in candidates: Names) -> String {
        nearest(to: name, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }
}
