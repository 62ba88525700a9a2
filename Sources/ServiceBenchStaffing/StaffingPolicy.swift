import ServiceBenchCore

/// The service-level target and staffing rules, without the volume: what the report applies to
/// every hour of the week or to an average volume.
package struct StaffingPolicy: Sendable, Hashable {
    /// Share of calls to answer within `targetSeconds`, 0–1.
    package var targetShare: Double
    /// Target answer time in seconds.
    package var targetSeconds: Double
    /// Share of paid time away from the phones, 0 up to but not including 1; nil for none.
    package var shrinkage: Double?
    /// Highest acceptable occupancy, 0–1; nil for no limit.
    package var maxOccupancy: Double?
    /// Mean caller patience in seconds (Erlang A); nil for Erlang C.
    package var patienceSeconds: Double?

    package init(targetShare: Double, targetSeconds: Double, shrinkage: Double? = nil, maxOccupancy: Double? = nil, patienceSeconds: Double? = nil) {
        self.targetShare = targetShare
        self.targetSeconds = targetSeconds
        self.shrinkage = shrinkage
        self.maxOccupancy = maxOccupancy
        self.patienceSeconds = patienceSeconds
    }
}

extension StaffingRequest {
    /// A request for `callsPerInterval` calls in `intervalSeconds` seconds at `ahtSeconds`, under `policy`.
    package init(callsPerInterval: Double, intervalSeconds: Double, ahtSeconds: Double, policy: StaffingPolicy) {
        self.init(
            callsPerInterval: callsPerInterval, intervalSeconds: intervalSeconds, ahtSeconds: ahtSeconds,
            targetShare: policy.targetShare, targetSeconds: policy.targetSeconds, shrinkage: policy.shrinkage,
            maxOccupancy: policy.maxOccupancy, patienceSeconds: policy.patienceSeconds)
    }
}
