import ServiceBenchCore

/// What to staff for: the inbound flow of one interval and the service-level target.
package struct StaffingRequest: Sendable, Hashable {
    /// Calls offered in the interval (≥ 0; a fraction is fine for averages).
    package var callsPerInterval: Double
    /// Length of the interval in seconds (> 0): 1,800 for half-hour intervals.
    package var intervalSeconds: Double
    /// Average handle time in seconds (> 0): talk + hold + wrap-up.
    package var ahtSeconds: Double
    /// Share of calls to answer within `targetSeconds`, 0–1 (0.8 for "80/20"); must be above 0.
    package var targetShare: Double
    /// Target answer time in seconds (≥ 0): 20 for "80/20".
    package var targetSeconds: Double
    /// Share of paid time agents are away from the phones (breaks, training, absence), 0 up to but
    /// not including 1; nil for none.
    package var shrinkage: Double?
    /// Highest acceptable occupancy, 0–1 (0.85 for 85 %); nil for no limit.
    package var maxOccupancy: Double?
    /// Mean caller patience in seconds (> 0): selects Erlang A. Nil: Erlang C (callers never hang up).
    package var patienceSeconds: Double?

    package init(
        callsPerInterval: Double, intervalSeconds: Double, ahtSeconds: Double, targetShare: Double, targetSeconds: Double,
        shrinkage: Double? = nil, maxOccupancy: Double? = nil, patienceSeconds: Double? = nil
    ) {
        self.callsPerInterval = callsPerInterval
        self.intervalSeconds = intervalSeconds
        self.ahtSeconds = ahtSeconds
        self.targetShare = targetShare
        self.targetSeconds = targetSeconds
        self.shrinkage = shrinkage
        self.maxOccupancy = maxOccupancy
        self.patienceSeconds = patienceSeconds
    }

    /// The queueing model the request selects.
    package var model: StaffingModel { patienceSeconds == nil ? .erlangC : .erlangA }

    /// Offered load A = λ·h in erlangs: calls per second × average handle time in seconds.
    package var loadErlangs: Double { callsPerInterval / intervalSeconds * ahtSeconds }

    /// Checks every field, naming the first wrong one and how to fix it.
    package func validate() throws(StaffingError) {
        func fail(_ text: String) -> StaffingError { StaffingError(.invalidArgument, text) }
        guard callsPerInterval.isFinite, callsPerInterval >= 0 else {
            throw fail("the call volume must be a number of calls ≥ 0, not \(callsPerInterval)")
        }
        guard intervalSeconds.isFinite, intervalSeconds > 0 else {
            throw fail("the interval must be a duration above 0 (for example 30m or 1h), not \(intervalSeconds) s")
        }
        guard ahtSeconds.isFinite, ahtSeconds > 0 else {
            throw fail("the average handle time must be a duration above 0 (for example 180s or 3m), not \(ahtSeconds) s")
        }
        guard targetShare.isFinite, targetShare > 0, targetShare <= 1 else {
            throw fail("the target share must be above 0 % and at most 100 % (for example 80 in 80/20), not \(targetShare * 100) %")
        }
        guard targetSeconds.isFinite, targetSeconds >= 0 else {
            throw fail("the target answer time must be a duration ≥ 0 (for example 20 in 80/20), not \(targetSeconds) s")
        }
        if let shrinkage {
            guard shrinkage.isFinite, shrinkage >= 0, shrinkage < 1 else {
                throw fail("the shrinkage must be at least 0 % and below 100 % (for example 30%), not \(shrinkage * 100) %")
            }
        }
        if let maxOccupancy {
            guard maxOccupancy.isFinite, maxOccupancy > 0, maxOccupancy <= 1 else {
                throw fail("the maximum occupancy must be above 0 % and at most 100 % (for example 85%), not \(maxOccupancy * 100) %")
            }
        }
        if let patienceSeconds {
            guard patienceSeconds.isFinite, patienceSeconds > 0 else {
                throw fail("the mean patience must be a duration above 0 (for example 90s), not \(patienceSeconds) s")
            }
        }
        guard loadErlangs.isFinite else {
            throw fail("the offered load (calls ÷ interval × handle time) is too large to compute")
        }
    }
}
