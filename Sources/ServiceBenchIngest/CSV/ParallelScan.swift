import Foundation

/// A consumer whose work can be split: two parts of one file are read on two threads, then the
/// later part is absorbed into the earlier one. Lines in a part's messages are relative to the part
/// until `shiftLines` moves them.
protocol SplittableConsumer: CSVRecordConsumer, SendableMetatype {
    mutating func shiftLines(by offset: Int)
    /// Adds the results of the part that follows this one in the file (lines already shifted).
    mutating func absorb(later: Self) throws(IngestError)
}

/// Reads `[start, input.size)` with one or two threads. The split point is the first line start
/// after the middle; the first thread reads to the end of the record that crosses it, and if that
/// record ends elsewhere (a newline inside a quoted field), the second part is read again from there.
enum ParallelScan {
    final class Box<Value>: @unchecked Sendable {
        var value: Value
        init(_ value: Value) { self.value = value }
    }

    /// Returns the consumer holding the whole input's results. `linesBefore`: lines before `start`.
    static func run<Consumer: SplittableConsumer>(
        input: InputSource, scanner: CSVScanner, start: Int64, linesBefore: Int, threads: Int, threshold: Int,
        make: () -> Consumer, progress: (@Sendable (Int64) -> Void)?
    ) throws(IngestError) -> Consumer {
        let length = input.size - start
        if threads < 2 || length < Int64(threshold) || input.isStream {
            return try oneThread(input: input, scanner: scanner, start: start, linesBefore: linesBefore, make: make, progress: progress)
        }
        let split = input.lineStart(after: start + length / 2 - 1)
        return try run(input: input, scanner: scanner, start: start, linesBefore: linesBefore, split: split, make: make, progress: progress)
    }

    /// Reads `[start, split)` and `[split, input.size)` on two threads. `split` may be any offset
    /// after `start` (tests try every one): a part that does not start on a record boundary is read
    /// again from where the first part ended.
    static func run<Consumer: SplittableConsumer>(
        input: InputSource, scanner: CSVScanner, start: Int64, linesBefore: Int, split: Int64,
        make: () -> Consumer, progress: (@Sendable (Int64) -> Void)?
    ) throws(IngestError) -> Consumer {
        let length = input.size - start
        let results = [Box<Result<CSVScanner.Outcome, IngestError>?>(nil), Box<Result<CSVScanner.Outcome, IngestError>?>(nil)]
        let consumers = [Box(make()), Box(make())]
        let firstLength = max(1, split - start)
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            var consumer = consumers[part].value
            let scaled: (@Sendable (Int64) -> Void)? = part == 0 ? progress.map { report in { @Sendable bytes in report(min(length, bytes * length / firstLength)) } } : nil
            do throws(IngestError) {
                let outcome = try scanner.scan(
                    input: input, from: part == 0 ? start : split, softEnd: part == 0 ? split : input.size, consumer: &consumer, progress: scaled)
                results[part].value = .success(outcome)
            } catch {
                results[part].value = .failure(error)
            }
            consumers[part].value = consumer
        }
        guard let firstResult = results[0].value, let secondResult = results[1].value else {
            throw IngestError(.unreadableFile, "internal: a part of the file was not read", at: .init(file: input.displayName))
        }
        let firstOutcome: CSVScanner.Outcome
        switch firstResult {
        case .success(let outcome): firstOutcome = outcome
        case .failure(let error): throw error.shiftingLines(by: linesBefore)
        }
        var head = consumers[0].value
        head.shiftLines(by: linesBefore)
        let tailOffset = linesBefore + firstOutcome.lines
        var tail: Consumer
        if firstOutcome.endOffset == split {
            switch secondResult {
            case .success: tail = consumers[1].value
            case .failure: return try oneThread(input: input, scanner: scanner, start: start, linesBefore: linesBefore, make: make, progress: nil)
            }
        } else {
            tail = make()
            do throws(IngestError) {
                _ = try scanner.scan(input: input, from: firstOutcome.endOffset, softEnd: input.size, consumer: &tail, progress: nil)
            } catch {
                return try oneThread(input: input, scanner: scanner, start: start, linesBefore: linesBefore, make: make, progress: nil)
            }
        }
        tail.shiftLines(by: tailOffset)
        try head.absorb(later: tail)
        return head
    }

    /// The whole input read on this thread: small inputs and streams, and, read again, an input whose
    /// later part stopped on an error: that
    /// part was read without the earlier part's open calls, so an earlier bad record that only the
    /// two together reveal (a call closed in the later part with a duration too long) would be
    /// missed, and one thread's first error in file order is the one to report (the fuzzer found
    /// the two paths stopping on different lines).
    private static func oneThread<Consumer: SplittableConsumer>(
        input: InputSource, scanner: CSVScanner, start: Int64, linesBefore: Int, make: () -> Consumer,
        progress: (@Sendable (Int64) -> Void)?
    ) throws(IngestError) -> Consumer {
        var consumer = make()
        do throws(IngestError) {
            _ = try scanner.scan(input: input, from: start, softEnd: input.size, consumer: &consumer, progress: progress)
        } catch {
            throw error.shiftingLines(by: linesBefore)
        }
        consumer.shiftLines(by: linesBefore)
        return consumer
    }
}
