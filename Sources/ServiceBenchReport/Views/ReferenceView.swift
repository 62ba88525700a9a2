/// A KPI's position in one study: the study, the position in words and as a bar, the study's own
/// figures and its source.
package struct ReferenceView: TemplateView {
    /// The position bar's geometry (`chart-position.mustache`), SVG user units on a 240-unit track.
    package struct PositionBar: TemplateView {
        let intervalX: String
        let intervalWidth: String
        /// Whether the study identifies an estimate to mark; without one the bar is the interval alone.
        let hasMarker: Bool
        let markerX: String?

        package static let templateMembers: [TemplateMember<Self>] = [
            .text("intervalX", \.intervalX), .text("intervalWidth", \.intervalWidth), .flag("hasMarker", \.hasMarker),
            .text("markerX", \.markerX),
        ]
    }

    let studyName: String
    let studyTitle: String
    let studyYear: String
    let sample: String
    let sampleDescription: String
    let method: String
    /// The study's region in the report's language; nil when unknown.
    let regionName: String?
    let hasPosition: Bool
    /// `62e centile`, a range, or why there is no position.
    let positionText: String
    let approximate: Bool
    /// The interval is too wide for its estimate's quartile colour.
    let uninformative: Bool
    let bar: PositionBar?
    /// `q1` … `q4`, or `uninformative`; nil without a position.
    let quartileClass: String?
    /// The bar's accessible label; nil without a position.
    let barLabel: String?
    let band: String?
    let segment: String?
    let medianText: String?
    let meanText: String?
    let formulaVariant: String?
    let note: String?
    let source: SourceView
    /// The `id` of the study's entry in the list of studies (`#study-…`).
    let studyAnchor: String
    /// The figure's source is one of its study's citations, which the list of studies shows: a
    /// context line then gives the figure's statement alone.
    let sourceInStudies: Bool

    package static let templateMembers: [TemplateMember<Self>] = [
        .text("studyName", \.studyName), .text("studyTitle", \.studyTitle), .text("studyYear", \.studyYear), .text("sample", \.sample),
        .text("sampleDescription", \.sampleDescription), .text("method", \.method), .text("regionName", \.regionName), .flag("hasPosition", \.hasPosition),
        .text("positionText", \.positionText), .flag("approximate", \.approximate), .flag("uninformative", \.uninformative),
        .view("bar", \.bar), .text("quartileClass", \.quartileClass), .text("barLabel", \.barLabel), .text("band", \.band),
        .text("segment", \.segment), .text("medianText", \.medianText), .text("meanText", \.meanText),
        .text("formulaVariant", \.formulaVariant), .text("note", \.note), .view("source", \.source),
        .text("studyAnchor", \.studyAnchor), .flag("sourceInStudies", \.sourceInStudies),
    ]
}
