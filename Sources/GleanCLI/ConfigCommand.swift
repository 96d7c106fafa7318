import ArgumentParser
import Foundation
import GleanConfig

/// `glean config`: the effective configuration, checked, with defaults filled in.
struct ConfigCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "config",
    abstract: "Check pipeline.yaml and print the effective configuration as YAML.",
    discussion: """
      An unknown key, a value of the wrong type or range, or a folder that does not exist is an
      error naming the file, line and key path (exit code 2).
      """)

  @Option(name: .long, help: "The configuration file (default: ./pipeline.yaml when present).")
  var config: String?

  func run() throws {
    do {
      let pipeline = try ConfigLoader.loadEffective(path: config)
      print(
        pipeline.renderYAML(cores: ProcessInfo.processInfo.activeProcessorCount), terminator: "")
    } catch {
      FileHandle.standardError.write(Data("glean config: \(error)\n".utf8))
      throw GleanExit.cannotRun
    }
  }
}
