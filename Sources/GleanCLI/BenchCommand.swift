import ArgumentParser
import Foundation
import GleanEntities
import GleanICU

/// `glean bench-segment FILE`: in-process throughput of segmentation and recognition on one core,
/// for `make bench` (hidden). Process start-up and loading are left out of the timing.
struct BenchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench-segment",
    abstract: "Measure segmentation or recognition throughput on a UTF-8 text (for make bench).",
    discussion: """
      FILE holds papers separated by form feeds; each pass handles every paper once, as the
      pipeline does. Prints one JSON object: {"mode", "bytes", "seconds", "passes", "units"},
      where bytes are the UTF-8 bytes of one pass, seconds the mean time of one timed pass
      (after one untimed warm-up pass) and units the words, sentences or mentions of one pass.
      """,
    shouldDisplay: false)

  /// What is timed.
  enum Mode: String, ExpressibleByArgument, CaseIterable {
    /// Word segmentation as recognition does it (`WordSegmenter`): normalisation, identifiers
    /// kept whole, ICU's `zh` word break between them, domain words kept whole.
    case words
    /// ICU's `zh` word break alone over each paper's UTF-16.
    case icuWords = "icu-words"
    /// Sentence segmentation as recognition does it: normalisation, ICU sentence break, rules.
    case sentences
    /// The whole recogniser: normalisation, sentence segmentation and recognition.
    case recognize
  }

  @Argument(help: "A UTF-8 text file; papers separated by form feeds.")
  var file: String

  @Option(name: .long, help: "What to time: words, icu-words, sentences or recognize.")
  var mode: Mode = .words

  @Option(name: .long, help: "Repeat passes until this many seconds have gone by.")
  var minSeconds: Double = 1

  @Option(name: .long, help: "The configuration file (default: ./pipeline.yaml when present).")
  var config: String?

  func run() throws {
    guard let data = FileManager.default.contents(atPath: file),
      let text = String(data: data, encoding: .utf8)
    else {
      let message = "glean bench-segment: \(file): not readable UTF-8 text\n"
      FileHandle.standardError.write(Data(message.utf8))
      throw GleanExit.badInput
    }
    let papers = text.split(separator: "\u{0C}", omittingEmptySubsequences: true).map(String.init)
    let pass = try makePass(papers)
    let units = try pass()
    var passes = 0
    let clock = ContinuousClock()
    let start = clock.now
    var elapsed = Duration.zero
    repeat {
      _ = try pass()
      passes += 1
      elapsed = clock.now - start
    } while elapsed < .milliseconds(Int64(minSeconds * 1000))
    let seconds =
      Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let bytes = papers.reduce(0) { $0 + $1.utf8.count }
    print(
      "{\"mode\":\"\(mode.rawValue)\",\"bytes\":\(bytes),\"seconds\":\(seconds / Double(passes)),"
        + "\"passes\":\(passes),\"units\":\(units)}")
  }

  /// One pass over the papers, returning how many units it found.
  private func makePass(_ papers: [String]) throws -> () throws -> Int {
    switch mode {
    case .words:
      let segmenter = try RecognizerSetup.load(config: config).wordSegmenter
      return { papers.reduce(0) { $0 + segmenter.words(in: $1).count } }
    case .icuWords:
      let breaker = try TextBreaker(kind: .word, locale: "zh")
      return {
        var count = 0
        for paper in papers { count += try breaker.segments(of: Array(paper.utf16)).count }
        return count
      }
    case .sentences:
      let recognizer = try RecognizerSetup.load(config: config)
      let segmenter = SentenceSegmenter(rules: recognizer.rules)
      return { papers.reduce(0) { $0 + segmenter.sentences(in: $1).count } }
    case .recognize:
      let recognizer = try RecognizerSetup.load(config: config)
      return { papers.reduce(0) { $0 + recognizer.recognize($1).count } }
    }
  }
}
