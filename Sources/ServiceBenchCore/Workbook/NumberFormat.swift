/// What a cell's number format says its number is, as far as a KPI table cares: a percentage (0.85
/// shown as 85 %), a duration or a time of day (a fraction of a day: 0.0625 shown as 1:30:00), a date
/// (days since the workbook's date base), or a plain number.
enum NumberFormat: Sendable, Hashable {
    case general
    /// `0%`, `0.0 %`: the number is a fraction, shown × 100.
    case percent
    /// `[h]:mm:ss`, `mm:ss`, `h:mm:ss`: the number is a fraction of a day.
    case duration
    /// A date (or date and time): the number is a serial day.
    case date(DateDetail)

    /// How much of a date a format shows.
    enum DateDetail: Sendable, Hashable {
        case day, month, year
    }

    /// The format of a built-in number format id (ECMA-376 Part 1, 18.8.30): 9–10 percentages; 14–17,
    /// 22 and the East Asian 27–31, 36, 50–58 dates; 18–21, 32–35 times of day; 45–47 elapsed times.
    static func builtIn(_ id: Int) -> NumberFormat {
        switch id {
        case 9, 10: return .percent
        case 14, 15, 16, 22, 27...31, 36, 50...58: return .date(.day)
        case 17: return .date(.month)
        case 18...21, 32...35, 45...47: return .duration
        default: return .general
        }
    }

    /// The format a custom format code describes, from its first section (the one for positive
    /// numbers): `%` outside quotes makes a percentage; `d` or `y` a date; `h`, `s` or an elapsed
    /// `[h]`, `[mm]`, `[ss]` a duration. Quoted text, `\`-escaped characters, `_`/`*` padding, colours,
    /// conditions and locales (`[Red]`, `[<100]`, `[$-40C]`), `General`, `AM/PM` and exponents
    /// (`E+`) are skipped.
    init(code: String) {
        var percent = false, day = false, month = false, year = false, hour = false, second = false
        let characters = Array(code.lowercased())
        var index = 0
        scan: while index < characters.count {
            let character = characters[index]
            switch character {
            case ";":
                break scan
            case "\"":
                index += 1
                while index < characters.count, characters[index] != "\"" { index += 1 }
            case "\\", "_", "*":
                index += 1
            case "[":
                var content = ""
                index += 1
                while index < characters.count, characters[index] != "]" {
                    content.append(characters[index])
                    index += 1
                }
                if !content.isEmpty, content.allSatisfy({ $0 == "h" || $0 == "m" || $0 == "s" }) {
                    hour = true
                }
            case "%":
                percent = true
            case "d":
                day = true
            case "y":
                year = true
            case "h":
                hour = true
            case "s":
                second = true
            case "m":
                month = true
            case "e" where index + 1 < characters.count && (characters[index + 1] == "+" || characters[index + 1] == "-"):
                index += 1
            default:
                let rest = String(characters[index...])
                for word in ["general", "am/pm", "a/p"] where rest.hasPrefix(word) {
                    index += word.count - 1
                    break
                }
            }
            index += 1
        }
        if percent {
            self = .percent
        } else if day || year {
            self = .date(day ? .day : (month ? .month : .year))
        } else if hour || second {
            self = .duration
        } else if month {
            self = .date(.month)
        } else {
            self = .general
        }
    }
}
