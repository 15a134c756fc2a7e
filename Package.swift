// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "R2RWasm",
    products: [
        .library(name: "ObjWriter", targets: ["ObjWriter"]),
        .library(name: "WasmLink", targets: ["WasmLink"]),
        .executable(name: "r2r-ld", targets: ["r2r-ld"]),
    ],
    targets: [
        .target(name: "ObjWriter"),
        // The link context is one object whose arrays every stage reads and writes; runtime
        // exclusivity checks on them cost more than the rest of a symbol lookup.
        .target(name: "WasmLink", dependencies: ["ObjWriter"],
                swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])]),
        .executableTarget(name: "r2r-ld", dependencies: ["WasmLink"]),
        .testTarget(name: "ObjWriterTests", dependencies: ["ObjWriter"]),
        .testTarget(name: "WasmLinkTests", dependencies: ["WasmLink", "ObjWriter"], exclude: ["Fixtures"]),
    ]
)
