import ArgumentParser
import ArnaCore

/// The `arna` command line: one subcommand per stage of the pipeline.
@main
struct Arna: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "arna",
        abstract: "A feed engine for Kazakh news: reads outlets' feeds, merges them, writes and serves feeds.",
        version: ArnaVersion.current,
        subcommands: [
            Parse.self,
            Generate.self,
            Validate.self,
            Refresh.self,
            Sources.self,
            Extract.self,
            Serve.self,
        ]
    )
}
