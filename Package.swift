// swift-tools-version:6.1
import PackageDescription

/// Settings shared by every Swift target, as in Hummingbird's manifest.
let swiftSettings: [SwiftSetting] = [
    // SE-0335: `any` spelled out for existentials.
    .enableUpcomingFeature("ExistentialAny"),
    // SE-0444: a member is visible only in files that import its module.
    .enableUpcomingFeature("MemberImportVisibility"),
]

/// The reader's hot path (FeedReader, HTMLSanitizer) keeps its state in class properties, and
/// every access paid a dynamic exclusivity check (about 4% of reading time). Release builds
/// leave them out; debug builds, which run the tests and the fuzzers, keep them on.
let hotPathSettings: [SwiftSetting] = swiftSettings + [
    .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release)),
]

let package = Package(
    name: "arna",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "arna", targets: ["arna"]),
        .library(name: "ArnaCore", targets: ["ArnaCore"]),
        .library(name: "FeedReader", targets: ["FeedReader"]),
        .library(name: "TextEncodings", targets: ["TextEncodings"]),
        .library(name: "HTMLSanitizer", targets: ["HTMLSanitizer"]),
        .library(name: "Subscriptions", targets: ["Subscriptions"]),
        .library(name: "Store", targets: ["Store"]),
        .library(name: "FeedWriter", targets: ["FeedWriter"]),
        .library(name: "SiteContent", targets: ["SiteContent"]),
        .library(name: "Fetcher", targets: ["Fetcher"]),
        .library(name: "ArticleExtractor", targets: ["ArticleExtractor"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/adam-fowler/compress-nio", from: "1.5.0"),
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
        // Dates as feeds and Kazakh/Russian sites print them: hand-written scanning, Foundation only.
        .target(name: "FeedDates", swiftSettings: swiftSettings),
        // Bytes in, the normalized document and articles out.
        .target(
            name: "FeedReader",
            dependencies: ["ArnaCore", "CLibXML2", "FeedDates", "TextEncodings", "HTMLSanitizer"],
            swiftSettings: hotPathSettings
        ),
        // Charset decision and transcoding to UTF-8 (BOM, transport, declaration, sniffing).
        // Foundation and Glibc iconv only; used by the reader and for HTML pages.
        .target(name: "TextEncodings", swiftSettings: swiftSettings),
        // Allow-list HTML sanitizer and URL absolutizer over libxml2's SAX HTML parser.
        .target(name: "HTMLSanitizer", dependencies: ["CLibXML2", "TextEncodings"], swiftSettings: hotPathSettings),
        // The merged river: same-story collapsing and language views, pure functions over articles.
        .target(name: "Aggregator", dependencies: ["ArnaCore"], swiftSettings: swiftSettings),
        // The subscription list as OPML (Foundation's XMLParser, not libxml2).
        .target(name: "Subscriptions", dependencies: ["ArnaCore"], swiftSettings: swiftSettings),
        // Articles and fetch states in one SQLite file, through GRDB.
        .target(
            name: "Store",
            dependencies: ["ArnaCore", .product(name: "GRDB", package: "GRDB.swift")],
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
        // Article pages → Article: rules per outlet (feeds/extraction-rules.yaml) and a fallback, over libxml2's HTML DOM.
        .target(
            name: "ArticleExtractor",
            dependencies: ["ArnaCore", "CLibXML2", "FeedDates", "TextEncodings", "HTMLSanitizer", .product(name: "Yams", package: "Yams")],
            swiftSettings: swiftSettings
        ),
        // One refresh of the subscriptions: fetch → read → store → merged feeds. Used by `arna refresh`.
        .target(
            name: "Refresh",
            dependencies: ["Aggregator", "ArnaCore", "FeedReader", "Fetcher", "Store", "FeedWriter", "ArticleExtractor"],
            swiftSettings: swiftSettings
        ),
        // The daemon's clock-driven jobs: per-source due times, debounced merged feeds, the site's feed.
        .target(
            name: "Scheduler",
            dependencies: [
                "ArnaCore", "Refresh", "Store", "FeedWriter", "SiteContent",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        // `arna serve`'s HTTP side (Hummingbird): the output folder under /feeds/, the index, /healthz, /metrics.
        .target(
            name: "Server",
            dependencies: [
                "ArnaCore", "Store", "Scheduler", "SiteContent",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "CompressNIO", package: "compress-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "arna",
            dependencies: [
                "ArnaCore", "FeedReader", "FeedDates", "FeedWriter", "SiteContent",
                "Refresh", "Store", "Subscriptions", "Fetcher", "Scheduler", "Server", "ArticleExtractor",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        // `swift run -c release ReaderBenchmark [memory]`: the reader against libxml2's bare SAX2 floor.
        .executableTarget(
            name: "ReaderBenchmark",
            dependencies: ["FeedReader", "CLibXML2"],
            path: "Benchmarks/ReaderBenchmark",
            swiftSettings: swiftSettings
        ),
        // `swift run -c release RefreshBenchmark`: 1,000 sources on loopback, against the bare fetches.
        .executableTarget(
            name: "RefreshBenchmark",
            dependencies: ["Aggregator", "Refresh", "Fetcher", "Store", "FeedWriter", "ArnaCore", "LoopbackFeedServer"],
            path: "Benchmarks/RefreshBenchmark",
            swiftSettings: swiftSettings
        ),
        // libFuzzer targets (see README, Development): built with -sanitize=fuzzer,address -DFUZZING;
        // a normal build replays the files given as arguments.
        .target(name: "FuzzDriver", path: "Fuzz/FuzzDriver", swiftSettings: swiftSettings),
        .executableTarget(name: "ReaderFuzzer", dependencies: ["FeedReader", "ArnaCore", "FuzzDriver"], path: "Fuzz/ReaderFuzzer", swiftSettings: swiftSettings),
        .executableTarget(name: "ExtractorFuzzer", dependencies: ["ArticleExtractor", "ArnaCore", "FuzzDriver"], path: "Fuzz/ExtractorFuzzer", swiftSettings: swiftSettings),
        .executableTarget(name: "SanitizerFuzzer", dependencies: ["HTMLSanitizer", "FuzzDriver"], path: "Fuzz/SanitizerFuzzer", swiftSettings: swiftSettings),
        .target(name: "ArnaTestSupport", dependencies: ["ArnaCore"], path: "Tests/ArnaTestSupport", swiftSettings: swiftSettings),
        .testTarget(name: "ArnaCoreTests", dependencies: ["ArnaCore", "ArnaTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "TextEncodingsTests", dependencies: ["TextEncodings", "ArnaTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "HTMLSanitizerTests", dependencies: ["HTMLSanitizer", "ArnaTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "FeedDatesTests", dependencies: ["FeedDates", "ArnaTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "ArnaCLITests", dependencies: ["arna", "Refresh", "ArnaTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "AggregatorTests", dependencies: ["Aggregator", "ArnaCore"], swiftSettings: swiftSettings),
        .testTarget(name: "SubscriptionsTests", dependencies: ["Subscriptions", "ArnaCore", "ArnaTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "StoreTests", dependencies: ["Store", "ArnaCore", "ArnaTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "RoundTripTests", dependencies: ["FeedReader", "FeedWriter", "SiteContent", "ArnaCore", "ArnaTestSupport"], swiftSettings: swiftSettings),
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
        // A loopback HTTP server that serves feeds from memory, for refresh tests and the refresh benchmark.
        .target(
            name: "LoopbackFeedServer",
            dependencies: [
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOHTTPCompression", package: "swift-nio-extras"),
            ],
            path: "Tests/LoopbackFeedServer",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "RefreshTests",
            dependencies: ["Refresh", "Fetcher", "Store", "FeedWriter", "ArnaCore", "ArnaTestSupport", "LoopbackFeedServer", "ArticleExtractor"],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "ArticleExtractorTests", dependencies: ["ArticleExtractor", "ArnaCore", "ArnaTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "FeedReaderTests", dependencies: ["FeedReader", "ArnaCore", "ArnaTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "FeedWriterTests", dependencies: ["FeedWriter", "SiteContent", "ArnaCore", "ArnaTestSupport"], swiftSettings: swiftSettings),
        .testTarget(
            name: "ServeTests",
            dependencies: [
                "Scheduler", "Server", "Refresh", "Fetcher", "Store", "FeedWriter", "SiteContent", "ArnaCore", "ArnaTestSupport",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "SiteContentTests", dependencies: ["SiteContent", "ArnaCore", "ArnaTestSupport"], swiftSettings: swiftSettings),
    ]
)
