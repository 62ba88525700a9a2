/// Tickets by local day, for the backlog at any day boundary: open(E) = created before E − resolved
/// before E; the sums of creation times give the open tickets' mean age.
struct BacklogDays {
    var created: [Int: (count: Int, createdSeconds: Int128)] = [:]
    var resolved: [Int: (count: Int, createdSeconds: Int128)] = [:]

    /// Open tickets at the start of local day `end`, and the sum of their local creation seconds.
    func open(atStartOf end: Int) -> (count: Int, createdSeconds: Int128) {
        var count = 0
        var seconds: Int128 = 0
        for (day, value) in created where day < end {
            count += value.count
            seconds += value.createdSeconds
        }
        for (day, value) in resolved where day < end {
            count -= value.count
            seconds -= value.createdSeconds
        }
        return (count, seconds)
    }
}
