/// How a study's region relates to the company's country, for ordering references (same region first).
public enum RegionMatch: Int, Sendable, Comparable {
    /// The study's region is the company's country.
    case same = 0
    /// A wider region that holds the company's country (`europe` for `fr`, `global`).
    case containing = 1
    /// Another region, or one not stated.
    case other = 2

    public static func < (lhs: RegionMatch, rhs: RegionMatch) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The company's country when nothing says otherwise.
    public static let defaultCountry = "fr"

    /// The European countries' ISO 3166 codes (lower case), held by a study of region `europe`.
    static let europe: Set<String> = [
        "at", "be", "bg", "ch", "cy", "cz", "de", "dk", "ee", "es", "fi", "fr", "gb", "gr", "hr", "hu", "ie", "is", "it",
        "li", "lt", "lu", "lv", "mt", "nl", "no", "pl", "pt", "ro", "se", "si", "sk",
    ]
    static let northAmerica: Set<String> = ["us", "ca", "mx"]

    /// The region codes a study may have besides a country's two letters.
    public static let regionWords: Set<String> = ["europe", "north-america", "global", "unknown"]

    /// Whether `code` is a region code: two lower-case letters (ISO 3166) or one of `regionWords`.
    public static func isRegionCode(_ code: String) -> Bool {
        regionWords.contains(code) || (code.count == 2 && code.allSatisfy { ("a"..."z").contains($0) })
    }

    /// How a study of region `study` relates to a company in `country` (both codes, case-insensitive).
    public init(study: String, country: String) {
        let study = study.lowercased(), country = country.lowercased()
        if study == country {
            self = .same
        } else if study == "global" || (study == "europe" && Self.europe.contains(country))
            || (study == "north-america" && Self.northAmerica.contains(country))
        {
            self = .containing
        } else {
            self = .other
        }
    }
}
