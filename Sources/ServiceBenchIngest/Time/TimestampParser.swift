/// A parsed timestamp: the instant in milliseconds since the Unix epoch, and the UTC offset written
/// in the text (seconds east), when there was one.
struct ParsedTime {
    var epochMilliseconds: Int64
    /// `ParsedTime.noOffset` when the text had no offset (local time, or epoch seconds).
    var writtenOffset: Int32

    static let noOffset = Int32.min
}

/// Parses timestamps from bytes, without Foundation on the hot path. Precision is the millisecond:
/// further fraction digits are truncated.
struct TimestampParser {
    var format: TimeFormat
    /// Converts local times written without an offset (ISO without offset, `dd/MM/yyyy`); nil = UTC.
    var zone: ZoneOffsets?
    private var lastDatePrefix: UInt64 = 0
    private var lastDateSuffix: UInt16 = 0
    private var lastDays = 0

    init(format: TimeFormat, zone: ZoneOffsets?) {
        self.format = format
        self.zone = zone
    }

    @inline(__always) private static func digit(_ b: UInt8) -> Int? {
        let d = Int(b) &- 48
        return d >= 0 && d <= 9 ? d : nil
    }

    @inline(__always) private static func two(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        guard let a = digit(p[i]), let b = digit(p[i + 1]) else { return nil }
        return a * 10 + b
    }

    /// Nil when the bytes are not a timestamp in the format.
    mutating func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedTime? {
        var text = bytes
        // Trim spaces (Excel pads), cheaply.
        while let first = text.first, first == 32 { text = UnsafeBufferPointer(rebasing: text.dropFirst()) }
        while let last = text.last, last == 32 { text = UnsafeBufferPointer(rebasing: text.dropLast()) }
        switch format {
        case .iso8601: return parseISO(text)
        case .dayMonthYear: return parseDayMonthYear(text)
        case .epoch: return parseEpoch(text)
        case .auto:
            if text.count >= 10 && (text[4] == UInt8(ascii: "-") || text[4] == UInt8(ascii: ".") || text[4] == UInt8(ascii: "/")) { return parseISO(text) }
            if text.count >= 10 && text[2] == UInt8(ascii: "/") { return parseDayMonthYear(text) }
            return parseEpoch(text)
        }
    }

    private mutating func local(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, millis: Int) -> ParsedTime? {
        guard year >= 1900, year <= 2200, (1...12).contains(month), day >= 1, day <= CivilCalendar.daysInMonth(year: year, month: month),
            hour < 24, minute < 60, second <= 60
        else { return nil }
        let days = CivilCalendar.days(year: year, month: month, day: day)
        let seconds = Int64(days * 86400 + hour * 3600 + minute * 60 + second)
        return ParsedTime(epochMilliseconds: seconds * 1000 + Int64(millis), writtenOffset: ParsedTime.noOffset)
    }

