// swift-tools-version:6.1
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "leadline",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "leadline", targets: ["leadline"]),
        .library(name: "LeadlineCore", targets: ["LeadlineCore"]),
        .library(name: "LeadlineCSV", targets: ["LeadlineCSV"]),
        .library(name: "LeadlineStore", targets: ["LeadlineStore"]),
        .library(name: "LeadlineServer", targets: ["LeadlineServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.36.0"),
        .package(url: "https://github.com/vapor/sqlite-kit.git", from: "4.5.2"),
        .package(url: "https://github.com/vapor/postgres-kit.git", from: "2.17.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.3"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/vapor/multipart-kit.git", from: "4.7.1"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
    ],
    targets: [
        .target(
            name: "LeadlineCore",
            swiftSettings: strict
        ),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CCurl", path: "Sources/CCurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        .target(
            name: "LeadlineCSV",
            dependencies: ["CZlib"],
            swiftSettings: strict
        ),
        .target(
            name: "LeadlineStore",
            dependencies: [
                "LeadlineCore",
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "SQLiteKit", package: "sqlite-kit"),
                .product(name: "PostgresKit", package: "postgres-kit"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "LeadlineEngine",
            dependencies: [
                "LeadlineCore",
                "LeadlineCSV",
                "LeadlineStore",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                "CCurl",
            ],
            swiftSettings: strict
        ),
        .target(
            name: "LeadlineServer",
            dependencies: [
                "LeadlineCore",
                "LeadlineCSV",
                "LeadlineStore",
                "LeadlineEngine",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            // Embedded in the binary, so that a deployed server needs no files beside it.
            resources: [
                .embedInCode("OpenAPI/openapi.json"),
                .embedInCode("Web/Templates"),
                .embedInCode("Web/Static"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "leadline",
            dependencies: [
                "LeadlineServer",
                "LeadlineCSV",
                "LeadlineEngine",
                "LeadlineStore",
                "LeadlineCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "leadline-bench",
            dependencies: [
                "LeadlineStore",
                "LeadlineEngine",
                "LeadlineServer",
                "LeadlineCSV",
                "LeadlineCore",
                "LeadlineTestSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
            ],
            path: "Benchmarks/leadline-bench",
            swiftSettings: strict
        ),
        .target(
            name: "LeadlineTestSupport",
            dependencies: [
                "LeadlineStore",
                "LeadlineCSV",
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            path: "Tests/LeadlineTestSupport",
            swiftSettings: strict
        ),
        .testTarget(
            name: "LeadlineCoreTests",
            dependencies: ["LeadlineCore"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "LeadlineCSVTests",
            dependencies: ["LeadlineCSV", "LeadlineTestSupport"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "LeadlineStoreTests",
            dependencies: ["LeadlineStore", "LeadlineTestSupport"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "LeadlineEngineTests",
            dependencies: ["LeadlineEngine", "LeadlineTestSupport"],
            swiftSettings: strict
        ),
        .testTarget(
            name: "LeadlineServerTests",
            dependencies: [
                "LeadlineServer",
                "LeadlineTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: strict
        ),
        .testTarget(
            name: "leadlineTests",
            dependencies: ["leadline", "LeadlineTestSupport"],
            swiftSettings: strict
        ),
    ]
)
