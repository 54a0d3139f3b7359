import ArgumentParser
import ArnaCore
import ArticleExtractor
import Fetcher
import FeedWriter
import Foundation
import Refresh
import Scheduler
import SiteContent
import Store
import Subscriptions
#if canImport(Glibc)
import Glibc
#endif

extension Arna {
    /// `arna refresh`: the main job, safe to run from cron.
    struct Refresh: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fetch the sources that are due, store their articles, and rewrite the merged feeds that changed.",
            discussion: """
                Reads the subscription list (OPML), fetches each source that is due (all of them with \
                --all) politely (conditional GET, per-host limits, backoff after failures), reads and \
                stores its articles, then writes merged.atom/.rss/.json and the per-language views \
                merged-kk.* and merged-ru.*, each story once. A file whose bytes would not change is \
                left alone. Safe for cron: a second run while one is going says so and exits 0; a run \
                killed at any instant leaves a consistent store and complete files.
                Exit status: 0 when every source was fine, 1 when some failed (the feeds are still \
                written), 2 for a configuration error.
                """
        )

        @Flag(help: "Refresh once and exit (what refresh always does; the daemon is `arna serve`).")
        var once = false

        @Flag(help: "Fetch every enabled source, due or not.")
        var all = false

        @Option(help: ArgumentHelp("The subscription list (default: `sources` from the settings).", valueName: "file.opml"))
        var sources: String?

        @Option(help: ArgumentHelp("The SQLite store (default: `store_path` from the settings).", valueName: "path"))
        var store: String?

        @Option(help: ArgumentHelp("Where the merged feeds are written (default: `output_folder` from the settings).", valueName: "dir"))
        var out: String?

        @Option(help: ArgumentHelp("The site settings file.", valueName: "file"))
        var settings: String = "feeds/site.yaml"

        @Option(help: ArgumentHelp("Extraction rules for sources with arna:fulltext (used when the file exists).", valueName: "file.yaml"))
        var rulesFile: String = "feeds/extraction-rules.yaml"

        func run() async throws {
            let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
            let site: SiteSettings
            let list: SubscriptionList
            do {
                site = try SiteSettings.load(from: URL(fileURLWithPath: settings, relativeTo: cwd))
                list = try SubscriptionList.load(from: URL(fileURLWithPath: sources ?? site.sources, relativeTo: cwd))
            } catch {
                Self.fail("\(error)")
            }
            let storePath = URL(fileURLWithPath: store ?? site.storePath, relativeTo: cwd).path
            let outFolder = out.map { URL(fileURLWithPath: $0, isDirectory: true, relativeTo: cwd) } ?? site.outputFolderURL(relativeTo: cwd)

            let lock: RunLock
            do {
                guard let taken = try RunLock(path: storePath + ".lock") else {
                    print("arna refresh: another refresh is running (lock \(storePath).lock); nothing to do")
                    return
                }
                lock = taken
            } catch {
                Self.fail("cannot create the lock file \(storePath).lock: \(error.localizedDescription)")
            }
            let articleStore: SQLiteArticleStore
            do {
                try FileManager.default.createDirectory(atPath: (storePath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                articleStore = try SQLiteArticleStore(path: storePath)
            } catch {
                Self.fail("cannot open the store \(storePath): \(error)")
            }

            var refreshSettings = RefreshSettings()
            refreshSettings.mergedEntries = site.mergedEntries
            refreshSettings.retention = TimeInterval(site.retentionDays) * 86_400
            var feedConfiguration = site.feedConfiguration
            feedConfiguration.entriesPerFeed = site.mergedEntries
            let fetcher = HTTPFetcher()
            let progress = ProgressPrinter(total: list.sources.count, live: isatty(STDOUT_FILENO) == 1)
            var runner = RefreshRunner(
                store: articleStore, fetcher: fetcher,
                publisher: MergedFeedPublisher(base: feedConfiguration, folder: outFolder),
                settings: refreshSettings)
            let rulesURL = URL(fileURLWithPath: rulesFile, relativeTo: cwd)
            if FileManager.default.fileExists(atPath: rulesURL.path) {
                do {
                    runner.fullText = FullTextEnricher(extractor: ArticleExtractor(rules: try ExtractionRuleSet.load(from: rulesURL)))
                } catch {
                    Self.fail("\(error)")
                }
            }
            let report: RefreshReport
            do {
                report = try await runner.refresh(list.sources, all: all) { progress.finished($0) }
                try await fetcher.shutdown()
            } catch {
                try? await fetcher.shutdown()
                Self.fail("refresh failed: \(error)")
            }
            withExtendedLifetime(lock) {}
            progress.done()
            for name in report.written { print("\(outFolder.appendingPathComponent(name).relativePath): written") }
            print(report.summary)
            if report.failures > 0 { throw ExitCode(1) }
        }

        static func fail(_ message: String) -> Never {
            FileHandle.standardError.write(Data("arna refresh: \(message)\n".utf8))
            Foundation.exit(2)
        }
    }
}
