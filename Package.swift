// swift-tools-version:6.1
import PackageDescription

/// Settings shared by every Swift target, as in Hummingbird's manifest.
let swiftSettings: [SwiftSetting] = [
    // SE-0335: `any` spelled out for existentials.
    .enableUpcomingFeature("ExistentialAny"),
    // SE-0444: a member is visible only in files that import its module.
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "arna",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "arna", targets: ["arna"]),
        .library(name: "ArnaCore", targets: ["ArnaCore"]),
        .library(name: "FeedReader", targets: ["FeedReader"]),
        .library(name: "TextEncodings", targets: ["TextEncodings"]),
        .library(name: "Fetcher", targets: ["Fetcher"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
    ],
    targets: [
        // libxml2 from the system (Debian: libxml2-dev). Imported only by the reading
        // and writing modules, always as `internal import`.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // The shared article model: value types, Foundation only.
        .target(name: "ArnaCore", swiftSettings: swiftSettings),
        // Bytes in, the normalized document and articles out.
        .target(
            name: "FeedReader",
            dependencies: ["ArnaCore", "CLibXML2"],
            swiftSettings: swiftSettings
        ),
        // Charset decision and transcoding to UTF-8 (BOM, transport, declaration, sniffing).
        // Foundation and Glibc iconv only; used by the reader and for HTML pages.
        .target(name: "TextEncodings", swiftSettings: swiftSettings),
        // HTTP(S) and file fetching with conditional GET, redirects, limits and per-host politeness.
        .target(
            name: "Fetcher",
            dependencies: [
                "ArnaCore",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPCompression", package: "swift-nio-extras"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "arna",
            dependencies: [
                "ArnaCore", "FeedReader",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(name: "ArnaTestSupport", dependencies: ["ArnaCore"], path: "Tests/ArnaTestSupport", swiftSettings: swiftSettings),
        .testTarget(name: "ArnaCoreTests", dependencies: ["ArnaCore", "ArnaTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "TextEncodingsTests", dependencies: ["TextEncodings", "ArnaTestSupport"], swiftSettings: swiftSettings),
        .testTarget(
            name: "FetcherTests",
            dependencies: [
                "Fetcher", "ArnaCore", "ArnaTestSupport",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "FeedReaderTests", dependencies: ["FeedReader", "ArnaCore", "ArnaTestSupport"], swiftSettings: swiftSettings),
    ]
)
