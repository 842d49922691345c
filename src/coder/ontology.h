// Ontology tables: CAMEO codes with Goldstein values, PLOVER types and modes,
// the QuadClass convention and the ACLED type mapping.
#pragma once
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "core/status.h"

namespace marsad {

struct CameoCode {
  double goldstein = 0;
  std::string name;
};

class Ontology {
 public:
  // Reads cameo.tsv and plover_modes.tsv from dir (data/ontology).
  static Result<Ontology> load(const std::string& dir);
  const CameoCode* cameo(std::string_view code) const;
  bool mode_ok(std::string_view type, std::string_view mode) const;
  // EVENT_SCHEMA.md: roots 01–05 → 1, 06–09 → 2, 10–14 → 3, 15–20 → 4.
  static int quad_class(std::string_view cameo);
  // ACLED event type / sub-event type, or {"", ""} when none fits.
  static std::pair<std::string, std::string> acled(std::string_view type, std::string_view mode,
                                                   std::string_view cameo,
                                                   std::string_view target_role);

 private:
  std::unordered_map<std::string, CameoCode> cameo_;
  std::set<std::pair<std::string, std::string>> modes_;
};

}  // namespace marsad
