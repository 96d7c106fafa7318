import Foundation
import Testing

@testable import GleanPipeline

@Suite struct BoundedQueueTests {
  /// Many producers and consumers through a queue of three: every item arrives exactly once.
  @Test func noItemIsDroppedOrRepeated() {
    let queue = BoundedQueue<Int>(capacity: 3)
    let producers = 4
    let perProducer = 2_000
    let received = ReceivedItems()
    let group = DispatchGroup()
    for producer in 0..<producers {
      group.enter()
      Thread {
        for item in 0..<perProducer { queue.put(producer * perProducer + item) }
        group.leave()
      }.start()
    }
    let consumers = DispatchGroup()
    for _ in 0..<3 {
      consumers.enter()
      Thread {
        while let item = queue.take() { received.add(item) }
        consumers.leave()
      }.start()
    }
    group.wait()
    queue.close()
    consumers.wait()
    let items = received.items.sorted()
    #expect(items.count == producers * perProducer)
    #expect(items == Array(0..<(producers * perProducer)))
  }

  @Test func closedQueueDrainsThenEnds() {
    let queue = BoundedQueue<String>(capacity: 2)
    #expect(queue.put("a"))
    #expect(queue.put("b"))
    queue.close()
    #expect(!queue.put("c"))
    #expect(queue.take() == "a")
    #expect(queue.take() == "b")
    #expect(queue.take() == nil)
  }

  @Test func aFullQueueHoldsAtItsCapacity() {
    let queue = BoundedQueue<Int>(capacity: 2)
    let producer = DispatchGroup()
    producer.enter()
    Thread {
      for item in 0..<5 { queue.put(item) }
      producer.leave()
    }.start()
    // The producer can get no further than the capacity until something is taken.
    while queue.count < 2 { usleep(1000) }
    usleep(50_000)
    #expect(queue.count == 2)
    var taken: [Int] = []
    while taken.count < 5, let item = queue.take() { taken.append(item) }
    producer.wait()
    #expect(taken == [0, 1, 2, 3, 4])
  }
}

private final class ReceivedItems: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: [Int] = []

  func add(_ item: Int) {
    lock.lock()
    stored.append(item)
    lock.unlock()
  }

  var items: [Int] {
    lock.lock()
    defer { lock.unlock() }
    return stored
  }
}
