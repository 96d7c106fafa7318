import Foundation
import GleanEntities
import GleanLexicon
import Testing

/// The bundled rules, dictionaries and recogniser, loaded once for all tests (`nil` when loading
/// failed; the loading tests then report why).
enum Shared {
  static let rules: RecognizerRules? = try? RecognizerRules.bundled()
  static let lexicon: Lexicon? = try? Lexicon.bundled()
  static let recognizer: EntityRecognizer? = {
    guard let rules, let lexicon else { return nil }
    return try? EntityRecognizer(lexicon: lexicon, rules: rules)
  }()
}

/// What one expected mention should look like; `nil` fields are not checked.
struct Expected: Sendable, CustomStringConvertible {
  var text: String
  var normalized: String
  var ids: [String]? = nil
  var rule: String? = nil
  var role: String? = nil
  var flags: [String]? = nil

  var description: String { "\(text) → \(normalized)" }
}

/// A recogniser case: a text and the mentions of one type it must give, in order.
struct RecognitionCase: Sendable, CustomTestStringConvertible {
  var input: String
  var expected: [Expected]
  var testDescription: String { input }

  init(_ input: String, _ expected: [Expected]) {
    self.input = input
    self.expected = expected
  }
}

/// Checks that each mention's offsets point at its text in the input.
func offsetsHold(_ mentions: [Mention], in input: String) -> Bool {
  let scalars = Array(input.unicodeScalars)
  return mentions.allSatisfy { mention in
    guard mention.start >= 0, mention.end <= scalars.count, mention.start < mention.end else {
      return false
    }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[mention.start..<mention.end])
    return String(view) == mention.text
  }
}
