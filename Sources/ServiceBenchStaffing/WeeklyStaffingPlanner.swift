import ServiceBenchCore

/// Agents needed for every hour of the week, from the volume and handle time observed per hour.
package enum WeeklyStaffingPlanner {
    package static let hoursPerWeek = 168

    /// One row per hour of the week (168, in order; hours missing from `hours` have no calls).
    /// Each hour is planned at its average volume over `weeks` (> 0) with a one-hour interval, and
    /// its own AHT (handle seconds ÷ answered calls), or the week's AHT when it answered no call.
    package static func plan(hours: [HourOfWeekVolume], weeks: Double, policy: StaffingPolicy) throws(StaffingError) -> [HourlyStaffing] {
        guard weeks.isFinite, weeks > 0 else {
            throw StaffingError(.invalidArgument, "the number of weeks observed must be above 0, not \(weeks)")
        }
        return try plan(hours: hours, daysByWeekday: [Double](repeating: weeks, count: 7), policy: policy)
    }

    /// The same, each hour's volume divided by the number of days of its weekday observed
    /// (`daysByWeekday`, Monday first, 7 values ≥ 0): average calls per hour = calls in the bucket ÷
    /// days of that weekday. A weekday observed on no day must have no calls (its hours plan 0 calls).
    package static func plan(hours: [HourOfWeekVolume], daysByWeekday: [Double], policy: StaffingPolicy) throws(StaffingError) -> [HourlyStaffing] {
        guard daysByWeekday.count == 7, daysByWeekday.allSatisfy({ $0.isFinite && $0 >= 0 }), daysByWeekday.contains(where: { $0 > 0 }) else {
            throw StaffingError(.invalidArgument, "the days observed per weekday must be 7 numbers ≥ 0, at least one above 0, not \(daysByWeekday)")
        }
        var byHour = [HourOfWeekVolume?](repeating: nil, count: hoursPerWeek)
        for hour in hours {
            guard (0..<hoursPerWeek).contains(hour.hourOfWeek) else {
                throw StaffingError(.invalidArgument, "hour of week \(hour.hourOfWeek) is outside 0–167 (0 is Monday 00:00)")
            }
            guard byHour[hour.hourOfWeek] == nil else {
                throw StaffingError(.invalidArgument, "hour of week \(hour.hourOfWeek) is given twice; sum its calls into one entry")
            }
            for value in [hour.callsOffered, hour.callsAnswered, hour.handleSeconds] where !(value.isFinite && value >= 0) {
                throw StaffingError(.invalidArgument, "hour of week \(hour.hourOfWeek) has a negative or non-finite count (\(value)); counts and handle times must be ≥ 0")
            }
            byHour[hour.hourOfWeek] = hour
        }
        let answered = hours.reduce(0.0) { $0 + $1.callsAnswered }
        let handle = hours.reduce(0.0) { $0 + $1.handleSeconds }
        let weekAHT: Double? = answered > 0 && handle > 0 ? handle / answered : nil

        var rows: [HourlyStaffing] = []
        rows.reserveCapacity(hoursPerWeek)
        for index in 0..<hoursPerWeek {
            let hour = byHour[index] ?? HourOfWeekVolume(hourOfWeek: index, callsOffered: 0, callsAnswered: 0, handleSeconds: 0)
            let ownAHT: Double? = hour.callsAnswered > 0 && hour.handleSeconds > 0 ? hour.handleSeconds / hour.callsAnswered : nil
            let aht = ownAHT ?? weekAHT
            let days = daysByWeekday[index / 24]
            guard days > 0 || hour.callsOffered == 0 else {
                throw StaffingError(.invalidArgument, "hour of week \(index) has \(hour.callsOffered) calls on a weekday observed on no day")
            }
            let callsPerHour = days > 0 ? hour.callsOffered / days : 0
            let staffing = try aht.map { aht throws(StaffingError) in
                try StaffingPlanner.plan(StaffingRequest(callsPerInterval: callsPerHour, intervalSeconds: 3600, ahtSeconds: aht, policy: policy))
            }
            rows.append(HourlyStaffing(
                hourOfWeek: index, callsPerHour: callsPerHour, ahtSeconds: aht, ahtIsWeekAverage: ownAHT == nil && aht != nil,
                observedServiceLevel: hour.observedServiceLevel, staffing: staffing))
        }
        return rows
    }
}
