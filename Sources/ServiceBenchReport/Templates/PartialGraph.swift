import Foundation
import ServiceBenchCore

/// The checks of a template set's partials, made once when it loads so that rendering can neither
/// miss a partial nor recurse without end: every `{{>name}}` names a template of the set, no partial
/// includes itself (directly or through others), and no chain of sections and partials nests deeper
/// than `TemplateLimits.maximumNesting`. Iterative (an explicit stack), linear in the number of tags.
enum PartialGraph {
    /// Throws the first problem, templates taken by name and tags in the order of their text.
    static func check(_ templates: [String: CompiledTemplate], directory: String) throws(ReportError) {
        let names = templates.keys.sorted()
        for name in names {
            for tag in templates[name]?.partials ?? [] where templates[tag.name] == nil {
                throw ReportError(
                    .missingPartial, "the partial '\(tag.name)' included here does not exist; add \(tag.name).mustache to the templates directory or fix the name",
                    at: location(of: tag, in: name, directory: directory))
            }
        }
        let order = try dependencyOrder(templates, names: names, directory: directory)
        try checkNesting(templates, order: order, directory: directory)
    }

    /// The templates, each after every partial it includes (a depth-first post-order); throws at the
    /// tag that closes a cycle.
    private static func dependencyOrder(_ templates: [String: CompiledTemplate], names: [String], directory: String) throws(ReportError) -> [String] {
        enum Mark { case onPath, done }
        var marks: [String: Mark] = [:]
        var order: [String] = []
        for root in names where marks[root] == nil {
            var path: [(name: String, nextTag: Int)] = [(root, 0)]
            marks[root] = .onPath
            while let top = path.last {
                let name = top.name, nextTag = top.nextTag
                let tags = templates[name]?.partials ?? []
                guard nextTag < tags.count else {
                    marks[name] = .done
                    order.append(name)
                    path.removeLast()
                    continue
                }
                path[path.count - 1].nextTag += 1
                let tag = tags[nextTag]
                switch marks[tag.name] {
                case .done:
                    continue
                case .onPath:
                    let start = path.firstIndex { $0.name == tag.name } ?? 0
                    let cycle = (path[start...].map(\.name) + [tag.name]).joined(separator: " -> ")
                    throw ReportError(
                        .partialCycle, "the partial '\(tag.name)' includes itself (\(cycle)), which would never end; remove one of these inclusions",
                        at: location(of: tag, in: name, directory: directory))
                case nil:
                    marks[tag.name] = .onPath
                    path.append((tag.name, 0))
                }
            }
        }
        return order
    }

    /// The nesting of each template (its sections, and for each partial tag the sections around it,
    /// one for the inclusion and the partial's own nesting), computed after the partials it includes.
    private static func checkNesting(_ templates: [String: CompiledTemplate], order: [String], directory: String) throws(ReportError) {
        var nesting: [String: Int] = [:]
        /// The partial through which a template reaches its nesting, to name the chain in an error.
        var deepestPartial: [String: String] = [:]
        for name in order {
            guard let template = templates[name] else { continue }
            var deepest = template.sectionDepth
            for tag in template.partials {
                let depth = tag.enclosingSections + 1 + (nesting[tag.name] ?? 0)
                if depth > TemplateLimits.maximumNesting {
                    var chain = [name, tag.name]
                    while let next = deepestPartial[chain[chain.count - 1]] { chain.append(next) }
                    throw ReportError(
                        .templateTooDeep,
                        "including '\(tag.name)' here nests sections and partials \(depth) levels deep (\(chain.joined(separator: " -> "))); at most \(TemplateLimits.maximumNesting) are allowed: flatten the templates",
                        at: location(of: tag, in: name, directory: directory))
                }
                if depth > deepest {
                    deepest = depth
                    deepestPartial[name] = tag.name
                }
            }
            nesting[name] = deepest
        }
    }

    private static func location(of tag: CompiledTemplate.PartialTag, in template: String, directory: String) -> SourceLocation {
        SourceLocation(file: (directory as NSString).appendingPathComponent("\(template).mustache"), line: tag.line, column: tag.column)
    }
}
