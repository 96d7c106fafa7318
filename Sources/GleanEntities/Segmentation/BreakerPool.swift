import Foundation
import GleanICU

/// ICU break iterators kept for reuse across calls: opening a `zh` iterator costs more than
/// breaking a page. Each checkout has its iterator to itself; the lock guards only the list.
final class BreakerPool: @unchecked Sendable {
  private let kind: TextBreaker.Kind
  private let lock = NSLock()
  private var idle: [TextBreaker] = []

  init(kind: TextBreaker.Kind) {
    self.kind = kind
  }

  /// Runs `body` with an iterator of this pool's kind (`nil` when ICU cannot open one).
  func with<Result>(_ body: (TextBreaker?) -> Result) -> Result {
    lock.lock()
    let breaker = idle.popLast()
    lock.unlock()
    let used = breaker ?? (try? TextBreaker(kind: kind, locale: "zh"))
    let result = body(used)
    if let used {
      lock.lock()
      if idle.count < 8 { idle.append(used) }
      lock.unlock()
    }
    return result
  }
}
