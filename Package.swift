// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "R2RWasm",
    products: [
        .library(name: "ObjWriter", targets: ["ObjWriter"]),
        .library(name: "WasmLink", targets: ["WasmLink"]),
        .library(name: "ECMA335", targets: ["ECMA335"]),
        .library(name: "R2RCodegen", targets: ["R2RCodegen"]),
        .executable(name: "r2r-ld", targets: ["r2r-ld"]),
        .executable(name: "r2r-cc", targets: ["r2r-cc"]),
    ],
    targets: [
        .target(name: "ObjWriter"),
        // The link context is one object whose arrays every stage reads and writes; runtime
        // exclusivity checks on them cost more than the rest of a symbol lookup.
        .target(name: "WasmLink", dependencies: ["ObjWriter"],
                swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])]),
        .target(name: "ECMA335"),
        .target(name: "R2RCodegen", dependencies: ["ObjWriter", "ECMA335"]),
        .executableTarget(name: "r2r-ld", dependencies: ["WasmLink"]),
        .executableTarget(name: "r2r-cc", dependencies: ["ECMA335", "R2RCodegen"]),
        .testTarget(name: "ObjWriterTests", dependencies: ["ObjWriter"]),
        .testTarget(name: "ECMA335Tests", dependencies: ["ECMA335"]),
        .testTarget(name: "R2RCodegenTests", dependencies: ["R2RCodegen", "ObjWriter", "ECMA335"]),
        .testTarget(name: "WasmLinkTests", dependencies: ["WasmLink", "ObjWriter"], exclude: ["Fixtures"]),
    ]
)
