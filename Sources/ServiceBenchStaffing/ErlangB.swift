import ServiceBenchCore

/// The Erlang B blocking probability B(n, A), by the recurrence
/// B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1)), which never forms a factorial or a power and stays
/// within a few ulps for any n and load (it underflows to 0 only where B < 10⁻³⁰⁸).
struct ErlangB {
    /// Offered load A in erlangs (A ≥ 0).
    let load: Double
    /// The number of servers n the current value is for.
    private(set) var servers = 0
    /// B(servers, load).
    private(set) var value = 1.0

    init(load: Double) {
        self.load = load
    }

    /// Steps from n to n + 1 servers.
    mutating func addServer() {
        servers += 1
        let product = load * value
        value = product / (Double(servers) + product)
    }

    /// Advances to `count` servers (never backwards).
    mutating func advance(to count: Int) {
        while servers < count { addServer() }
    }

    /// B(n, A) computed from scratch.
    static func blocking(servers: Int, load: Double) -> Double {
        var erlangB = ErlangB(load: load)
        erlangB.advance(to: servers)
        return erlangB.value
    }
}
