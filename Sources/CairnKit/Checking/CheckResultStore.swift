import Foundation

/// The results of the last few checks, under the repository's git
/// directory (`.git/cairn/check-results`), each keyed by the
/// ``CheckFingerprint`` of the files and configuration it was computed
/// from.
///
/// A check of a backlog whose files, configuration and date match a stored
/// result — the common case of running `cairn check` again, in a hook and
/// in CI, on what was checked before — reports that result without reading
/// or parsing a file. Diagnostics are a function of the fingerprinted
/// inputs plus the existence of the files that relative links name, which
/// is recorded with each result and checked again before it is used.
///
/// The file is a ``CacheFile`` (magic `CAIRNCR\0`): a count, then per
/// result its fingerprint, its length and its encoding, most recent first.
/// A damaged file, or one from another version of Cairn, is ignored and
/// rewritten, never trusted.
///
/// Beside them (`.git/cairn/check-baseline`) it keeps the last two checks
/// that loaded the whole backlog, of different numbers of files, in detail
/// (see ``CheckBaseline``), so that a check after a few files changed can
/// parse only those.
public struct CheckResultStore: Sendable {
    /// The store's file.
    public var url: URL { file.url }
    private let file: CacheFile
    /// The baselines' file (see ``CheckResultStore/baselines(for:today:)``).
    let baselineFile: CacheFile

    /// How many results are kept: one each for the working tree, the index
    /// and a few revisions or scopes checked in turn.
    static let capacity = 4
    /// A result whose encoding is larger is not stored: reading it back
    /// would cost more than a check.
    static let largestResult = 8 << 20

    /// The store kept in `gitDirectory` (the repository's common git
    /// directory) for this version of Cairn.
    public init(gitDirectory: URL, cairnVersion: String) {
        file = CacheFile(
            url: gitDirectory.appendingPathComponent("cairn/check-results"), magic: Array("CAIRNCR\0".utf8),
            formatVersion: 1, cairnVersion: cairnVersion)
        baselineFile = CacheFile(
            url: gitDirectory.appendingPathComponent("cairn/check-baseline"), magic: Array("CAIRNCB\0".utf8),
            formatVersion: 4, cairnVersion: cairnVersion)
    }

    /// The result stored for `fingerprint`, if any.
    func result(for fingerprint: CheckFingerprint) -> StoredCheck? {
        guard let records = records() else { return nil }
        for record in records where record.fingerprint == fingerprint.id {
            var reader = CacheBinaryReader(Array(record.encoding))
            guard let check = try? reader.storedCheck(fingerprint), reader.isAtEnd else { return nil }
            return check
        }
        return nil
    }

    /// Keeps `check` as the most recent result, dropping the oldest beyond
    /// ``capacity``; errors are swallowed.
    func store(_ check: StoredCheck) {
        var writer = CacheBinaryWriter()
        writer.storedCheck(check)
        guard writer.bytes.count <= Self.largestResult else { return }
        let kept = (records() ?? []).filter { $0.fingerprint != check.fingerprint.id }.prefix(Self.capacity - 1)
        file.write(key: 0) { payload in
            payload.unsigned(UInt64(kept.count + 1))
            payload.string(check.fingerprint.id)
            payload.unsigned(UInt64(writer.bytes.count))
            payload.raw(writer.bytes)
            for record in kept {
                payload.string(record.fingerprint)
                payload.unsigned(UInt64(record.encoding.count))
                payload.raw(record.encoding)
            }
        }
    }

    /// One stored result, still encoded.
    private struct Record {
        var fingerprint: String
        var encoding: ArraySlice<UInt8>
    }

    /// The stored results, most recent first; `nil` when the file is missing
    /// or damaged.
    private func records() -> [Record]? {
        guard var reader = file.payload(key: 0) else { return nil }
        do {
            let records = try reader.array { reader in
                Record(fingerprint: try reader.string(), encoding: try reader.raw(try reader.count()))
            }
            return reader.isAtEnd ? records : nil
        } catch {
            return nil
        }
    }
}
