import ServiceBenchCore

/// When a service is open, to turn a period's call volume into an hourly rate. Defaults: 5 days a
/// week, 10 hours a day, 52 weeks a year (so 13 weeks a quarter, 52/12 a month).
package struct OpeningHours: Sendable, Hashable {
    package var daysPerWeek: Double
    package var hoursPerDay: Double
    package var weeksPerYear: Double

    package init(daysPerWeek: Double = 5, hoursPerDay: Double = 10, weeksPerYear: Double = 52) {
        self.daysPerWeek = daysPerWeek
        self.hoursPerDay = hoursPerDay
        self.weeksPerYear = weeksPerYear
    }

    /// Open hours in a period: year 2,600 h, quarter 650 h, month 216.7 h with the defaults.
    package func openHours(in granularity: Period.Granularity) -> Double {
        let perYear = daysPerWeek * hoursPerDay * weeksPerYear
        switch granularity {
        case .year: return perYear
        case .quarter: return perYear / 4
        case .month: return perYear / 12
        }
    }
}
