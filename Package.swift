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
        .library(name: "FeedWriter", targets: ["FeedWriter"]),
        .library(name: "SiteContent", targets: ["SiteContent"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
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
        // Renders [Article] as Atom (with RFC 5005 archives), RSS 2.0 and JSON Feed; validates feeds.
        .target(name: "FeedWriter", dependencies: ["ArnaCore"], swiftSettings: swiftSettings),
        // The site's own articles (Markdown/JSON with front matter) and settings (feeds/site.yaml).
        .target(
            name: "SiteContent",
            dependencies: [
                "ArnaCore",
                .product(name: "Ink", package: "Ink"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "arna",
            dependencies: [
                "ArnaCore", "FeedReader", "FeedWriter", "SiteContent",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(name: "ArnaTestSupport", dependencies: ["ArnaCore"], path: "Tests/ArnaTestSupport", swiftSettings: swiftSettings),
        .testTarget(name: "ArnaCoreTests", dependencies: ["ArnaCore", "ArnaTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "FeedReaderTests", dependencies: ["FeedReader", "ArnaCore", "ArnaTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "FeedWriterTests", dependencies: ["FeedWriter", "SiteContent", "ArnaCore", "ArnaTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "SiteContentTests", dependencies: ["SiteContent", "ArnaCore", "ArnaTestSupport"], swiftSettings: swiftSettings),
    ]
)
