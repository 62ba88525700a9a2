/// Suggests the known name nearest to a misspelt one ("did you mean 'asa'?"), by Levenshtein distance.
public enum NearestName {
    /// The Levenshtein distance between `a` and `b`: the fewest single-character insertions, deletions
    /// or substitutions that turn one into the other. Compared character by character, case-sensitively.
    public static func distance(_ a: String, _ b: String) -> Int {
        let source = Array(a)
        let target = Array(b)
        if source.isEmpty { return target.count }
        if target.isEmpty { return source.count }
        var previous = Array(0...target.count)
        var current = [Int](repeating: 0, count: target.count + 1)
        for i in 1...source.count {
            current[0] = i
            for j in 1...target.count {
                let substitution = previous[j - 1] + (source[i - 1] == target[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[target.count]
    }

    /// The candidate nearest to `name` (compared in lower case), or nil when none is close enough.
    ///
    /// Close enough means a distance of at most `maximumDistance`, by default a third of the longer
    /// name's length, and at least 2. Ties go to the alphabetically first candidate, so the answer does not
    /// depend on the order of `candidates`.
    public static func nearest<Names: Sequence<String>>(to name: String, in candidates: Names, maximumDistance: Int? = nil) -> String? {
        let wanted = name.lowercased()
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let distance = Self.distance(wanted, candidate.lowercased())
            let limit = maximumDistance ?? max(2, max(wanted.count, candidate.count) / 3)
            guard distance <= limit else { continue }
            if let current = best, current.distance < distance || (current.distance == distance && current.name <= candidate) {
                continue
            }
            best = (candidate, distance)
        }
        return best?.name
    }

    /// `"; did you mean 'asa'?"` when a candidate is near `name`, else the empty string: a suffix for
    /// error messages.
    public static func suggestion<Names: Sequence<String>>(for name: String, in candidates: Names) -> String {
        nearest(to: name, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }
}
