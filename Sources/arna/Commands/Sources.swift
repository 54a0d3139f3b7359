import ArgumentParser
import ArnaCore
import Foundation
import SiteContent
import Store
import Subscriptions

extension Arna {
    /// `arna sources`: the subscription list.
    struct Sources: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List, add, remove, import or export the subscriptions (an OPML file).",
            discussion: """
                The list is the OPML file named by --sources (default: `sources` in feeds/site.yaml). \
                Per-source options are outline attributes: language, category, arna:interval (minutes), \
                arna:enabled, arna:include / arna:exclude (comma-separated keywords), arna:fulltext. \
                Changes are written back atomically.
                """,
            subcommands: [List.self, Add.self, Remove.self, Import.self, Export.self],
            defaultSubcommand: List.self
        )

        struct Location: ParsableArguments {
            @Option(help: ArgumentHelp("The subscription list (default: `sources` from the settings).", valueName: "file.opml"))
            var sources: String?

            @Option(help: ArgumentHelp("The site settings file.", valueName: "file"))
            var settings: String = "feeds/site.yaml"

            var cwd: URL { URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true) }

            func site() throws -> SiteSettings { try SiteSettings.load(from: URL(fileURLWithPath: settings, relativeTo: cwd)) }

            func listURL() throws -> URL { URL(fileURLWithPath: try sources ?? site().sources, relativeTo: cwd) }

            func load() throws -> (SubscriptionList, URL) {
                let url = try listURL()
                return (try SubscriptionList.load(from: url), url)
            }
        }

        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Show every source, with its fetch state when the store has one.")
            @OptionGroup var location: Location
            @Option(help: ArgumentHelp("The SQLite store (default: `store_path` from the settings).", valueName: "path"))
            var store: String?

            func run() async throws {
                let (list, _) = try location.load()
                var states: [String: FetchState] = [:]
                var counts: [String: Int] = [:]
                let storePath = URL(fileURLWithPath: try store ?? location.site().storePath, relativeTo: location.cwd).path
                if FileManager.default.fileExists(atPath: storePath), let opened = try? SQLiteArticleStore(path: storePath) {
                    states = Dictionary(try await opened.allFetchStates().map { ($0.sourceID, $0) }, uniquingKeysWith: { a, _ in a })
                    counts = try await opened.articleCounts()
                }
                for source in list.sources {
                    let state = states[source.id]
                    var status = source.enabled ? "enabled" : "disabled"
                    if let reason = state?.disabledReason { status = "stopped: \(reason)" }
                    else if let error = state?.lastError { status = "failing (\(state?.consecutiveErrors ?? 0)x): \(error)" }
                    else if let success = state?.lastSuccess { status = "ok, last fetched \(ISO8601DateFormatter().string(from: success))" }
                    print("\(source.id)\t\(source.language?.rawValue ?? "-")\t\(counts[source.id] ?? 0) articles\t\(source.title)\t\(source.feedURL.absoluteString)\t\(status)")
                }
            }
        }

        struct Add: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Subscribe to a feed URL (or a local file).")
            @OptionGroup var location: Location
            @Argument(help: "The feed's URL.") var url: String
            @Option(help: "A display name.") var title: String?
            @Option(help: "The feed's language (kk, ru, …).") var language: String?

            func run() async throws {
                var (list, file) = try location.load()
                guard let feed = URL(string: url), feed.scheme != nil else { throw ValidationError("'\(url)' is not an absolute URL") }
                let before = list.sources.count
                let source = list.add(feedURL: feed, title: title, language: language.flatMap(LanguageTag.init(rawValue:)))
                if list.sources.count == before {
                    print("already subscribed as \(source.id)")
                    return
                }
                try list.write(to: file)
                print("added \(source.id)")
            }
        }

        struct Remove: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Unsubscribe a source by its id (its stored articles expire with retention).")
            @OptionGroup var location: Location
            @Argument(help: "The source's id, as `arna sources list` shows it.") var id: String

            func run() async throws {
                var (list, file) = try location.load()
                guard list.remove(id: id) != nil else { throw ValidationError("no source with id '\(id)'") }
                try list.write(to: file)
                print("removed \(id)")
            }
        }

        struct Import: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Add every feed of another OPML file that is not already in the list.")
            @OptionGroup var location: Location
            @Argument(help: "An OPML file, as feed readers export it.") var file: String

            func run() async throws {
                var (list, target) = try location.load()
                let other = try SubscriptionList.load(from: URL(fileURLWithPath: file, relativeTo: location.cwd))
                let added = list.import(from: other)
                if !added.isEmpty { try list.write(to: target) }
                print("imported \(added.count) of \(other.sources.count) sources" + (added.isEmpty ? "" : ": " + added.map(\.id).joined(separator: ", ")))
            }
        }

        struct Export: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Print the list as OPML 2.0 (for a feed reader).")
            @OptionGroup var location: Location

            func run() async throws {
                let (list, file) = try location.load()
                print(list.opml(relativeTo: file.deletingLastPathComponent()), terminator: "")
            }
        }
    }
}
