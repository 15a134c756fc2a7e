// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "R2RWasm",
    products: [
        .library(name: "ObjWriter", targets: ["ObjWriter"]),
    ],
    targets: [
        .target(name: "ObjWriter"),
        .testTarget(name: "ObjWriterTests", dependencies: ["ObjWriter"]),
    ]
)
