import ArgumentParser
import Foundation
import GleanConfig
import GleanEntities
import GleanLayout
import GleanLexicon
import GleanPipeline

/// `glean entities FILE`: the entity mentions of a PDF or a text, one JSON object a line.
struct EntitiesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "entities",
    abstract: "Print the miRNA, gene, family, pathway, cell-line, cancer and exosome-source "
      + "mentions of a paper as JSON Lines.",
    discussion: """
      FILE is a .pdf, a text file, or - for standard input. Each line is one mention:
      {"type", "text", "normalized", "ids", "page", "start", "end", "sentence", "rule", "flags",
      "role", "members"}. start and end count Unicode scalars (end exclusive) into the page's
      text as `glean text` prints it; for text input page is 0 and offsets count into the input.
      """)

  @Argument(help: "A .pdf, a text file, or - for standard input.")
  var file: String

  @Option(name: .long, help: "The configuration file (default: ./pipeline.yaml when present).")
  var config: String?

  func run() throws {
    let recognizer: EntityRecognizer
    do {
      recognizer = try RecognizerSetup.load(config: config)
    } catch {
      throw Self.fail("\(error)", code: GleanExit.cannotRun)
    }
    let mentions: [Mention]
    if file.lowercased().hasSuffix(".pdf") {
      mentions = try pdfMentions(recognizer)
    } else {
      mentions = recognizer.recognize(try readText())
    }
    var output = ""
    for mention in mentions {
      output += mention.jsonLine()
      output += "\n"
    }
    FileHandle.standardOutput.write(Data(output.utf8))
  }

  /// Recognises over the whole document text (sentences may cross a page break), then gives
  /// each mention its page and offsets into that page's text.
  private func pdfMentions(_ recognizer: EntityRecognizer) throws -> [Mention] {
    let document: TextDocument
    do {
      document = try TextExtraction.extract(path: file)
    } catch {
      // The PDF error names the file and the reason.
      throw Self.fail("\(error)", code: GleanExit.badInput)
    }
    switch document.quality.status {
    case .ok:
      break
    case .empty:
      throw Self.fail(
        "\(file): no text layer (a scanned paper?); Glean does not run OCR", code: GleanExit.noText)
    case .garbled:
      let reason = document.quality.warnings.first ?? "the text layer is garbled"
      throw Self.fail(
        reason.hasPrefix(file) ? reason : "\(file): \(reason)", code: GleanExit.noText)
    }
    return recognizer.recognize(document.text).map { mention in
      var paged = mention
      let page = Self.page(holding: mention.start, pageStarts: document.pageStarts)
      let start = page >= 1 ? document.pageStarts[page - 1] : 0
      paged.page = page
      paged.start -= start
      paged.end -= start
      if page < document.pageStarts.count, mention.end > document.pageStarts[page] {
        // The mention runs over a page break: its end lies past this page's text.
        paged.flags.append("crosses-page")
      }
      return paged
    }
  }

  /// The 1-based page whose slice of the text (from its start to the next page's start) holds
  /// `offset`, so that offsets index `pageText(page)`; 0 when there are no pages.
  static func page(holding offset: Int, pageStarts: [Int]) -> Int {
    var low = 0
    var high = pageStarts.count
    while low < high {
      let mid = (low + high) / 2
      if pageStarts[mid] <= offset { low = mid + 1 } else { high = mid }
    }
    // `low` pages start at or before `offset`; of equal starts (empty pages) take the last.
    return low
  }

  private func readText() throws -> String {
    let data: Data
    if file == "-" {
      data = FileHandle.standardInput.readDataToEndOfFile()
    } else {
      guard let read = FileManager.default.contents(atPath: file) else {
        throw Self.fail("\(file): no such file or not readable", code: GleanExit.badInput)
      }
      data = read
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw Self.fail("\(file): not UTF-8 text", code: GleanExit.badInput)
    }
    return text
  }

  static func fail(_ message: String, code: ExitCode) -> ExitCode {
    FileHandle.standardError.write(Data("glean entities: \(message)\n".utf8))
    return code
  }
}

/// Builds the recogniser the configuration names: dictionaries, rules and default species.
enum RecognizerSetup {
  static func load(config: String?) throws -> EntityRecognizer {
    let pipeline = try ConfigLoader.loadEffective(path: config)
    return try PaperStages.recognizer(settings: PaperStages.Settings(config: pipeline))
  }
}
