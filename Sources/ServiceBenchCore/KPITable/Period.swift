/// A reporting period: a year, a quarter or a month. Periods sort chronologically; a year sorts before
/// its quarters and months.
public struct Period: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public enum Granularity: String, Sendable, Codable {
        case year, quarter, month
    }

    public var year: Int
    public var granularity: Granularity
    /// 1–4 for a quarter, 1–12 for a month, 0 for a year.
    public var index: Int

    public init(year: Int, quarter: Int) {
        self.year = year
        self.granularity = .quarter
        self.index = quarter
    }

    public init(year: Int, month: Int) {
        self.year = year
        self.granularity = .month
        self.index = month
    }

    public init(year: Int) {
        self.year = year
        self.granularity = .year
        self.index = 0
    }

    /// Parses `2026`, `2026-Q1`, `2026-01`, the French `T1 2026` and `Q1 2026` (or `T1-2026`). Returns nil
    /// for anything else.
    public init?(parsing text: String) {
        let trimmed = text.trimmingWhitespace()
        let bytes = Array(trimmed.utf8)
        func number(_ slice: ArraySlice<UInt8>) -> Int? {
            guard !slice.isEmpty, slice.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
            return slice.reduce(0) { $0 * 10 + Int($1 - 48) }
        }
        if bytes.count == 4, let year = number(bytes[...]) {
            self.init(year: year)
        } else if bytes.count == 7, bytes[4] == UInt8(ascii: "-"), let year = number(bytes[0..<4]) {
            if bytes[5] == UInt8(ascii: "Q") || bytes[5] == UInt8(ascii: "q"), let quarter = number(bytes[6..<7]), (1...4).contains(quarter) {
                self.init(year: year, quarter: quarter)
            } else if let month = number(bytes[5..<7]), (1...12).contains(month) {
                self.init(year: year, month: month)
            } else {
                return nil
            }
        } else if bytes.count == 7, [UInt8(ascii: "T"), UInt8(ascii: "t"), UInt8(ascii: "Q"), UInt8(ascii: "q")].contains(bytes[0]),
            bytes[2] == UInt8(ascii: " ") || bytes[2] == UInt8(ascii: "-"),
            let quarter = number(bytes[1..<2]), (1...4).contains(quarter), let year = number(bytes[3..<7])
        {
            self.init(year: year, quarter: quarter)
        } else {
            return nil
        }
        guard (1900...2200).contains(year) else { return nil }
    }

    /// The canonical spelling: `2026`, `2026-Q1`, `2026-01`.
    public var description: String {
        switch granularity {
        case .year: return String(year)
        case .quarter: return "\(year)-Q\(index)"
        case .month: return "\(year)-\(index < 10 ? "0" : "")\(index)"
        }
    }

    /// Start month (1–12) of the period.
    private var startMonth: Int {
        switch granularity {
        case .year: return 1
        case .quarter: return (index - 1) * 3 + 1
        case .month: return index
        }
    }

    private var rank: Int {
        switch granularity {
        case .year: return 0
        case .quarter: return 1
        case .month: return 2
        }
    }

    public static func < (lhs: Period, rhs: Period) -> Bool {
        (lhs.year, lhs.startMonth, lhs.rank, lhs.index) < (rhs.year, rhs.startMonth, rhs.rank, rhs.index)
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs, CR and LF (no Foundation needed).
    public func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" || $0 == "\u{00A0}" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
