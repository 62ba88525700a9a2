import ServiceBenchCore

/// The survey question types and their scales.
enum SurveyType: Sendable {
    /// "How satisfied were you?" on 1–5.
    case csat
    /// "How likely are you to recommend us?" on 0–10.
    case nps
    /// CES 2.0: "The company made it easy to handle my issue", 1 (strongly disagree) to 7 (strongly
    /// agree); higher is better.
    case ces
    /// CES 1.0: "How much effort did you have to put forth?", 1 (very low) to 5 (very high); lower is
    /// better. Converted to the 1–7 agreement scale by 7 − 1.5 × (score − 1): 1 → 7, 3 → 4, 5 → 1.
    case cesEffort5

    init?(_ text: String) {
        switch text.trimmingWhitespace().lowercased() {
        case "csat": self = .csat
        case "nps": self = .nps
        case "ces", "ces7", "ces-7": self = .ces
        case "ces5", "ces-5", "ces-effort", "effort": self = .cesEffort5
        default: return nil
        }
    }

    var range: ClosedRange<Int> {
        switch self {
        case .csat, .cesEffort5: return 1...5
        case .nps: return 0...10
        case .ces: return 1...7
        }
    }
}
