// The event record (shared/design/EVENT_SCHEMA.md) and the document it comes from.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace marsad {

struct Document {
  std::string id;
  std::string text;
  std::string date;  // publication date as given ("" when unknown)
  std::string title, url, source;
  std::string origin;  // "file:line" for diagnostics
};

struct Span {
  uint32_t b = 0, e = 0;
};

struct ActorRef {
  bool present = false;
  std::string text, name, code, country, role;
  Span span;
  bool implied = false;           // not named in the text (protesters of a protest): text and span null
  bool country_inferred = false;  // the country is the event's place (ACLED's "Police Forces of Iraq")
};

struct DateRef {
  std::string start, end;  // "" = null
  std::string precision = "unknown";
  std::string text;        // "" = null
  bool has_span = false;
  Span span;
};

struct LocationRef {
  bool present = false;
  std::string text;  // the place expression as written
  Span span;
  std::string precision = "unknown";  // place | district | province | country | region | unknown
  // filled by the gazetteer ("" / nullopt = null)
  std::string name, name_ar, feature, country, admin1, admin2;
  std::optional<int64_t> geonameid;
  std::optional<double> lat, lon;
};

struct Event {
  std::string event_id, doc_id;
  std::string type, mode, cameo;
  std::string acled_type, acled_sub;
  double goldstein = 0;
  int quad_class = 0;
  std::string modality = "asserted";
  bool negated = false;
  ActorRef actor1, actor2;
  DateRef date;
  LocationRef location;
  std::optional<int64_t> fatalities, injured, arrested, displaced;
  std::string trigger_text;
  Span trigger_span;
  std::string sentence;
  Span sentence_span;
  double confidence = 0;
  // internal
  uint32_t sentence_index = 0;
};

// A place the document mentions (document-level, GKG-style).
struct PlaceMention {
  LocationRef loc;     // text/span always set; the rest when resolved
  std::string why;     // how it was resolved, or why not
  uint32_t sentence = 0;
};

struct DocResult {
  std::vector<Event> events;
  std::vector<PlaceMention> places;
  bool skipped = false;
  std::string skip_reason;  // short key: empty_text, not_arabic, too_large, bad_utf8 ...
  std::string message;      // human-readable diagnostic
  std::vector<std::string> warnings;
  size_t sentences = 0;
  size_t tokens = 0;
};

}  // namespace marsad
