// swift-tools-version:6.0
// Renderer-only benchmark entry point: renders a synthetic panel with the report layer (templates,
// libxml2 check, atomic writes) without the comparison engine. The sources are the package's own,
// linked from ../../../Sources. Used by ../run when `servicebench report` cannot run yet, and for profiling.
import PackageDescription

let package = Package(
    name: "RenderBench",
    platforms: [.macOS(.v13)],
    targets: [
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0"),
        .target(name: "ServiceBenchCore", dependencies: ["CLibXML2"]),
        .target(name: "ServiceBenchReport", dependencies: ["ServiceBenchCore"]),
        .executableTarget(name: "RenderBench", dependencies: ["ServiceBenchCore", "ServiceBenchReport"]),
    ]
)
