extension DataQuality {
    /// The data quality of one input as JSON: `source`, `records_read`, `rejected`, `rejections`
    /// (`reason`, `count`, first `examples` with their `location` and `message`), `notes`.
    package var jsonValue: JSONValue {
        .object([
            ("source", .string(source)),
            ("records_read", .number(Double(recordsRead))),
            ("rejected", .number(Double(rejectedCount))),
            ("rejections", .array(rejections.keys.sorted().compactMap { reason in
                rejections[reason].map { entry in
                    .object([
                        ("reason", .string(reason)),
                        ("count", .number(Double(entry.count))),
                        ("examples", .array(entry.examples.map { example in
                            .object([("location", .string(example.location.description)), ("message", .string(example.message))])
                        })),
                    ])
                }
            })),
            ("notes", .array(notes.map(JSONValue.string))),
        ])
    }
}
