import Foundation
extension OpeningHours {
    /// Reads opening hours as a client states them (`--opening-hours`): spans separated by commas, each
    /// a day or a range of days followed by one or more time ranges,
    /// `mon-fri 08:00-20:00, sat 09:00-12:00` or `lun-ven 8h-12h 14h-18h`. Days in English (`mon`…`sun`)
    /// or French (`lun`…`dim`); times `HH:MM`, `HHhMM` or `HHh`, up to `24:00`. A day given twice is
    /// counted once per minute (overlaps are not added).
    ///
    /// The average-volume what-if needs the week's open hours: `daysPerWeek` is the number of days open,
    /// `hoursPerDay` the week's open hours ÷ those days (the example: 6 days, 63 h ÷ 6 = 10.5 h).
    package init(parsing text: String) throws(StaffingError) {
        var open = [[Bool]](repeating: [Bool](repeating: false, count: 24 * 60), count: 7)
        let spans = text.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard !spans.isEmpty, !spans.contains(where: \.isEmpty) else {
            throw Self.error(text, "give days and hours such as 'mon-fri 08:00-20:00, sat 09:00-12:00'")
        }
        for span in spans {
            let words = span.split(separator: " ").map(String.init)
            guard words.count >= 2, let days = Self.days(words[0]) else {
                throw Self.error(text, "'\(span)' must start with a day or a range of days (mon-fri, sat, lun-ven) followed by hours (08:00-20:00)")
            }
            for range in words.dropFirst() {
                let ends = range.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
                guard ends.count == 2, let start = Self.minutes(ends[0]), let end = Self.minutes(ends[1]), start < end else {
                    throw Self.error(text, "'\(range)' is not a time range; write it as 08:00-20:00 (the end after the start, at most 24:00)")
                }
                for day in days {
                    for minute in start..<end { open[day][minute] = true }
                }
            }
        }
        let perDay = open.map { day in day.reduce(0) { $0 + ($1 ? 1 : 0) } }
        let days = perDay.filter { $0 > 0 }.count
        let minutes = perDay.reduce(0, +)
        self.init(daysPerWeek: Double(days), hoursPerDay: Double(minutes) / 60 / Double(days))
    }

    /// Day names, 0 = Monday.
    static let dayNames: [[String]] = [
        ["mon", "monday", "lun", "lundi"], ["tue", "tuesday", "mar", "mardi"], ["wed", "wednesday", "mer", "mercredi"],
        ["thu", "thursday", "jeu", "jeudi"], ["fri", "friday", "ven", "vendredi"], ["sat", "saturday", "sam", "samedi"],
        ["sun", "sunday", "dim", "dimanche"],
    ]

    /// `mon` → [0]; `mon-fri` → 0…4; `fri-mon` wraps over the weekend (4, 5, 6, 0).
    static func days(_ word: String) -> [Int]? {
        func day(_ name: Substring) -> Int? { dayNames.firstIndex { $0.contains(name.lowercased()) } }
        let ends = word.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = ends.first.flatMap(day) else { return nil }
        guard ends.count == 2 else { return ends.count == 1 ? [first] : nil }
        guard let last = day(ends[1]) else { return nil }
        return last >= first ? Array(first...last) : Array(first...6) + Array(0...last)
    }

    /// Minutes since midnight of `08:00`, `8:00`, `8h`, `8h30`; at most 24:00.
    static func minutes(_ text: String) -> Int? {
        let lower = text.lowercased()
        let parts = lower.contains(":") ? lower.split(separator: ":", omittingEmptySubsequences: false)
            : lower.split(separator: "h", omittingEmptySubsequences: false)
        guard parts.count == 2, let hours = Int(parts[0]), parts[0].count <= 2 else { return nil }
        let minutes = parts[1].isEmpty && !lower.contains(":") ? 0 : Int(parts[1])
        guard let minutes, parts[1].count <= 2, (0...24).contains(hours), (0..<60).contains(minutes) else { return nil }
        let total = hours * 60 + minutes
        return total <= 24 * 60 ? total : nil
    }

    private static func error(_ text: String, _ advice: String) -> StaffingError {
        StaffingError(.invalidArgument, "cannot read the opening hours '\(text)': \(advice)")
    }
}
