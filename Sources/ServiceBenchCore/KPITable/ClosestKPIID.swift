/// The known KPI id nearest to `name` by Levenshtein edit distance (insertions, deletions and
/// substitutions of Unicode scalars, each costing 1), when it is near enough to be a likely typo:
/// at most max(1, ⌊length / 3⌋) edits (1 for `aht`, 3 for `answer_rat`). Ties go to the id listed first.
func closestKPIID(to name: String, among ids: [String]) -> String? {
    let target = Array(name.lowercased().unicodeScalars)
    let allowed = max(1, target.count / 3)
    var best: (id: String, distance: Int)?
    for id in ids {
        let candidate = Array(id.unicodeScalars)
        guard abs(candidate.count - target.count) <= allowed else { continue }
        var previous = Array(0...candidate.count)
        var current = [Int](repeating: 0, count: candidate.count + 1)
        for (i, a) in target.enumerated() {
            current[0] = i + 1
            for (j, b) in candidate.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (a == b ? 0 : 1))
            }
            swap(&previous, &current)
        }
        let distance = previous[candidate.count]
        if distance <= allowed, distance < (best?.distance ?? Int.max) {
            best = (id, distance)
        }
    }
    return best?.id
}
