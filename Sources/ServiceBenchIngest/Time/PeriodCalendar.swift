import ServiceBenchCore

/// Where a record falls in local time: its period (by the `--period` grouping), its hour of the week
/// (0 = Monday 00:00–00:59 … 167 = Sunday 23:00), its week number and its day number. Local time is
/// the instant shifted by `--timezone` when given, else by the offset written in the timestamp, else UTC.
struct LocalPlacement {
    var periodIndex: Int
    var hourOfWeek: Int
    var week: Int
    var day: Int
}

/// Turns instants into `LocalPlacement`s, with the period list built as records arrive. Caches the
/// last day seen, so consecutive records of one day cost a few integer operations.
struct PeriodCalendar {
    var grouping: PeriodGrouping
    var zone: ZoneOffsets?
    /// When set, the label of the single period (`IngestOptions.fixedPeriod`).
    var fixed: Period?
    /// Periods in order of first appearance (sorted when results are built).
    private(set) var periods: [PeriodKey] = []
    private var indexByKey: [PeriodKey: Int] = [:]
    private var lastDay = Int.min
    private var lastPeriodIndex = 0
    /// Smallest and largest local day numbers seen.
    private(set) var firstDay = Int.max
    private(set) var lastSeenDay = Int.min

    /// A period before it is labelled: year and month (1–12) or quarter (1–4), or the year alone for `none`.
    struct PeriodKey: Hashable, Comparable {
        var year: Int
        var index: Int
        static func < (a: PeriodKey, b: PeriodKey) -> Bool { (a.year, a.index) < (b.year, b.index) }
    }

    init(grouping: PeriodGrouping, zone: ZoneOffsets?, fixed: Period? = nil) {
        self.grouping = fixed == nil ? grouping : .none
        self.zone = zone
        self.fixed = fixed
    }

    /// Local seconds since the epoch of an instant.
    @inline(__always) mutating func localSeconds(_ time: ParsedTime) -> Int64 {
        let seconds = time.epochMilliseconds >= 0 ? time.epochMilliseconds / 1000 : (time.epochMilliseconds - 999) / 1000
        if zone != nil { return seconds + Int64(zone!.offset(utcSeconds: seconds)) }
        if time.writtenOffset != ParsedTime.noOffset { return seconds + Int64(time.writtenOffset) }
        return seconds
    }

    @inline(__always) mutating func place(_ time: ParsedTime) -> LocalPlacement {
        let local = Int(localSeconds(time))
        let day = CivilCalendar.floorDiv(local, 86400)
        let hour = (local - day * 86400) / 3600
        if day != lastDay {
            lastDay = day
            lastPeriodIndex = periodIndex(day: day)
            if day < firstDay { firstDay = day }
            if day > lastSeenDay { lastSeenDay = day }
        }
        return LocalPlacement(periodIndex: lastPeriodIndex, hourOfWeek: CivilCalendar.weekday(days: day) * 24 + hour, week: CivilCalendar.week(days: day), day: day)
    }

    private mutating func periodIndex(day: Int) -> Int {
        let (year, month, _) = CivilCalendar.civil(days: day)
        let key: PeriodKey
        switch grouping {
        case .quarter: key = PeriodKey(year: year, index: (month - 1) / 3 + 1)
        case .month: key = PeriodKey(year: year, index: month)
        case .none: key = PeriodKey(year: 0, index: 0)
        }
        if let index = indexByKey[key] { return index }
        periods.append(key)
        indexByKey[key] = periods.count - 1
        return periods.count - 1
    }

    /// Adds the periods and day range of another calendar (a second thread's); returns the index map
    /// from the other's period indices to this one's.
    mutating func absorb(_ other: PeriodCalendar) -> [Int] {
        firstDay = min(firstDay, other.firstDay)
        lastSeenDay = max(lastSeenDay, other.lastSeenDay)
        return other.periods.map { key in
            if let index = indexByKey[key] { return index }
            periods.append(key)
            indexByKey[key] = periods.count - 1
            return periods.count - 1
        }
    }

    /// The `Period` of a key; `none` is labelled by the year of the last day seen.
    func period(_ key: PeriodKey) -> Period {
        if let fixed { return fixed }
        switch grouping {
        case .quarter: return Period(year: key.year, quarter: key.index)
        case .month: return Period(year: key.year, month: key.index)
        case .none: return Period(year: lastSeenDay == Int.min ? 1970 : CivilCalendar.civil(days: lastSeenDay).year)
        }
    }

    /// First local day of the period after `key` (the end of `key`, exclusive), as a day number;
    /// for `none`, the day after the last day seen.
    func endDay(_ key: PeriodKey) -> Int {
        switch grouping {
        case .quarter:
            let month = key.index * 3 + 1
            return month > 12 ? CivilCalendar.days(year: key.year + 1, month: 1, day: 1) : CivilCalendar.days(year: key.year, month: month, day: 1)
        case .month:
            return key.index == 12 ? CivilCalendar.days(year: key.year + 1, month: 1, day: 1) : CivilCalendar.days(year: key.year, month: key.index + 1, day: 1)
        case .none:
            return lastSeenDay + 1
        }
    }
}
