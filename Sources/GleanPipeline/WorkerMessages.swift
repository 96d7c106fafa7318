import Foundation
import GleanStore

/// What the parent sends a worker: one paper per line.
struct WorkerRequest: Codable, Sendable, Equatable {
  /// The paper's path, as the user gave it (the worker runs in the same folder).
  var path: String
  /// The SHA-256 of the file's bytes, which the parent computed to skip papers already stored.
  var sha256: String?
}

/// What a worker answers for one paper: one line of JSON saying how it went; when the paper was
/// read, a second line follows with the paper's record (``PaperRecord``) as the store keeps it,
/// its mentions' `json` left empty, and then one line per mention, the mention's JSON as
/// `glean entities` prints it, in the record's order.
///
/// The record travels on its own line so that the parent's worker threads hand its bytes on
/// undecoded and only the store thread decodes it, one paper at a time: the papers waiting for
/// the store then cost their JSON bytes, not their decoded records. The mentions' JSON travels
/// as lines of its own because, as strings inside the record, every quote in it would be
/// escaped by the worker and unescaped by the parent.
struct WorkerReply: Codable, Sendable, Equatable {
  var path: String
  var failure: PaperFailure?
  /// Seconds the worker spent on the paper.
  var seconds: Double
  /// Whether the next line is the paper's record.
  var recordFollows: Bool
  /// How many mention lines follow the record.
  var mentionLines = 0
}

/// A paper's record as a worker sent it: JSON bytes, decoded by the one writer when it stores
/// the paper.
struct EncodedPaperRecord: Sendable {
  /// The record's line.
  var bytes: [UInt8]
  /// The mention lines, one per entity of the record.
  var mentions: [[UInt8]] = []

  /// The record with its mentions' JSON, or why the bytes are not one.
  func decode() throws -> PaperRecord {
    var record = try bytes.withUnsafeBufferPointer { buffer in
      try JSONDecoder().decode(PaperRecord.self, from: Data(buffer: buffer))
    }
    guard record.entities.count == mentions.count else {
      throw DecodingError.dataCorrupted(
        DecodingError.Context(
          codingPath: [],
          debugDescription:
            "\(record.entities.count) mentions in the record, \(mentions.count) mention lines"))
    }
    for index in record.entities.indices {
      record.entities[index].json = String(decoding: mentions[index], as: UTF8.self)
    }
    return record
  }
}

/// The first line a worker writes: ready, or why it cannot work (then the run cannot go on).
struct WorkerHello: Codable, Sendable, Equatable {
  var ready: Bool
  var fatal: String?
}
