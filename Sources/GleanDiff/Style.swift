import Foundation
import GleanEntities

/// How text is decorated: ANSI colours on a terminal, nothing in a pipe.
public struct Style: Sendable, Equatable {
  /// Whether to colour.
  public var colour: Bool

  public init(colour: Bool) { self.colour = colour }

  /// Plain text, for pipes, files and tests.
  public static let plain = Style(colour: false)

  /// Colour when standard output is a terminal and `NO_COLOR` is unset or empty.
  public static func forStandardOutput() -> Style {
    let noColour = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    return Style(colour: isatty(STDOUT_FILENO) == 1 && !noColour)
  }

  func paint(_ text: String, _ code: String) -> String {
    colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }

  func added(_ text: String) -> String { paint(text, "32") }
  func removed(_ text: String) -> String { paint(text, "31") }
  func changed(_ text: String) -> String { paint(text, "33") }
  func renormalised(_ text: String) -> String { paint(text, "35") }
  func dim(_ text: String) -> String { paint(text, "2") }
  func bold(_ text: String) -> String { paint(text, "1") }
  func heading(_ text: String) -> String { paint(text, "1;36") }

  /// A marked entity in an evidence sentence: `[miR-144]`, coloured by type on a terminal.
  func entity(_ text: String, _ type: EntityType) -> String {
    let code: String
    switch type {
    case .mirna: code = "1;35"
    case .gene: code = "1;36"
    case .family: code = "1;34"
    case .pathway: code = "1;32"
    case .cancer: code = "1;31"
    case .cellLine: code = "1;33"
    case .exosomeSource: code = "1"
    }
    return paint("[" + text + "]", code)
  }
}
