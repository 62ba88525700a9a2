extension IngestDetail {
    /// The agent names of every breakdown (calls, tickets, surveys, every company and period),
    /// distinct and sorted.
    package var agentNames: [String] {
        var names = Set<String>()
        for group in calls { for row in group.breakdown?.agents ?? [] { names.insert(row.agent) } }
        for group in tickets { for row in group.breakdown?.agents ?? [] { names.insert(row.name) } }
        for group in surveys { for row in group.breakdown?.agents ?? [] { names.insert(row.name) } }
        return names.sorted()
    }

    /// This detail with each agent name replaced by its pseudonym's number (`--pseudonymize-agents`):
    /// the names of the whole run (every export and company) sorted, numbered from 1. The same
    /// exports give the same numbers on every run, in the report and the JSON (`Conseiller 3`,
    /// `Agent 3`); a name added to or removed from the exports renumbers the names after it.
    package func pseudonymizingAgents() -> IngestDetail {
        var numbers: [String: String] = [:]
        for (offset, name) in agentNames.enumerated() { numbers[name] = String(offset + 1) }
        var copy = self
        copy.agentsPseudonymized = true
        for index in copy.calls.indices { copy.calls[index].breakdown?.agents = Self.renamed(calls[index].breakdown?.agents, \.agent, numbers) }
        for index in copy.tickets.indices { copy.tickets[index].breakdown?.agents = Self.renamed(tickets[index].breakdown?.agents, \.name, numbers) }
        for index in copy.surveys.indices { copy.surveys[index].breakdown?.agents = Self.renamed(surveys[index].breakdown?.agents, \.name, numbers) }
        return copy
    }

    /// `rows` with the name at `name` of each replaced by its number in `numbers` (a name without one is kept).
    private static func renamed<Row>(_ rows: [Row]?, _ name: WritableKeyPath<Row, String>, _ numbers: [String: String]) -> [Row]? {
        rows?.map { row in
            var row = row
            row[keyPath: name] = numbers[row[keyPath: name]] ?? row[keyPath: name]
            return row
        }
    }
}
