// swift-tools-version:6.2
// Renderer-only benchmark entry point: renders a synthetic panel with the report layer (templates,
// libxml2 check, atomic writes) without the comparison engine. It depends on the ServiceBench package
// (three folders up) by path and uses its `ServiceBenchReport` library product. Used by ../run with
// RENDERER_ONLY=1, and for profiling.
import PackageDescription

let package = Package(
    name: "RenderBench",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "ServiceBench", path: "../../..")],
    targets: [
        .executableTarget(
            name: "RenderBench",
            dependencies: [.product(name: "ServiceBenchReport", package: "ServiceBench")]
        )
    ]
)
