import ArgumentParser
import Foundation
import GleanEntities

/// `glean eval`: measures the recognisers on annotated corpora.
struct EvalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Measure entity recognition on an annotated corpus.",
    subcommands: [ScaiEvalCommand.self])
}

/// `glean eval scai CORPUS.xml`: miRNA mention precision, recall and F1 on the SCAI corpus.
struct ScaiEvalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "scai",
    abstract: "Score miRNA mentions against the SCAI miRNA corpus (Specific_miRNAs).",
    discussion: """
      Each sentence is recognised on its own. Strict: the same span; overlapping: any shared
      character. --errors lists false positives, false negatives and boundary disagreements.
      """)

  @Argument(help: "The corpus XML, e.g. miRNA-Train-Corpus.xml.")
  var corpus: String

  @Flag(name: .long, help: "List the disagreements with the annotation.")
  var errors = false

  @Option(name: .long, help: "The configuration file (default: ./pipeline.yaml when present).")
  var config: String?

  func run() throws {
    guard let data = FileManager.default.contents(atPath: corpus) else {
      throw fail("\(corpus): no such file or not readable", code: GleanExit.badInput)
    }
    let parsed: ScaiCorpus
    let recognizer: EntityRecognizer
    do {
      parsed = try ScaiCorpus.parse(data, file: corpus)
    } catch {
      throw fail("\(error)", code: GleanExit.badInput)
    }
    do {
      recognizer = try RecognizerSetup.load(config: config)
    } catch {
      throw fail("\(error)", code: GleanExit.cannotRun)
    }
    let result = ScaiEvaluation.run(parsed, recognizer: recognizer)
    if errors {
      for item in result.disagreements {
        var line = "\(item.kind)\t\(item.sentenceID)\t\(item.text)"
        if !item.predicted.isEmpty { line += "\t(predicted: \(item.predicted))" }
        print(line + "\t| " + item.sentence.trimmingCharacters(in: .whitespaces))
      }
      print("")
    }
    let documents = parsed.documents.count
    print("SCAI miRNA corpus: \(documents) documents, \(result.sentences) sentences")
    print(
      "Specific_miRNAs  predicted \(result.score.strict.predicted)  gold \(result.score.strict.gold)"
    )
    print(row("strict", result.score.strict))
    print(row("overlapping", result.score.overlapping))
    let rate = result.seconds > 0 ? Double(result.bytes) / result.seconds / 1_000_000 : 0
    print(
      "recognition: \(result.bytes) bytes in \(String(format: "%.3f", result.seconds)) s, "
        + "\(String(format: "%.1f", rate)) MB/s (one sentence at a time, one core)")
  }

  private func row(_ name: String, _ counts: SpanScore.Counts) -> String {
    let padded = name.padding(toLength: 12, withPad: " ", startingAt: 0)
    return padded
      + String(
        format: "P %.4f  R %.4f  F1 %.4f  (%d/%d predicted, %d/%d gold)", counts.precision,
        counts.recall, counts.f1, counts.matchedPredicted, counts.predicted, counts.matchedGold,
        counts.gold)
  }

  private func fail(_ message: String, code: ExitCode) -> ExitCode {
    FileHandle.standardError.write(Data("glean eval scai: \(message)\n".utf8))
    return code
  }
}
