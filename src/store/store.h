// Store: the embedded SQLite database (one file, default marsad.db):
// documents, events, FTS5 full-text search over documents through our own
// tokenizer (the same Normalizer and clitic splitter), an R*Tree over event
// coordinates. Ingest is idempotent by document id and content hash, and
// crash-safe (one transaction per batch, WAL).
//
// This header is the contract between the store, the CLI (ingest, query,
// export) and the HTTP server. Extend it; do not change the meaning of what
// is here.
#pragma once
#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "coder/event.h"
#include "core/status.h"

namespace marsad {

struct EventQuery {
  std::string type, mode, modality;  // exact (type upper-case PLOVER)
  std::string actor;                 // actor code prefix (IRQMIL, ISR) or text in actor1/actor2 name/text
  std::string country;               // actor country (ISO3) or location country (ISO2)
  std::string admin1;                // location admin1 (English name)
  std::string date_from, date_to;    // inclusive ISO dates, on the event date (start, else end)
  std::optional<std::array<double, 4>> bbox;  // min_lon, min_lat, max_lon, max_lat
  std::string q;                     // full-text query over the documents (FTS5)
  std::string doc_id;
  int limit = 100, offset = 0;       // limit is capped at 1000
};

struct StoredEvent {
  std::string event_id, doc_id;
  std::string json;  // the EVENT_SCHEMA.md record, exactly as `marsad code` writes it (one line, no newline)
};

struct StoredDocument {
  std::string id, title, url, source, published, text;
  std::vector<StoredEvent> events;
};

struct TimelineBucket {
  std::string period;  // "2020-04-09" (day), "2020-W15" (week), "2020-04" (month)
  std::string type;
  int64_t count = 0;
};

// One row as export sees it: the stored event plus what GDELT-like formats
// need (a numeric id, when it was stored).
struct EventRow {
  int64_t rowid = 0;           // stable numeric id of the event in this database
  std::string ingested_at;     // UTC, "YYYY-MM-DDTHH:MM:SSZ"
  StoredEvent ev;
};

struct IngestOutcome {
  enum Kind { Added, Replaced, Unchanged } kind = Added;
  size_t events = 0;
};

// Thread-safe: every call holds the store's mutex (open one Store per thread
// for parallel reads; WAL lets readers run while an ingest writes).
class Store {
 public:
  static constexpr int kSchemaVersion = 1;  // PRAGMA user_version
  // The content hash that decides "unchanged": id, text, date, title, url, source.
  static std::string content_hash(const Document& doc);
  // Opens (creating the schema if needed). read_only opens with SQLITE_OPEN_READONLY.
  static Result<std::unique_ptr<Store>> open(const std::string& path, bool read_only = false);
  virtual ~Store() = default;

  // Stores a coded document and its events in one transaction: a new id is
  // added; the same id with the same content hash is left as it is; a changed
  // document replaces its events.
  virtual Result<IngestOutcome> put(const Document& doc, const DocResult& res) = 0;
  // Batching for speed: begin/commit around many put() calls.
  virtual Status begin() = 0;
  virtual Status commit() = 0;

  virtual Result<std::vector<StoredEvent>> query(const EventQuery& q, int64_t* total) = 0;
  virtual Result<std::optional<StoredEvent>> event(const std::string& event_id) = 0;
  virtual Result<std::optional<StoredDocument>> document(const std::string& doc_id) = 0;
  // granularity: day | week | month
  virtual Result<std::vector<TimelineBucket>> timeline(const EventQuery& q, const std::string& granularity) = 0;
  // counts per type (and mode) for the filters: one entry per type ("ASSAULT"),
  // most frequent first; when q.type is set, also one per mode of that type
  // ("ASSAULT/aerial").
  virtual Result<std::vector<std::pair<std::string, int64_t>>> type_counts(const EventQuery& q) = 0;
  // places with event counts: name, country, admin1, lat, lon, count (as JSON objects, one per place)
  virtual Result<std::vector<std::string>> places(const EventQuery& q) = 0;
  // full-text search over documents: id, title, a snippet (JSON objects)
  virtual Result<std::vector<std::string>> search(const std::string& q, int limit, int offset) = 0;
  virtual Result<int64_t> count_documents() = 0;

  // Additions (ingest, export):
  // The stored content hash of a document, or nullopt when it is not stored
  // (lets ingest skip coding documents that have not changed).
  virtual Result<std::optional<std::string>> document_hash(const std::string& doc_id) = 0;
  // Every event that matches q, in ingest order (q.limit <= 0: no limit, no
  // cap; offset applies). fn returns false to stop.
  virtual Status for_each(const EventQuery& q, const std::function<bool(const EventRow&)>& fn) = 0;
  virtual Result<int64_t> count_events() = 0;
};

}  // namespace marsad
