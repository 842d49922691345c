// Export formats over stored events: jsonl (the record), csv (the flat CSV of
// `marsad code --format csv`), acled (ACLED's codebook column order + injured),
// gdelt (GDELT 2.0's 61 event columns, tab-separated), polecat (POLECAT's 40
// columns, tab-separated), geojson (a FeatureCollection of located events).
// docs/EXPORTS.md lists every column and where our values differ.
#pragma once
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "coder/event.h"
#include "store/store.h"

namespace marsad {

// Parses a stored JSONL record back into an Event and its Document fields.
bool event_from_json(std::string_view json, Event* e, Document* d, std::string* err);

// The flat record (GeoJSON properties, one level, nested keys joined by "_").
std::string flat_properties_json(std::string_view json);

const std::vector<std::string>& acled_columns();
const std::vector<std::string>& gdelt_columns();
const std::vector<std::string>& polecat_columns();

class Exporter {
 public:
  // format: jsonl | csv | acled | gdelt | polecat | geojson
  static bool known_format(const std::string& f);
  Exporter(std::string format, std::FILE* out) : fmt_(std::move(format)), out_(out) {}
  void begin();
  // Writes one row (some formats leave events out: acled keeps events with an
  // ACLED type, geojson keeps events with coordinates). Returns true if written.
  bool add(const EventRow& row);
  void end();
  size_t written() const { return written_; }
  size_t left_out() const { return left_out_; }

 private:
  std::string fmt_;
  std::FILE* out_;
  std::string buf_;
  size_t written_ = 0, left_out_ = 0;
};

}  // namespace marsad
