/// One dimension of the report (`section-dimension.mustache`): its measured KPIs in catalogue order.
package struct DimensionView: TemplateView {
    let anchor: String
    let title: String
    let intro: String
    let entries: [KPIEntryView]

    package static let templateMembers: [TemplateMember<Self>] = [
        .text("anchor", \.anchor), .text("title", \.title), .text("intro", \.intro), .list("entries", \.entries),
    ]
}
