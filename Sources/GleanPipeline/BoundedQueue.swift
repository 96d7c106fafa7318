import Foundation

/// A first-in first-out queue between two stages, with a fixed capacity: `put` waits while it is
/// full, `take` waits while it is empty. It never drops an item. `close()` lets the takers drain
/// what is left and then get `nil`.
///
/// Used between threads (the stages block on worker pipes and on the database, so they run on
/// their own threads rather than on the cooperative pool). `@unchecked Sendable`: every field is
/// read and written under `condition`.
final class BoundedQueue<Element: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private var items: [Element] = []
  private var head = 0
  private var closed = false
  /// The most items it holds at once.
  let capacity: Int

  init(capacity: Int) {
    precondition(capacity > 0, "a queue needs room for one item")
    self.capacity = capacity
  }

  /// Adds `item`, waiting while the queue is full. Returns `false` (and drops nothing it accepted)
  /// when the queue was closed: the item was not added.
  @discardableResult
  func put(_ item: Element) -> Bool {
    condition.lock()
    defer { condition.unlock() }
    while !closed && items.count - head >= capacity {
      condition.wait()
    }
    if closed { return false }
    items.append(item)
    condition.broadcast()
    return true
  }

  /// The oldest item, waiting while the queue is empty and open; `nil` once closed and drained.
  func take() -> Element? {
    condition.lock()
    defer { condition.unlock() }
    while head == items.count && !closed {
      condition.wait()
    }
    if head == items.count { return nil }
    let item = items[head]
    head += 1
    if head > 64 && head * 2 > items.count {
      items.removeFirst(head)
      head = 0
    }
    condition.broadcast()
    return item
  }

  /// No more items will be put; takers get what is left, then `nil`.
  func close() {
    condition.lock()
    closed = true
    condition.broadcast()
    condition.unlock()
  }

  /// The number of items waiting.
  var count: Int {
    condition.lock()
    defer { condition.unlock() }
    return items.count - head
  }
}
