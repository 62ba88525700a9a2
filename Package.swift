// swift-tools-version:6.2
import PackageDescription

let package = Package(
    name: "ServiceBench",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "servicebench", targets: ["servicebench"]),
        // For Benchmarks/report/RenderBench (the report layer alone on a synthetic panel), the one
        // other package that uses ServiceBench's modules: their `public` API is what it may use.
        .library(name: "ServiceBenchReport", targets: ["ServiceBenchCore", "ServiceBenchStaffing", "ServiceBenchReport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // The ZIP container of Excel workbooks (.xlsx), read by ServiceBenchCore's workbook reader.
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        // The project file (`report --config servicebench.toml`), read by the command line.
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
        // Test only: the reference renderer the template engine is held to, byte for byte (pinned: the
        // tests compare bytes with this exact version).
        .package(url: "https://github.com/hummingbird-project/swift-mustache", exact: "2.1.1"),
        // Test only: a reference CSV reader for the ingest scanner's quoting edge cases.
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        // libxml2, wrapped once by ServiceBenchCore's XML wrapper.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // zlib's deflate and CRC-32, for the workbooks the report writes (ZIPFoundation keeps its own zlib module to itself).
        .systemLibrary(
            name: "CZlibDeflate",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),
        // KPI catalogue, reference data, KPI tables (CSV, Excel workbooks), comparison, the libxml2 wrapper.
        .target(
            name: "ServiceBenchCore",
            dependencies: ["CLibXML2", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // Raw exports (calls CSV, Asterisk queue_log, tickets, surveys) to KPIs: the hot path.
        .target(
            name: "ServiceBenchIngest",
            dependencies: ["ServiceBenchCore"]
        ),
        // Staffing: Erlang B, C and A, the agent search, the weekly and average-volume planners, and
        // the what-if of a report from its raw calls or its KPIs.
        .target(
            name: "ServiceBenchStaffing",
            dependencies: ["ServiceBenchCore", "ServiceBenchIngest"]
        ),
        // Report model, templates, checked output, the Excel workbook and CSV of every figure.
        .target(
            name: "ServiceBenchReport",
            dependencies: ["ServiceBenchCore", "ServiceBenchIngest", "ServiceBenchStaffing", "CZlibDeflate"]
        ),
        // The thin command-line interface.
        .executableTarget(
            name: "servicebench",
            dependencies: [
                "ServiceBenchCore",
                "ServiceBenchIngest",
                "ServiceBenchStaffing",
                "ServiceBenchReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        // libFuzzer targets over every reader (see Fuzz/README.md); without the fuzzer, a replayer.
        .executableTarget(
            name: "servicebench-fuzz",
            dependencies: ["ServiceBenchCore", "ServiceBenchIngest", "ServiceBenchReport", "ServiceBenchTestSupport"],
            path: "Fuzz/Sources/ServiceBenchFuzz"
        ),
        // What the test targets share (a seeded random-number generator, a FIFO reader, workbooks written and read back).
        .target(
            name: "ServiceBenchTestSupport",
            dependencies: ["ServiceBenchCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Tests/ServiceBenchTestSupport"),
        .testTarget(name: "ServiceBenchCoreTests", dependencies: ["ServiceBenchCore", "ServiceBenchTestSupport"]),
        .testTarget(name: "ServiceBenchStaffingTests", dependencies: ["ServiceBenchStaffing", "ServiceBenchTestSupport"]),
        .testTarget(
            name: "ServiceBenchIngestTests",
            dependencies: ["ServiceBenchIngest", "ServiceBenchTestSupport", .product(name: "CSV", package: "CSV.swift")]),
        .testTarget(
            name: "ServiceBenchReportTests",
            dependencies: ["ServiceBenchReport", "ServiceBenchStaffing", "ServiceBenchTestSupport", .product(name: "Mustache", package: "swift-mustache")],
            exclude: ["Golden", "README.md"]),
        .testTarget(name: "ServiceBenchCLITests", dependencies: ["servicebench", "ServiceBenchStaffing", "ServiceBenchTestSupport"], exclude: ["Help", "Fixtures"]),
        .testTarget(name: "ServiceBenchFuzzTests", dependencies: ["servicebench-fuzz"]),
    ]
)