    private mutating func parseISO(_ p: UnsafeBufferPointer<UInt8>) -> ParsedTime? {
        let n = p.count
        guard n >= 16, p[10] == UInt8(ascii: "T") || p[10] == UInt8(ascii: " ") || p[10] == UInt8(ascii: "t"), p[13] == UInt8(ascii: ":"),
            let hour = Self.two(p, 11), let minute = Self.two(p, 14), hour < 24, minute < 60
        else { return nil }
        // The date part is usually the same as the previous timestamp's: reuse its day number.
        let datePrefix = UnsafeRawPointer(p.baseAddress!).loadUnaligned(as: UInt64.self)
        let dateSuffix = UnsafeRawPointer(p.baseAddress! + 8).loadUnaligned(as: UInt16.self)
        let days: Int
        if datePrefix == lastDatePrefix && dateSuffix == lastDateSuffix {
            days = lastDays
        } else {
            // `2026-01-05`, and the same with dots (3CX's `2026.01.05`) or slashes.
            guard p[4] == UInt8(ascii: "-") || p[4] == UInt8(ascii: ".") || p[4] == UInt8(ascii: "/"), p[7] == p[4],
                let y1 = Self.two(p, 0), let y2 = Self.two(p, 2), let month = Self.two(p, 5), let day = Self.two(p, 8),
                (1900...2200).contains(y1 * 100 + y2), (1...12).contains(month), day >= 1, day <= CivilCalendar.daysInMonth(year: y1 * 100 + y2, month: month)
            else { return nil }
            days = CivilCalendar.days(year: y1 * 100 + y2, month: month, day: day)
            lastDatePrefix = datePrefix
            lastDateSuffix = dateSuffix
            lastDays = days
        }
        var i = 16
        var second = 0
        if i < n && p[i] == UInt8(ascii: ":") {
            guard n >= 19, let s = Self.two(p, 17) else { return nil }
            second = s
            i = 19
        }
        var millis = 0
        if i < n && (p[i] == UInt8(ascii: ".") || p[i] == UInt8(ascii: ",")) {
            i += 1
            var digits = 0
            while i < n, let d = Self.digit(p[i]) {
                if digits < 3 { millis = millis * 10 + d }
                digits += 1
                i += 1
            }
            guard digits > 0 else { return nil }
            if digits == 1 { millis *= 100 } else if digits == 2 { millis *= 10 }
        }
        guard second <= 60 else { return nil }
        var time = ParsedTime(epochMilliseconds: Int64(days * 86400 + hour * 3600 + minute * 60 + second) * 1000 + Int64(millis), writtenOffset: ParsedTime.noOffset)
        if i == n {
            if var zone {
                time.epochMilliseconds -= Int64(zone.offsetForLocal(seconds: time.epochMilliseconds / 1000)) * 1000
                self.zone = zone
            }
            return time
        }
        // A space before the offset (`2026-01-05 08:00:12 +0100`, as Zendesk writes it).
        if p[i] == 32 && i + 1 < n { i += 1 }
        let sign = p[i]
        if (sign == UInt8(ascii: "Z") || sign == UInt8(ascii: "z")) && i + 1 == n {
            time.writtenOffset = 0
            return time
        }
        guard sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"), i + 3 <= n, let hh = Self.two(p, i + 1) else { return nil }
        var mm = 0
        var j = i + 3
        if j < n && p[j] == UInt8(ascii: ":") { j += 1 }
        if j < n {
            guard j + 2 == n, let m = Self.two(p, j) else { return nil }
            mm = m
        }
        guard hh <= 18, mm < 60 else { return nil }
        let offset = (hh * 3600 + mm * 60) * (sign == UInt8(ascii: "-") ? -1 : 1)
        time.epochMilliseconds -= Int64(offset) * 1000
        time.writtenOffset = Int32(offset)
        return time
    }

    private mutating func parseDayMonthYear(_ p: UnsafeBufferPointer<UInt8>) -> ParsedTime? {
        let n = p.count
        guard n >= 16, p[2] == UInt8(ascii: "/"), p[5] == UInt8(ascii: "/"), p[10] == UInt8(ascii: " ") || p[10] == UInt8(ascii: "T"), p[13] == UInt8(ascii: ":"),
            let day = Self.two(p, 0), let month = Self.two(p, 3), let y1 = Self.two(p, 6), let y2 = Self.two(p, 8),
            let hour = Self.two(p, 11), let minute = Self.two(p, 14)
        else { return nil }
        var second = 0
        if n > 16 {
            guard n == 19, p[16] == UInt8(ascii: ":"), let s = Self.two(p, 17) else { return nil }
            second = s
        }
        guard var time = local(year: y1 * 100 + y2, month: month, day: day, hour: hour, minute: minute, second: second, millis: 0) else { return nil }
        if var zone {
            time.epochMilliseconds -= Int64(zone.offsetForLocal(seconds: time.epochMilliseconds / 1000)) * 1000
            self.zone = zone
        }
        return time
    }

    private func parseEpoch(_ p: UnsafeBufferPointer<UInt8>) -> ParsedTime? {
        guard !p.isEmpty, p.count <= 24 else { return nil }
        var seconds: Int64 = 0
        var i = 0
        var digits = 0
        // At most 12 digits (later than 2200 is refused below): checked before the multiplication,
        // which cannot overflow then (a 20-digit cell would overflow Int64).
        while i < p.count, let d = Self.digit(p[i]) {
            guard digits < 12 else { return nil }
            seconds = seconds * 10 + Int64(d)
            i += 1
            digits += 1
        }
        guard digits > 0 else { return nil }
        var millis: Int64 = 0
        if i < p.count {
            guard p[i] == UInt8(ascii: ".") else { return nil }
            i += 1
            var fractionDigits = 0
            while i < p.count, let d = Self.digit(p[i]) {
                if fractionDigits < 3 { millis = millis * 10 + Int64(d) }
                fractionDigits += 1
                i += 1
            }
            guard i == p.count, fractionDigits > 0 else { return nil }
            if fractionDigits < 3 { for _ in fractionDigits..<3 { millis *= 10 } }
        }
        guard seconds <= Self.latestEpochSecond else { return nil }
        return ParsedTime(epochMilliseconds: seconds * 1000 + millis, writtenOffset: ParsedTime.noOffset)
    }

    /// 2200-01-01T00:00:00Z: later epoch values are not timestamps (ISO dates are held to 1900–2200).
    static let latestEpochSecond: Int64 = 7_258_118_400
}
