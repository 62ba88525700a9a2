import Foundation
import ServiceBenchTestSupport

/// A seeded discrete-event simulation of the M/M/N+M queue (Erlang A), to check the formulas.
///
/// Events are arrivals (rate λ) and service completions (rate k/h with k agents busy; exponential
/// handle times are memoryless, so the next completion can be drawn afresh at every event). Each
/// waiting caller carries a deadline arrival + patience; callers whose deadline has passed when an
/// agent frees up are removed then and counted as abandoned (nothing else depends on the queue
/// length, so this lazy removal is exact). The first `warmUp` callers are left out of the counts.
struct StaffingSimulator {
    struct Outcome {
        var calls = 0
        var answeredWithinTarget = 0
        var abandoned = 0
        var waited = 0
        var answeredWaitTotal = 0.0
        var serviceLevel: Double { Double(answeredWithinTarget) / Double(calls) }
        var abandonRate: Double { Double(abandoned) / Double(calls) }
        var waitProbability: Double { Double(waited) / Double(calls) }
        var asa: Double { answeredWaitTotal / Double(calls - abandoned) }
    }

    var arrivalsPerSecond: Double
    var ahtSeconds: Double
    var patienceSeconds: Double
    var agents: Int
    var targetSeconds: Double

    func run(calls: Int, warmUp: Int, seed: UInt64) -> Outcome {
        var random = SplitMix64(seed: seed)
        var outcome = Outcome()
        var now = 0.0
        var busy = 0
        var queue: [(index: Int, arrival: Double, deadline: Double)] = []
        var head = 0
        var arrived = 0
        let total = calls + warmUp

        func record(_ index: Int, wait: Double?, waited: Bool) {
            guard index >= warmUp else { return }
            outcome.calls += 1
            if waited { outcome.waited += 1 }
            if let wait {
                outcome.answeredWaitTotal += wait
                if wait <= targetSeconds { outcome.answeredWithinTarget += 1 }
            } else {
                outcome.abandoned += 1
            }
        }

        while arrived < total || head < queue.count {
            let arrivalRate = arrived < total ? arrivalsPerSecond : 0
            let completionRate = Double(busy) / ahtSeconds
            let totalRate = arrivalRate + completionRate
            guard totalRate > 0 else { break }
            now += random.exponential(rate: totalRate)
            if random.uniform() * totalRate < arrivalRate {
                let index = arrived
                arrived += 1
                if busy < agents {
                    busy += 1
                    record(index, wait: 0, waited: false)
                } else {
                    queue.append((index, now, now + random.exponential(rate: 1 / patienceSeconds)))
                }
            } else {
                busy -= 1
                while head < queue.count, queue[head].deadline < now {
                    record(queue[head].index, wait: nil, waited: true)
                    head += 1
                }
                if head < queue.count {
                    record(queue[head].index, wait: now - queue[head].arrival, waited: true)
                    head += 1
                    busy += 1
                }
                if head > 4_096, head * 2 > queue.count {
                    queue.removeFirst(head)
                    head = 0
                }
            }
        }
        return outcome
    }
}
