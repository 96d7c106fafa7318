import ArgumentParser

/// The `glean` command: from biomedical review PDFs to normalised miRNA finding records.
@main
struct Glean: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "glean",
    abstract: "Read biomedical review PDFs and extract normalised miRNA finding records.",
    version: GleanVersion.current,
    subcommands: []
  )
}
