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
    var byChannel: [String: Int] = [:]
}
