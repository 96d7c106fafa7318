import ArgumentParser

/// The `glean` command: from biomedical review PDFs to normalised miRNA finding records.
@main
struct Glean: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "glean",
    abstract: "Read biomedical review PDFs and extract normalised miRNA finding records.",
    version: GleanVersion.current,
    subcommands: [
      TextCommand.self,
      EntitiesCommand.self,
      ExtractCommand.self,
      DiffCommand.self,
      ReviewCommand.self,
      EvalCommand.self,
      BenchCommand.self,
      IngestCommand.self,
      ExportCommand.self,
      RunsCommand.self,
      ShowCommand.self,
      ConfigCommand.self,
      WorkerCommand.self,
    ]
  )
}
