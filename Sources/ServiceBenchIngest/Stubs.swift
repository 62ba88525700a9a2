enum QueueLogIngest { static func run(files: [String], options: IngestOptions, calendar: PeriodCalendar) throws(IngestError) -> IngestResult { throw IngestError(.badMapping, "todo") } }
enum TicketsIngest { static func run(files: [String], options: IngestOptions, calendar: PeriodCalendar, zone: ZoneOffsets?) throws(IngestError) -> IngestResult { throw IngestError(.badMapping, "todo") } }
enum SurveysIngest { static func run(files: [String], options: IngestOptions, calendar: PeriodCalendar, zone: ZoneOffsets?) throws(IngestError) -> IngestResult { throw IngestError(.badMapping, "todo") } }
