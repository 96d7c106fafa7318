import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The SCAI miRNA corpus (Bagewadi et al. 2014) as sentences with gold entity spans.
///
/// Its XML holds `<document>` → `<sentence text=…>` → `<entity charOffset="s-e" type=…>`;
/// offsets are character offsets into the sentence with an INCLUSIVE end. Sentences are stored
/// out of order: they are sorted by the number after `.s` in `origId`.
public struct ScaiCorpus: Sendable, Equatable {
  /// One annotated entity: a half-open scalar range of its sentence and its type.
  public struct Entity: Sendable, Equatable {
    public var range: Range<Int>
    public var type: String
    public var text: String
  }

  /// One sentence with its entities.
  public struct Sentence: Sendable, Equatable {
    public var id: String
    public var text: String
    public var entities: [Entity]
  }

  /// One abstract.
  public struct Document: Sendable, Equatable {
    public var id: String
    public var sentences: [Sentence]
  }

  public var documents: [Document]

  /// Reads the corpus XML.
  /// - Throws: ``RulesError`` naming `file` and the reason (XML error, bad offsets).
  public static func parse(_ data: Data, file: String) throws(RulesError) -> ScaiCorpus {
    let delegate = ScaiParserDelegate()
    let parser = XMLParser(data: data)
    parser.delegate = delegate
    guard parser.parse() else {
      let reason = parser.parserError.map { "\($0)" } ?? "unknown XML error"
      throw RulesError(file: file, line: parser.lineNumber, reason: "not readable XML: \(reason)")
    }
    if let problem = delegate.problem {
      throw RulesError(file: file, reason: problem)
    }
    guard !delegate.documents.isEmpty else {
      throw RulesError(file: file, reason: "no <document> elements: not the SCAI corpus format")
    }
    let documents = delegate.documents.map { document in
      Document(
        id: document.id,
        sentences: document.sentences.sorted { $0.order < $1.order }.map(\.sentence))
    }
    return ScaiCorpus(documents: documents)
  }
}

private final class ScaiParserDelegate: NSObject, XMLParserDelegate {
  struct PendingSentence {
    var order: Int
    var sentence: ScaiCorpus.Sentence
  }

  struct PendingDocument {
    var id: String
    var sentences: [PendingSentence]
  }

  var documents: [PendingDocument] = []
  var problem: String?
  private var sentence: PendingSentence?
  private var sentenceScalars = 0

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String]
  ) {
    switch elementName {
    case "document":
      documents.append(
        PendingDocument(id: attributes["origId"] ?? attributes["id"] ?? "", sentences: []))
    case "sentence":
      let text = attributes["text"] ?? ""
      let origin = attributes["origId"] ?? attributes["id"] ?? ""
      let order = origin.range(of: ".s", options: .backwards).flatMap {
        Int(origin[$0.upperBound...])
      }
      sentence = PendingSentence(
        order: order ?? Int.max,
        sentence: ScaiCorpus.Sentence(id: origin, text: text, entities: []))
      sentenceScalars = text.unicodeScalars.count
    case "entity":
      guard var current = sentence else { return }
      let offsets = (attributes["charOffset"] ?? "").split(separator: ",").first ?? ""
      let parts = offsets.split(separator: "-").compactMap { Int($0) }
      guard parts.count == 2, parts[0] <= parts[1], parts[1] < sentenceScalars else {
        problem = problem ?? "entity \(attributes["id"] ?? "?") has bad charOffset \(offsets)"
        return
      }
      current.sentence.entities.append(
        ScaiCorpus.Entity(
          range: parts[0]..<(parts[1] + 1), type: attributes["type"] ?? "",
          text: attributes["text"] ?? ""))
      sentence = current
    default:
      break
    }
  }

  func parser(
    _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
    qualifiedName: String?
  ) {
    if elementName == "sentence", let finished = sentence {
      if documents.isEmpty { documents.append(PendingDocument(id: "", sentences: [])) }
      documents[documents.count - 1].sentences.append(finished)
      sentence = nil
    }
  }
}
