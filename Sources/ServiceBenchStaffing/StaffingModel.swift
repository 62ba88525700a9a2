import ServiceBenchCore

/// The queueing model behind a staffing figure.
package enum StaffingModel: String, Sendable, Hashable {
    /// M/M/N: callers wait as long as it takes.
    case erlangC = "erlang_c"
    /// M/M/N+M: callers hang up after an exponential patience.
    case erlangA = "erlang_a"
}
