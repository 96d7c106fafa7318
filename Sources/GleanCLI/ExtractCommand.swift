import ArgumentParser
import Foundation
import GleanConfig
import GleanEntities
import GleanFindings
import GleanLayout

/// `glean extract FILE`: the paper, its text-layer verdict, its entity mentions and its finding
/// records as one JSON document.
struct ExtractCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Print a paper's finding records (with its entities) as one JSON document.",
    discussion: """
      FILE is a .pdf, a text file laid out as `glean text` prints a paper (one paragraph a \
      line, tables as TAB-separated rows under their caption), or - for standard input.

      Output: {"paper": {id, key, file, title, doi, pages, language}, "quality": {text_layer, \
      garbled_pages, warnings}, "entities": [mentions as `glean entities` prints them], \
      "findings": [{id, refs, authors, reference, source, mirnas, genes, families, pathways, \
      relation, direction, outcomes, cancers, cell_lines, hedged, negated, origin, evidence, \
      rules, citations}]}, keys sorted. Evidence offsets count Unicode scalars into the \
      page's text as `glean text` prints it (for text input: into the input, page 0).

      A finding's id is a hash of its normalised content and the paper's key (DOI, else \
      normalised title, else file name): the same claim keeps its id when it is read again, \
      from this file or from a re-typeset one.

      Finding rules (trigger, outcome, hedge, negation and table-header words) come from \
      --rules FOLDER, else stages.findings.rules of the configuration, else the bundled ones.

      Exit codes: 0 success; 2 bad usage or configuration; 3 the file cannot be read \
      (missing, empty, not a PDF, damaged, password-protected, not UTF-8 text); 4 the paper \
      has no usable text (the JSON is still printed, with the quality verdict).
      """)

  @Argument(help: "A .pdf, a text file, or - for standard input.")
  var file: String

  @Option(name: .long, help: "The configuration file (default: ./pipeline.yaml when present).")
  var config: String?

  @Option(name: .long, help: "A folder of finding rule files replacing the bundled ones.")
  var rules: String?

  @Flag(name: .long, help: "Indent the JSON.")
  var pretty = false

  func run() throws {
    let recognizer: EntityRecognizer
    let findingRules: FindingRules
    do {
      recognizer = try RecognizerSetup.load(config: config)
      let folder = try rules ?? ConfigLoader.loadEffective(path: config).stages.findings.rules
      findingRules =
        folder.isEmpty ? try FindingRules.bundled() : try FindingRules(directory: folder)
    } catch {
      throw Self.fail("\(error)", code: GleanExit.cannotRun)
    }

    let extraction: PaperExtraction
    var usable = true
    if file.lowercased().hasSuffix(".pdf") {
      let document: TextDocument
      do {
        document = try TextExtraction.extract(path: file)
      } catch {
        throw Self.fail(error.description, code: GleanExit.badInput)
      }
      usable = document.quality.status == .ok
      extraction = PaperExtractor.extract(
        document: document, recognizer: recognizer, rules: findingRules)
    } else {
      let (text, digest) = try readText()
      extraction = PaperExtractor.extract(
        text: text, file: file, sha256: digest, recognizer: recognizer, rules: findingRules)
    }

    for warning in extraction.quality.warnings {
      FileHandle.standardError.write(Data("glean extract: warning: \(warning)\n".utf8))
    }
    let encoder = JSONEncoder()
    // Sorted keys: the same paper always prints the same bytes, so runs can be diffed.
    encoder.outputFormatting =
      pretty
      ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
      : [.sortedKeys, .withoutEscapingSlashes]
    var data = try encoder.encode(extraction)
    data.append(0x0A)
    FileHandle.standardOutput.write(data)
    if !usable {
      throw Self.fail("\(file): no usable text layer; no findings read", code: GleanExit.noText)
    }
  }

  /// The text of `file` (or standard input) and the SHA-256 of its bytes.
  private func readText() throws -> (String, String) {
    let data: Data
    if file == "-" {
      data = FileHandle.standardInput.readDataToEndOfFile()
    } else {
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: file, isDirectory: &isFolder) else {
        throw Self.fail("\(file): no such file", code: GleanExit.badInput)
      }
      guard !isFolder.boolValue, let read = FileManager.default.contents(atPath: file) else {
        throw Self.fail(
          "\(file): cannot be read (a folder or no permission)", code: GleanExit.badInput)
      }
      data = read
    }
    guard !data.isEmpty else {
      throw Self.fail("\(file): empty input", code: GleanExit.badInput)
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw Self.fail("\(file): not UTF-8 text", code: GleanExit.badInput)
    }
    return (text, ConfigDigest.sha256Hex(data))
  }

  static func fail(_ message: String, code: ExitCode) -> ExitCode {
    FileHandle.standardError.write(Data("glean extract: \(message)\n".utf8))
    return code
  }
}
