// ToponymResolver: a place expression ("قرية مزيرير التابعة لقضاء الحويجة، في
// كركوك", "جنوبي مركز نينوى", "100 كلم شمال شرقي بغداد") → a GeoNames-style
// location with hierarchy and precision, and the reasons.
#pragma once
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "coder/event.h"
#include "geo/gazetteer.h"

namespace marsad {

struct PlacePart {
  std::vector<std::string> keys;  // candidate gazetteer keys, most likely first
  std::vector<std::string> short_keys;  // the name without its last words (less likely)
  std::vector<bool> key_clitic_no_article;  // keys[i] came from و/ف/ب/ل stripped without ال
  std::string feature_form;       // the feature word as written (normalized), for "مدينة الصدر"
  std::string feature;            // normalized feature word (قريه، قضاء، محافظه …) or ""
  std::string direction;          // normalized direction words (شمال، جنوبي …) or ""
  std::string country_iso3;       // the part names a country (from the actor lexicon)
  std::string nisba_iso3;         // a nationality after the name: "رفح المصرية", "طرابلس اللبنانية"
  Span span;                      // original span of the part's name
  std::string text;               // the part as written
};

struct PlaceExpr {
  std::vector<PlacePart> parts;
  Span span;
  std::string text;
  double distance_km = 0;  // "100 كلم شمال بغداد"
};

struct GeoContext {
  std::map<std::string, double> country_focus;  // ISO alpha-2 → weight (document focus: resolved places)
  std::map<std::string, double> actor_focus;    // ISO alpha-2 → weight (named actors; breaks ties only)
  // provinces the same sentence names elsewhere ("في بلدة أريحا التي تسيطر عليها
  // المعارضة في محافظة إدلب"): ISO alpha-2 and admin1 name
  std::vector<std::pair<std::string, std::string>> sentence_provinces;
};

struct Resolution {
  LocationRef loc;  // text/span set by the caller
  std::string why;
  bool resolved = false;
};

class ToponymResolver {
 public:
  explicit ToponymResolver(std::shared_ptr<Gazetteer> g) : g_(std::move(g)) {}
  Resolution resolve(const PlaceExpr& x, const GeoContext& ctx) const;
  const Gazetteer* gazetteer() const { return g_.get(); }
  // The gazetteer key of a name as written (exposed for tests and tools).
  static std::string key_of(std::string_view name);

 private:
  std::shared_ptr<Gazetteer> g_;
};

// Features a feature word asks for ("قضاء" → ADM2 …); empty when unknown.
std::vector<std::string> features_for_word(std::string_view normalized_word);
// Precision of a GeoNames feature code: place | district | province | country | region.
std::string precision_of(std::string_view feature);

}  // namespace marsad
