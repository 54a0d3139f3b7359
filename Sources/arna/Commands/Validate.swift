import ArgumentParser
import FeedWriter
import Foundation

extension Arna {
    /// `arna validate`: checks feed files against their specifications.
    struct Validate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check Atom, RSS 2.0 and JSON Feed files against their specifications.",
            discussion: """
                Detects each file's format itself (Atom 1.0 per RFC 4287 with RFC 5005 archive links, \
                RSS 2.0, JSON Feed 1.1) and prints every problem as FILE:LINE: error|warning: message. \
                Exits with status 1 when any file has an error (warnings alone exit 0), and 2 when a \
                file cannot be read.
                """
        )

        @Argument(help: ArgumentHelp("The feed files to check.", valueName: "file"))
        var files: [String]

        func validate() throws {
            if files.isEmpty { throw ValidationError("Name at least one feed file.") }
        }

        func run() async throws {
            var errors = false, unreadable = false
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else {
                    FileHandle.standardError.write(Data("\(file): error: cannot be read\n".utf8))
                    unreadable = true
                    continue
                }
                for p in FeedValidator.validate(data: data) {
                    print("\(file):\(p.line): \(p.severity.rawValue): \(p.message)")
                    if p.severity == .error { errors = true }
                }
            }
            if unreadable { throw ExitCode(2) }
            if errors { throw ExitCode(1) }
        }
    }
}
