/// Counts of whole-second values (waits), from which exact quantiles are read: dense counts up to one
/// hour, a sparse map above. Memory depends on the range of values, never on how many were added.
struct SecondsHistogram: Sendable {
    static let denseLimit = 3600
    private(set) var dense: [Int] = []
    private(set) var sparse: [Int: Int] = [:]
    private(set) var count = 0

    @inline(__always) mutating func add(_ seconds: Int) {
        count += 1
        if seconds < Self.denseLimit {
            if seconds >= dense.count { dense.append(contentsOf: repeatElement(0, count: max(seconds + 1 - dense.count, min(2 * dense.count + 64, Self.denseLimit) - dense.count))) }
            dense[seconds] += 1
        } else {
            sparse[seconds, default: 0] += 1
        }
    }

    mutating func merge(_ other: SecondsHistogram) {
        if other.dense.count > dense.count { dense.append(contentsOf: repeatElement(0, count: other.dense.count - dense.count)) }
        for (index, value) in other.dense.enumerated() where value != 0 { dense[index] += value }
        for (key, value) in other.sparse { sparse[key, default: 0] += value }
        count += other.count
    }

    /// The value of rank `rank` (0-based) in ascending order.
    private func value(atRank rank: Int) -> Int {
        var seen = 0
        for (value, n) in dense.enumerated() where n > 0 {
            seen += n
            if rank < seen { return value }
        }
        for key in sparse.keys.sorted() {
            seen += sparse[key] ?? 0
            if rank < seen { return key }
        }
        return sparse.keys.max() ?? dense.count - 1
    }

    /// The q-quantile (0…1) with linear interpolation between order statistics, as DuckDB's
    /// `quantile_cont` and numpy's default: h = (n − 1)·q, x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋+1 − x⌊h⌋). Nil when empty.
    func quantile(_ q: Double) -> Double? {
        guard count > 0 else { return nil }
        let h = Double(count - 1) * q
        let low = Int(h.rounded(.down))
        let lowValue = value(atRank: low)
        guard low + 1 < count else { return Double(lowValue) }
        let highValue = value(atRank: low + 1)
        return Double(lowValue) + (h - Double(low)) * Double(highValue - lowValue)
    }
}
