import ArgumentParser
import ArnaCore
import FeedWriter
import Foundation
import Scheduler
import SiteContent

extension Arna {
    /// `arna generate`: the site's own feeds from its content folder.
    struct Generate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the site's own feeds (Atom with archives, RSS, JSON Feed) from its articles.",
            discussion: """
                Reads the site settings (feeds/site.yaml), loads every article of the content folder \
                (Markdown with YAML front matter, or JSON), and writes site.atom, site.rss, site.json and \
                the RFC 5005 archive pages archive-N.atom into the output folder. Each file is replaced \
                atomically, and a file whose bytes would not change is left alone. Prints one line per \
                file: written or unchanged. Articles that cannot be read are reported on stderr and left \
                out; the others are still written.
                """
        )

        @Option(name: .long, help: ArgumentHelp("The folder of article files (default: content_folder from the settings).", valueName: "dir"))
        var content: String?

        @Option(name: .long, help: ArgumentHelp("The folder the feeds are written to (default: output_folder from the settings).", valueName: "dir"))
        var out: String?

        @Option(name: .long, help: ArgumentHelp("The site settings file.", valueName: "file"))
        var settings: String = "feeds/site.yaml"

        func run() async throws {
            let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
            let site = try SiteSettings.load(from: URL(fileURLWithPath: settings, relativeTo: cwd))
            let contentURL = content.map { URL(fileURLWithPath: $0, isDirectory: true, relativeTo: cwd) } ?? site.contentFolderURL(relativeTo: cwd)
            let outURL = out.map { URL(fileURLWithPath: $0, isDirectory: true, relativeTo: cwd) } ?? site.outputFolderURL(relativeTo: cwd)
            let loaded = ContentLoader(settings: site).loadFolder(contentURL)
            for problem in loaded.problems {
                FileHandle.standardError.write(Data("\(problem)\n".utf8))
            }
            let files = FeedGenerator(configuration: site.feedConfiguration).files(for: loaded.articles)
            for (name, outcome) in try OutputWriter(folder: outURL).write(files) {
                print("\(outURL.appendingPathComponent(name).relativePath): \(outcome.rawValue)")
            }
        }
    }
}
