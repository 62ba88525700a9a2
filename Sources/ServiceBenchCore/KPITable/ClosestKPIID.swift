/// The known KPI id nearest to `name` by edit distance, when it is near enough to be a likely typo:
/// at most max(1, ⌊length / 3⌋) edits (1 for `csta`, 3 for `answer_rat`). Ties go to the id listed first.
///
/// The distance is the optimal-string-alignment variant of Damerau–Levenshtein: inserting, deleting or
/// substituting one Unicode scalar, or swapping two adjacent ones (`csta` → `csat`), each costs 1.
func closestKPIID(to name: String, among ids: [String]) -> String? {
    let target = Array(name.lowercased().unicodeScalars)
    let allowed = max(1, target.count / 3)
    var best: (id: String, distance: Int)?
    for id in ids {
        let candidate = Array(id.unicodeScalars)
        guard abs(candidate.count - target.count) <= allowed else { continue }
        let distance = editDistance(target, candidate)
        if distance <= allowed, distance < (best?.distance ?? Int.max) {
            best = (id, distance)
        }
    }
    return best?.id
}

/// Optimal-string-alignment distance between `a` and `b` (see `closestKPIID`).
private func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    var beforePrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...max(1, a.count) where i <= a.count {
        current[0] = i
        for j in 1...max(1, b.count) where j <= b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                value = min(value, beforePrevious[j - 2] + 1)
            }
            current[j] = value
        }
        (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return previous[b.count]
}
