import Foundation
import ServiceBenchCore

/// Deterministic, portable file names from company names: accents dropped (`Société` → `societe`),
/// lower-case ASCII letters and digits, every other run of characters one `-`, at most 60 characters.
/// Duplicates get the period, then a counter; `index` is reserved for the panel page.
enum FileNamer {
    static let maximumLength = 60

    static func stem(_ name: String) -> String {
        var stem = ""
        var pendingDash = false
        for scalar in name.decomposedStringWithCanonicalMapping.unicodeScalars {
            let value = scalar.value
            let isDigit = value >= 48 && value <= 57, isUpper = value >= 65 && value <= 90, isLower = value >= 97 && value <= 122
            if isDigit || isUpper || isLower {
                if pendingDash && !stem.isEmpty { stem += "-" }
                pendingDash = false
                stem.unicodeScalars.append(isUpper ? Unicode.Scalar(value + 32)! : scalar)
                if stem.count >= maximumLength { break }
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else {
                pendingDash = true
            }
        }
        return stem.isEmpty ? "company" : stem
    }

    /// One unique stem per comparison, in input order.
    static func stems(for comparisons: [CompanyComparison]) -> [String] {
        var used: Set<String> = ["index"]
        var stems: [String] = []
        for comparison in comparisons {
            let base = stem(comparison.company.name)
            var candidate = base
            if used.contains(candidate) { candidate = base + "-" + comparison.period.description.lowercased() }
            var counter = 2
            let withPeriod = candidate
            while used.contains(candidate) {
                candidate = "\(withPeriod)-\(counter)"
                counter += 1
            }
            used.insert(candidate)
            stems.append(candidate)
        }
        return stems
    }
}
