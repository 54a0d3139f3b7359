import ArgumentParser
import ArnaCore
import FeedWriter
import Fetcher
import Foundation
import Logging
import Metrics
import Prometheus
import Refresh
import Scheduler
import Server
import ServiceLifecycle
import SiteContent
import Store
import Subscriptions
import UnixSignals
#if canImport(Glibc)
import Glibc
#endif

extension Arna {
    /// `arna serve`: the daemon that refreshes on a timer and serves the feeds.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Refresh every source on its own schedule and serve the feeds over HTTP.",
            discussion: """
                One process: each source is fetched when due (its interval, or an adaptive one from \
                how often it publishes, 10 min to 24 h; never sooner than its ttl, Cache-Control \
                max-age or Retry-After; backoff after failures; a little jitter), the merged feeds are \
                rewritten once per burst of changes, and the site's own feed on its own timer and when \
                its content folder changes. Serves GET/HEAD /feeds/NAME (ETag, Last-Modified, 304, \
                gzip), an index page at /, /healthz and /metrics (Prometheus).
                Settings: the settings file (keys listen_host, listen_port, refresh_interval, \
                min_interval, max_interval, site_interval, content_poll, debounce, jitter; durations \
                like 90s, 10m, 1h), overridden by ARNA_HOST, ARNA_PORT, ARNA_REFRESH_INTERVAL, \
                ARNA_MIN_INTERVAL, ARNA_MAX_INTERVAL, ARNA_SITE_INTERVAL, ARNA_CONTENT_POLL, \
                ARNA_DEBOUNCE, ARNA_JITTER, ARNA_SOURCES, ARNA_STORE, ARNA_OUT, ARNA_CONTENT, \
                ARNA_SETTINGS, ARNA_LOG_LEVEL, overridden by the flags.
                Prints `listening on http://HOST:PORT` once listening. SIGTERM or SIGINT: stops \
                taking requests, lets the refresh under way finish, writes pending feeds, closes the \
                store, exits 0. Takes the same lock as `arna refresh`, so cron and the daemon never \
                overlap. Exit status 2 for a configuration error.
                """
        )

        @Option(help: ArgumentHelp("The subscription list (default: ARNA_SOURCES, else `sources` from the settings).", valueName: "file.opml"))
        var sources: String?

        @Option(help: ArgumentHelp("The SQLite store (default: ARNA_STORE, else `store_path` from the settings).", valueName: "path"))
        var store: String?

        @Option(help: ArgumentHelp("Where the feeds are written and served from (default: ARNA_OUT, else `output_folder`).", valueName: "dir"))
        var out: String?

        @Option(help: ArgumentHelp("The site's article folder (default: ARNA_CONTENT, else `content_folder`).", valueName: "dir"))
        var content: String?

        @Option(help: ArgumentHelp("The site settings file (default: ARNA_SETTINGS, else feeds/site.yaml).", valueName: "file"))
        var settings: String?

        @Option(help: ArgumentHelp("The address to listen on (default: ARNA_HOST, else `listen_host`, else 127.0.0.1).", valueName: "address"))
        var host: String?

        @Option(help: ArgumentHelp("The port; 0 picks a free one (default: ARNA_PORT, else `listen_port`, else 8080).", valueName: "n"))
        var port: Int?

        @Option(help: ArgumentHelp("Interval of sources without their own: a duration (10m) or `adaptive` (default: ARNA_REFRESH_INTERVAL, else `refresh_interval`, else adaptive).", valueName: "duration"))
        var refreshInterval: String?

        func run() async throws {
            let env = ProcessInfo.processInfo.environment
            let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
            let settingsURL = URL(fileURLWithPath: settings ?? env["ARNA_SETTINGS"] ?? "feeds/site.yaml", relativeTo: cwd)
            var site: SiteSettings
            var serve: ServeSettings
            let list: SubscriptionList
            do {
                site = try SiteSettings.load(from: settingsURL)
                ServeSettings.overrideSite(&site, environment: env)
                let yaml = (try? String(contentsOf: settingsURL, encoding: .utf8)) ?? ""
                serve = try ServeSettings.decode(yaml: yaml)
                try serve.apply(environment: env)
                if let host { serve.host = host }
                if let port {
                    guard (0...65_535).contains(port) else { throw ServeSettingsError(name: "--port", value: "\(port)", expected: "a port number 0…65535") }
                    serve.port = port
                }
                if let refreshInterval {
                    do {
                        try serve.apply(environment: ["ARNA_REFRESH_INTERVAL": refreshInterval])
                    } catch let error as ServeSettingsError {
                        throw ServeSettingsError(name: "--refresh-interval", value: error.value, expected: error.expected)
                    }
                }
                list = try SubscriptionList.load(from: URL(fileURLWithPath: sources ?? site.sources, relativeTo: cwd))
            } catch {
                Self.fail("\(error)")
            }
            let storePath = URL(fileURLWithPath: store ?? site.storePath, relativeTo: cwd).path
            let outFolder = out.map { URL(fileURLWithPath: $0, isDirectory: true, relativeTo: cwd) } ?? site.outputFolderURL(relativeTo: cwd)
            let contentFolder = content.map { URL(fileURLWithPath: $0, isDirectory: true, relativeTo: cwd) } ?? site.contentFolderURL(relativeTo: cwd)

            LoggingSystem.bootstrap { label in
                var handler = StreamLogHandler.standardError(label: label)
                handler.logLevel = env["ARNA_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
                return handler
            }
            let logger = Logger(label: "arna.serve")
            let registry = PrometheusCollectorRegistry()
            MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))

            let lock: RunLock
            do {
                guard let taken = try RunLock(path: storePath + ".lock") else {
                    Self.fail("another arna refresh or serve holds the lock \(storePath).lock")
                }
                lock = taken
            } catch {
                Self.fail("cannot create the lock file \(storePath).lock: \(error.localizedDescription)")
            }
            var articleStore: SQLiteArticleStore?
            do {
                try FileManager.default.createDirectory(atPath: (storePath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                articleStore = try SQLiteArticleStore(path: storePath)
            } catch {
                Self.fail("cannot open the store \(storePath): \(error)")
            }

            // The output folder exists from the start, so the server can resolve it.
            try? FileManager.default.createDirectory(at: outFolder, withIntermediateDirectories: true)

            var refreshSettings = RefreshSettings()
            refreshSettings.mergedEntries = site.mergedEntries
            refreshSettings.retention = TimeInterval(site.retentionDays) * 86_400
            refreshSettings.defaultInterval = serve.policy.runnerInterval
            var feedConfiguration = site.feedConfiguration
            feedConfiguration.entriesPerFeed = site.mergedEntries
            let fetcher = HTTPFetcher()
            let dates = ClockDates(clock: ContinuousClock())
            do {
                let runner = RefreshRunner(
                    store: articleStore!, fetcher: fetcher,
                    publisher: MergedFeedPublisher(base: feedConfiguration, folder: outFolder),
                    settings: refreshSettings, now: { dates.now() })
                let scheduler = Scheduler(
                    sources: list.sources, runner: runner,
                    site: SiteFeedJob(settings: site, contentFolder: contentFolder, outputFolder: outFolder),
                    policy: serve.policy, dates: dates, logger: Logger(label: "arna.scheduler"))
                let server = FeedServer(
                    folder: outFolder, store: articleStore!, sources: list.sources, title: site.title,
                    cache: CachePolicy(merged: Int(serve.policy.runnerInterval.timeInterval), site: Int(serve.policy.siteInterval.timeInterval)),
                    registry: registry)
                let app = server.application(host: serve.host, port: serve.port, logger: Logger(label: "arna.http")) { host, port in
                    let shown = host.contains(":") ? "[\(host)]" : host
                    // Unbuffered, so a script reading the pipe sees it at once.
                    FileHandle.standardOutput.write(Data("listening on http://\(shown):\(port)\n".utf8))
                }
                var configuration = ServiceGroupConfiguration(
                    services: [scheduler, app], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger)
                // A refresh still running after this is cancelled (its source is retried after a backoff).
                configuration.maximumGracefulShutdownDuration = .seconds(5)
                try await ServiceGroup(configuration: configuration).run()
            } catch {
                try? await fetcher.shutdown()
                Self.fail("\(error)")
            }
            try? await fetcher.shutdown()
            articleStore = nil  // closes the database (a checkpoint of its write-ahead log)
            withExtendedLifetime(lock) {}
            FileHandle.standardOutput.write(Data("arna serve: stopped\n".utf8))
        }

        static func fail(_ message: String) -> Never {
            FileHandle.standardError.write(Data("arna serve: \(message)\n".utf8))
            Foundation.exit(2)
        }
    }
}
