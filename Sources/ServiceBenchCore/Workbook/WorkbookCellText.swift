import Foundation

/// The text a KPI table reads from a typed workbook cell, as the cell shows it: numbers to 15
/// significant digits (Excel's display precision: 0.07 × 100 is 7, not 7.000000000000001), a
/// percentage format as `85 %`, a duration or time format as seconds (`90 s` for 0:01:30, a day
/// fraction × 86,400), a date format as `2026-01-15` (or `2026-01`, `2026` when the format shows no
/// day or month), booleans as `true`/`false`, the error `#N/A` as `n/a` (what a KPI table writes
/// for a figure not available) and other errors (`#DIV/0!`) as themselves, which no KPI accepts.
enum WorkbookCellText {
    /// Seconds in a day: Excel stores durations and times as fractions of a day.
    static let secondsPerDay = 86_400.0

    /// The text of the number written `raw` in the sheet, shown with `format`; nil when `raw` is not a
    /// number. A plain General number of at most 15 significant digits (what Excel writes for most
    /// cells) is kept as written, which is what `decimal` would give, without the formatting cost.
    static func number(raw: String, format: NumberFormat, date1904: Bool) -> String? {
        if format == .general, let plain = plainDecimal(raw) { return plain }
        guard let value = Double(raw), value.isFinite else { return nil }
        return number(value, format: format, date1904: date1904)
    }

