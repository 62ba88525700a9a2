/// Survey responses of one period.
struct SurveyAggregate {
    var csat = 0
    var csatSatisfied = 0
    var nps = 0
    var promoters = 0
    var passives = 0
    var detractors = 0
    var ces7 = 0
    var ces5 = 0
    /// Sum of CES scores on the 1–7 scale, in halves (1.5-point steps of the conversion stay exact).
    var cesHalfPoints = 0
    /// Σ of the squared half points, for the standard deviation of CES.
    var cesHalfPointSquares = 0
    var byChannel: [String: Int] = [:]

    /// Counts one response (score already checked against the type's scale), in place.
    mutating func add(_ kind: SurveyType, score value: Int, channel: String?) {
        switch kind {
        case .csat:
            csat += 1
            if value >= 4 { csatSatisfied += 1 }
        case .nps:
            nps += 1
            if value >= 9 { promoters += 1 } else if value >= 7 { passives += 1 } else { detractors += 1 }
        case .ces:
            ces7 += 1
            addCES(halfPoints: 2 * value)
        case .cesEffort5:
            ces5 += 1
            addCES(halfPoints: 14 - 3 * (value - 1))
        }
        if let channel { byChannel[channel, default: 0] += 1 }
    }

    private mutating func addCES(halfPoints: Int) {
        cesHalfPoints += halfPoints
        cesHalfPointSquares += halfPoints * halfPoints
    }
}
