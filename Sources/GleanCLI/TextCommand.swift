import ArgumentParser
import Foundation
import GleanLayout
import GleanPDF

/// `glean text PAPER.pdf`: the paper's text in reading order, or its layout as JSON.
struct TextCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "text",
    abstract: "Print a PDF's text in reading order (or its blocks, tables and character map).",
    discussion: """
      Running headers, footers and page numbers are left out; columns are read in order; lines \
      are joined into paragraphs (one line each) and blocks are separated by a blank line. A \
      table is its caption, one line per row with TAB between cells, then its notes. Reference \
      entries come one per line.

      --json prints {file, sha256, metadata, quality, pages: [{number, width, height, quality, \
      blocks: [{kind, role, box, text, textRange, level, table, references, continued}]}], text, \
      pageStarts, characterMap: [{start, end, page, box: [x0, y0, x1, y1]}]}. Offsets count \
      Unicode scalars of text; boxes are in points from the page's top-left corner.

      --accuracy TRUTH compares the text with the text the PDF was made from: accuracy is \
      1 - edit distance / length after folding whitespace, and reading order is checked on \
      16-character chunks of the truth.

      Warnings about pages without text or with a garbled text layer go to stderr.

      Exit codes: 0 success; 2 bad usage; 3 the file cannot be read (missing, empty, not a PDF, \
      damaged or truncated, password-protected); 4 the paper has no usable text (no text layer \
      on any page, or a garbled one).
      """)

  @Argument(help: "The PDF to read.")
  var file: String

  @Flag(name: .long, help: "Print the layout as JSON instead of the plain text.")
  var json = false

  @Flag(name: .long, help: "Indent the JSON.")
  var pretty = false

  @Option(name: .long, help: "Compare with this truth text and print accuracy and reading order.")
  var accuracy: String?

  @Flag(name: .long, help: .hidden)
  var blocks = false

  func run() throws {
    let document: TextDocument
    do {
      document = try TextExtraction.extract(path: file)
    } catch {
      throw Self.fail(error.description, code: GleanExit.badInput)
    }
    let usable = document.quality.status == .ok
    if usable {
      for warning in document.quality.warnings {
        FileHandle.standardError.write(Data("glean text: warning: \(warning)\n".utf8))
      }
    }
    if let truthPath = accuracy {
      guard let data = FileManager.default.contents(atPath: truthPath),
        let truth = String(data: data, encoding: .utf8)
      else {
        throw Self.fail("\(truthPath): no such file or not UTF-8 text", code: GleanExit.badInput)
      }
      let report = TextAccuracy.compare(output: document.text, truth: truth)
      Self.write(Self.describe(report, file: file))
    } else if json {
      let encoder = JSONEncoder()
      encoder.outputFormatting =
        pretty
        ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        : [.sortedKeys, .withoutEscapingSlashes]
      var data = try encoder.encode(document)
      data.append(0x0A)
      FileHandle.standardOutput.write(data)
    } else if blocks {
      Self.write(Self.listBlocks(document))
    } else if usable {
      Self.write(document.text.isEmpty ? "" : document.text + "\n")
    }
    if !usable {
      let why = document.quality.warnings.first ?? "\(file): no usable text"
      throw Self.fail(why, code: GleanExit.noText)
    }
  }

  static func describe(_ report: TextAccuracy.Report, file: String) -> String {
    var lines = [
      "file\t\(file)",
      String(format: "accuracy\t%.4f", report.accuracy),
      "edits\t\(report.edits)",
      "truth-length\t\(report.truthLength)",
      "output-length\t\(report.outputLength)",
      "order-chunks\t\(report.chunksPlaced) of \(report.chunks) placed",
      "order-errors\t\(report.chunksOutOfOrder)",
    ]
    for sample in report.outOfOrderSamples { lines.append("out-of-order\t\(sample)") }
    return lines.joined(separator: "\n") + "\n"
  }

  /// One line per block: page, kind, box and the start of its text (a debugging view).
  static func listBlocks(_ document: TextDocument) -> String {
    var out = ""
    for page in document.pages {
      out += "== page \(page.number) (\(page.quality.status.rawValue))\n"
      for block in page.blocks {
        let box = block.box.array.map { String(format: "%.0f", $0) }.joined(separator: ",")
        var kind = block.kind.rawValue
        if let role = block.role { kind += "/" + role.rawValue }
        if let level = block.level { kind += "#\(level)" }
        if block.continued == true { kind += "+" }
        let text = block.text.replacingOccurrences(of: "\n", with: " ⏎ ")
        out += "\(kind)\t[\(box)]\t\(text.prefix(90))\n"
      }
    }
    return out
  }

  static func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  static func fail(_ message: String, code: ExitCode) -> ExitCode {
    FileHandle.standardError.write(Data("glean text: \(message)\n".utf8))
    return code
  }
}