    /// `raw` when it is `-`, digits and at most one `.`, no leading zero before a digit, with 1 to 15
    /// significant digits and not zero; trailing fraction zeros and a trailing `.` dropped.
    static func plainDecimal(_ raw: String) -> String? {
        let bytes = Array(raw.utf8)
        var index = bytes.first == UInt8(ascii: "-") ? 1 : 0
        let start = index
        var significant = 0
        var seenNonZero = false
        var dot: Int?
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") {
                guard dot == nil, index > start else { return nil }
                dot = index
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                if byte != UInt8(ascii: "0") { seenNonZero = true }
                if seenNonZero { significant += 1 }
            } else {
                return nil
            }
            index += 1
        }
        guard seenNonZero, significant <= 15, bytes.count > start else { return nil }
        // "01" or "-00.5": not as Excel writes numbers.
        if bytes.count > start + 1, bytes[start] == UInt8(ascii: "0"), bytes[start + 1] != UInt8(ascii: ".") { return nil }
        var end = bytes.count
        if let dot {
            while end > dot + 1, bytes[end - 1] == UInt8(ascii: "0") { end -= 1 }
            if end == dot + 1 { end = dot }
        }
        return String(decoding: bytes[..<end], as: UTF8.self)
    }

    /// The text of the number `value` shown with `format`; `date1904` is the workbook's date base.
    static func number(_ value: Double, format: NumberFormat, date1904: Bool) -> String {
        switch format {
        case .general: return decimal(value)
        case .percent: return decimal(value * 100) + " %"
        case .duration: return decimal(value * secondsPerDay) + " s"
        case .date(let detail): return date(serial: value, detail: detail, date1904: date1904) ?? decimal(value)
        }
    }

    /// `TRUE`/`FALSE` cells.
    static func boolean(_ raw: String) -> String {
        raw == "1" || raw.lowercased() == "true" ? "true" : "false"
    }

    /// Error cells: `#N/A` is `n/a`; the others keep their code.
    static func error(_ raw: String) -> String {
        raw.uppercased() == "#N/A" ? "n/a" : raw
    }

    /// `value` in plain decimal notation (no exponent), rounded to 15 significant digits as C's
    /// `%.14e` rounds them (correctly), trailing zeros dropped: `0.85`, `85`, `-12.5`, `0.000001`.
    /// Between 10⁻⁵ and 10¹⁵ the digits are `value × 10^(14 − e)` rounded to an integer: the product
    /// is below 2⁵⁰, so it is within 1/16 of the exact one, and its rounding is the exact one's unless
    /// its fraction is within 0.1 of a half; then, and outside that range, `%.14e` gives the digits.
    static func decimal(_ value: Double) -> String {
        guard value.isFinite else { return String(value) }
        if value == 0 { return "0" }
        let magnitude = abs(value)
        var digits: [UInt8] = []
        var exponent = 0
        if magnitude >= 1e-5 && magnitude < 1e15 {
            // log10 may miss by one next to a power of ten (and give 15 just below 10¹⁵).
            exponent = min(max(Int(log10(magnitude).rounded(.down)), -5), 14)
            var product = magnitude * powersOfTen[14 - exponent]
            if product.rounded() < 1e14 {
                exponent -= 1
                product = magnitude * powersOfTen[14 - exponent]
            }
            if abs(product - product.rounded(.down) - 0.5) > 0.1 {
                var scaled = product.rounded()
                // Rounded up to 10¹⁵ (or log10 one short): 1 and 14 zeros, one power higher.
                if scaled >= 1e15 {
                    exponent += 1
                    scaled = 1e14
                }
                digits = Array(String(Int64(scaled)).utf8)
            }
        }
        if digits.isEmpty {
            // "8.50000000000000e-21": 15 digits and the power of ten.
            let scientific = Array(String(format: "%.14e", magnitude).utf8)
            guard let e = scientific.firstIndex(of: UInt8(ascii: "e")), let power = Int(String(decoding: scientific[(e + 1)...], as: UTF8.self)) else {
                return String(value)
            }
            digits = scientific[..<e].filter { $0 != UInt8(ascii: ".") }
            exponent = power
        }
        var text: [UInt8] = value < 0 ? [UInt8(ascii: "-")] : []
        var fraction: ArraySlice<UInt8>
        if exponent >= 0 {
            let split = min(exponent + 1, digits.count)
            text += digits[..<split]
            text += [UInt8](repeating: UInt8(ascii: "0"), count: exponent + 1 - split)
            fraction = digits[split...]
        } else {
            text.append(UInt8(ascii: "0"))
            fraction = ([UInt8](repeating: UInt8(ascii: "0"), count: -exponent - 1) + digits)[...]
        }
        while fraction.last == UInt8(ascii: "0") { fraction.removeLast() }
        if !fraction.isEmpty {
            text.append(UInt8(ascii: "."))
            text += fraction
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// 10⁰ … 10²²: each exact in a `Double`.
    private static let powersOfTen: [Double] = (0...22).map { power in (0..<power).reduce(1.0) { product, _ in product * 10 } }

    /// The proleptic Gregorian calendar in UTC, made once.
    private static let utcCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar
    }()

    /// The last serial day Excel shows as a date (9999-12-31 in the 1900 base).
    static let maximumSerial = 2_958_465.0

    /// The date of serial day `serial`: in the 1900 base day 1 is 1900-01-01 and day 60 the
    /// 1900-02-29 that Lotus 1-2-3 counted (Excel keeps it), so from day 61 on the days count from
    /// 1899-12-30; in the 1904 base day 0 is 1904-01-01. Nil outside Excel's dates.
    static func date(serial: Double, detail: NumberFormat.DateDetail, date1904: Bool) -> String? {
        guard serial.isFinite, serial >= (date1904 ? 0 : 1), serial < maximumSerial + 1 else { return nil }
        let day = Int(serial.rounded(.down))
        let year: Int, month: Int, dayOfMonth: Int
        if !date1904 && day == 60 {
            (year, month, dayOfMonth) = (1900, 2, 29)
        } else {
            // Days from 1970-01-01, the epoch of `Date`.
            let epochDays = date1904 ? day - 24_107 : (day < 60 ? day - 25_568 : day - 25_569)
            let parts = utcCalendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: Double(epochDays) * secondsPerDay))
            guard let y = parts.year, let m = parts.month, let d = parts.day else { return nil }
            (year, month, dayOfMonth) = (y, m, d)
        }
        let yearText = String(year)
        let monthText = month < 10 ? "0\(month)" : String(month)
        let dayText = dayOfMonth < 10 ? "0\(dayOfMonth)" : String(dayOfMonth)
        switch detail {
        case .year: return yearText
        case .month: return "\(yearText)-\(monthText)"
        case .day: return "\(yearText)-\(monthText)-\(dayText)"
        }
    }
}
