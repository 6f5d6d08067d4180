extension CheckResultStore {
    /// How many baselines are kept, most recent first: the working tree and
    /// the index a hook checks usually differ by files not yet added, and
    /// each needs a baseline with its own files.
    static let baselineCapacity = 2

    /// The baselines stored for a check of `listing` on `today`, read from
    /// one read of the file: `matching`, the most recent of the listing's
    /// files in its order, if any; `latest`, the most recent whatever its
    /// files, which can lend digests to the next baseline.
    func baselines(for listing: BacklogListing, today: CalendarDate?) -> (
        matching: CheckBaseline?, latest: CheckBaseline?
    ) {
        let entries = listing.entries
        let records = (baselineRecords(configurationHash: listing.configurationHash) ?? []).filter {
            $0.day == today?.description
        }
        var latest: CheckBaseline?
        for (position, record) in records.enumerated() {
            let isMatchCandidate = record.fileCount == entries.count
            guard position == 0 || isMatchCandidate, let baseline = record.decoded() else { continue }
            if position == 0 { latest = baseline }
            if isMatchCandidate, entries.indices.allSatisfy({ baseline.hasPath(entries[$0].path, at: $0) }) {
                return (baseline, latest)
            }
        }
        return (nil, latest)
    }

    /// Keeps `baseline`, checked under the configuration with
    /// `configurationHash` on `today`, as the most recent, in place of one
    /// with as many files; errors are swallowed.
    func storeBaseline(_ baseline: CheckBaseline, configurationHash: UInt64, today: CalendarDate?) {
        var writer = CacheBinaryWriter()
        writer.checkBaseline(baseline)
        let day = today?.description
        let kept = (baselineRecords(configurationHash: configurationHash) ?? []).filter {
            $0.day == day && $0.fileCount != baseline.fileCount
        }.prefix(Self.baselineCapacity - 1)
        baselineFile.write(key: configurationHash, payloadSize: writer.bytes.count) { payload in
            payload.unsigned(UInt64(kept.count + 1))
            payload.baselineRecord(day: day, fileCount: baseline.fileCount, encoding: writer.bytes[...])
            for record in kept {
                payload.baselineRecord(day: record.day, fileCount: record.fileCount, encoding: record.encoding)
            }
        }
    }

    /// One stored baseline, still encoded: where it lies in the file's
    /// payload, which it shares rather than copies (at 100,000 files a
    /// copy cost a few thousand page faults on every check after an edit).
    fileprivate struct BaselineRecord {
        var day: String?
        var fileCount: Int
        var payload: [UInt8]
        var range: Range<Int>

        var encoding: ArraySlice<UInt8> { payload[range] }

        /// The baseline; `nil` when its encoding is damaged.
        func decoded() -> CheckBaseline? {
            var reader = CacheBinaryReader(payload, offset: range.lowerBound)
            guard let baseline = try? reader.checkBaseline(), reader.offset == range.upperBound else { return nil }
            return baseline
        }
    }

    /// The stored baselines, most recent first; `nil` when the file is
    /// missing, damaged or written under another configuration.
    private func baselineRecords(configurationHash: UInt64) -> [BaselineRecord]? {
        guard var reader = baselineFile.payload(key: configurationHash) else { return nil }
        do {
            let records = try reader.array { reader in
                let day = try reader.optionalString()
                let fileCount = try reader.count()
                let length = try reader.count()
                let start = reader.offset
                _ = try reader.raw(length)
                return BaselineRecord(
                    day: day, fileCount: fileCount, payload: reader.bytes, range: start..<reader.offset)
            }
            return reader.isAtEnd ? records : nil
        } catch {
            return nil
        }
    }
}

extension CacheBinaryWriter {
    fileprivate mutating func baselineRecord(day: String?, fileCount: Int, encoding: ArraySlice<UInt8>) {
        optionalString(day)
        unsigned(UInt64(fileCount))
        unsigned(UInt64(encoding.count))
        raw(encoding)
    }
}
