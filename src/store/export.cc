#include "store/export.h"

#include <cstring>
#include <ctime>
#include <map>
#include <nlohmann/json.hpp>

#include "io/writers.h"

namespace marsad {

using nlohmann::json;

namespace {

struct Country {
  const char* iso2;
  int num;
  const char* iso3;
  const char* name;
  const char* region;  // ACLED region
};
// ISO 3166 (alpha-2, numeric, alpha-3), ACLED country name and region for the
// countries Arabic news mostly reports on. Others: iso2 only.
const Country kCountries[] = {
    {"DZ", 12, "DZA", "Algeria", "Northern Africa"},     {"BH", 48, "BHR", "Bahrain", "Middle East"},
    {"KM", 174, "COM", "Comoros", "Eastern Africa"},     {"DJ", 262, "DJI", "Djibouti", "Eastern Africa"},
    {"EG", 818, "EGY", "Egypt", "Northern Africa"},      {"IR", 364, "IRN", "Iran", "Middle East"},
    {"IQ", 368, "IRQ", "Iraq", "Middle East"},           {"IL", 376, "ISR", "Israel", "Middle East"},
    {"JO", 400, "JOR", "Jordan", "Middle East"},         {"KW", 414, "KWT", "Kuwait", "Middle East"},
    {"LB", 422, "LBN", "Lebanon", "Middle East"},        {"LY", 434, "LBY", "Libya", "Northern Africa"},
    {"MR", 478, "MRT", "Mauritania", "Western Africa"},  {"MA", 504, "MAR", "Morocco", "Northern Africa"},
    {"OM", 512, "OMN", "Oman", "Middle East"},           {"PS", 275, "PSE", "Palestine", "Middle East"},
    {"QA", 634, "QAT", "Qatar", "Middle East"},          {"SA", 682, "SAU", "Saudi Arabia", "Middle East"},
    {"SO", 706, "SOM", "Somalia", "Eastern Africa"},     {"SD", 729, "SDN", "Sudan", "Northern Africa"},
    {"SS", 728, "SSD", "South Sudan", "Eastern Africa"}, {"SY", 760, "SYR", "Syria", "Middle East"},
    {"TN", 788, "TUN", "Tunisia", "Northern Africa"},    {"TR", 792, "TUR", "Turkey", "Middle East"},
    {"AE", 784, "ARE", "United Arab Emirates", "Middle East"},
    {"YE", 887, "YEM", "Yemen", "Middle East"},          {"AF", 4, "AFG", "Afghanistan", "South Asia"},
    {"TD", 148, "TCD", "Chad", "Middle Africa"},         {"ML", 466, "MLI", "Mali", "Western Africa"},
    {"NE", 562, "NER", "Niger", "Western Africa"},       {"ER", 232, "ERI", "Eritrea", "Eastern Africa"},
    {"ET", 231, "ETH", "Ethiopia", "Eastern Africa"},    {"CY", 196, "CYP", "Cyprus", "Europe"},
    {"RU", 643, "RUS", "Russia", "Europe"},              {"US", 840, "USA", "United States", "North America"},
    {"FR", 250, "FRA", "France", "Europe"},              {"GB", 826, "GBR", "United Kingdom", "Europe"},
    {"UA", 804, "UKR", "Ukraine", "Europe"},             {"PK", 586, "PAK", "Pakistan", "South Asia"},
};
const Country* country(const std::string& iso2) {
  for (const auto& c : kCountries)
    if (iso2 == c.iso2) return &c;
  return nullptr;
}

std::string s(const json& j, const char* k) {
  auto it = j.find(k);
  if (it == j.end() || it->is_null()) return "";
  if (it->is_string()) return it->get<std::string>();
  return it->dump();
}
std::optional<int64_t> oi(const json& j, const char* k) {
  auto it = j.find(k);
  if (it == j.end() || !it->is_number()) return std::nullopt;
  return it->get<int64_t>();
}
std::optional<double> od(const json& j, const char* k) {
  auto it = j.find(k);
  if (it == j.end() || !it->is_number()) return std::nullopt;
  return it->get<double>();
}
Span span_of(const json& j, const char* k) {
  Span sp;
  auto it = j.find(k);
  if (it != j.end() && it->is_array() && it->size() == 2) {
    sp.b = (*it)[0].get<uint32_t>();
    sp.e = (*it)[1].get<uint32_t>();
  }
  return sp;
}
void actor_from(const json& j, ActorRef* a) {
  if (!j.is_object()) return;
  a->present = true;
  a->text = s(j, "text");
  a->name = s(j, "name");
  a->code = s(j, "code");
  a->country = s(j, "country");
  a->role = s(j, "role");
  a->span = span_of(j, "span");
  a->implied = j.value("implied", false);
  a->country_inferred = j.value("country_inferred", false);
}

std::string fmt(double d, int prec) {
  char b[32];
  std::snprintf(b, sizeof b, "%.*f", prec, d);
  return b;
}

// a field for a tab-separated file: no tabs or line breaks inside
std::string tsv(std::string v) {
  for (char& c : v)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return v;
}
void csv_field(std::string_view v, std::string* out) {
  if (v.find_first_of(",\"\n\r") == std::string_view::npos) {
    out->append(v);
    return;
  }
  out->push_back('"');
  for (char c : v) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}
void csv_row(const std::vector<std::string>& f, std::string* out) {
  for (size_t i = 0; i < f.size(); ++i) {
    if (i) out->push_back(',');
    csv_field(f[i], out);
  }
  out->push_back('\n');
}
void tsv_row(const std::vector<std::string>& f, std::string* out) {
  for (size_t i = 0; i < f.size(); ++i) {
    if (i) out->push_back('\t');
    out->append(tsv(f[i]));
  }
  out->push_back('\n');
}

// ACLED inter codes from our actor role/code.
int acled_inter(const ActorRef& a) {
  if (!a.present) return 0;
  const std::string& r = a.role;
  const std::string& c = a.code;
  if (r == "REB" || r == "INS" || c.find("ISIS") != std::string::npos) return 2;
  if (r == "UAF") return 3;
  if (r == "OPP" && c.find("PRO") != std::string::npos) return 6;
  if (r == "CVL" || r == "MED" || r == "EDU" || r == "REL" || r == "BUS" || r == "HLH" || r == "JUD") return 7;
  if (r == "MIL" || r == "COP" || r == "GOV" || r == "SPY") return a.country.empty() ? 8 : 1;
  return 0;
}

int64_t unix_time(const std::string& iso) {
  std::tm tm{};
  if (!strptime(iso.c_str(), "%Y-%m-%dT%H:%M:%SZ", &tm)) return 0;
  return static_cast<int64_t>(timegm(&tm));
}

std::string event_date(const Event& e) { return e.date.start.empty() ? e.date.end : e.date.start; }

void flatten(const json& j, const std::string& prefix, json* out) {
  if (j.is_object()) {
    for (auto it = j.begin(); it != j.end(); ++it)
      flatten(it.value(), prefix.empty() ? it.key() : prefix + "_" + it.key(), out);
  } else {
    (*out)[prefix] = j;
  }
}

}  // namespace

bool event_from_json(std::string_view text, Event* e, Document* d, std::string* err) {
  json j = json::parse(text.begin(), text.end(), nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    *err = "not a JSON object";
    return false;
  }
  try {
    *e = Event();
    *d = Document();
    e->event_id = s(j, "event_id");
    e->doc_id = s(j, "doc_id");
    d->id = e->doc_id;
    if (j.contains("doc") && j["doc"].is_object()) {
      const json& dj = j["doc"];
      d->source = s(dj, "source");
      d->url = s(dj, "url");
      d->date = s(dj, "published");
      d->title = s(dj, "title");
    }
    e->type = s(j, "type");
    e->mode = s(j, "mode");
    e->cameo = s(j, "cameo");
    if (j.contains("acled") && j["acled"].is_object()) {
      e->acled_type = s(j["acled"], "event_type");
      e->acled_sub = s(j["acled"], "sub_event_type");
    }
    e->goldstein = od(j, "goldstein").value_or(0);
    e->quad_class = static_cast<int>(oi(j, "quad_class").value_or(0));
    e->modality = s(j, "modality");
    e->negated = j.value("negated", false);
    if (j.contains("actor1")) actor_from(j["actor1"], &e->actor1);
    if (j.contains("actor2")) actor_from(j["actor2"], &e->actor2);
    if (j.contains("date") && j["date"].is_object()) {
      const json& dj = j["date"];
      e->date.start = s(dj, "start");
      e->date.end = s(dj, "end");
      e->date.precision = s(dj, "precision");
      e->date.text = s(dj, "text");
      e->date.has_span = dj.contains("span") && dj["span"].is_array();
      e->date.span = span_of(dj, "span");
    }
    if (j.contains("location") && j["location"].is_object()) {
      const json& l = j["location"];
      LocationRef& L = e->location;
      L.present = true;
      L.text = s(l, "text");
      L.name = s(l, "name");
      L.name_ar = s(l, "name_ar");
      L.geonameid = oi(l, "geonameid");
      L.feature = s(l, "feature");
      L.country = s(l, "country");
      L.admin1 = s(l, "admin1");
      L.admin2 = s(l, "admin2");
      L.lat = od(l, "lat");
      L.lon = od(l, "lon");
      L.precision = s(l, "precision");
      L.span = span_of(l, "span");
    }
    e->fatalities = oi(j, "fatalities");
    e->injured = oi(j, "injured");
    e->arrested = oi(j, "arrested");
    e->displaced = oi(j, "displaced");
    if (j.contains("trigger") && j["trigger"].is_object()) {
      e->trigger_text = s(j["trigger"], "text");
      e->trigger_span = span_of(j["trigger"], "span");
    }
    e->sentence = s(j, "sentence");
    e->sentence_span = span_of(j, "sentence_span");
    e->confidence = od(j, "confidence").value_or(0);
  } catch (const std::exception& ex) {
    *err = ex.what();
    return false;
  }
  return true;
}

std::string flat_properties_json(std::string_view text) {
  json j = json::parse(text.begin(), text.end(), nullptr, false);
  json out = json::object();
  if (!j.is_discarded()) flatten(j, "", &out);
  return out.dump(-1, ' ', false, json::error_handler_t::replace);
}

const std::vector<std::string>& acled_columns() {
  static const std::vector<std::string> c = {
      "data_id", "iso", "event_id_cnty", "event_id_no_cnty", "event_date", "year", "time_precision", "event_type",
      "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
      "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
      "source", "source_scale", "notes", "fatalities", "timestamp", "iso3", "injured"};
  return c;
}

const std::vector<std::string>& gdelt_columns() {
  static const std::vector<std::string> c = [] {
    std::vector<std::string> v = {"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"};
    for (const char* a : {"Actor1", "Actor2"})
      for (const char* f : {"Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                            "Religion2Code", "Type1Code", "Type2Code", "Type3Code"})
        v.push_back(std::string(a) + f);
    for (const char* f : {"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                          "NumMentions", "NumSources", "NumArticles", "AvgTone"})
      v.push_back(f);
    for (const char* g : {"Actor1Geo_", "Actor2Geo_", "ActionGeo_"})
      for (const char* f : {"Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"})
        v.push_back(std::string(g) + f);
    v.push_back("DATEADDED");
    v.push_back("SOURCEURL");
    return v;
  }();
  return c;
}

const std::vector<std::string>& polecat_columns() {
  static const std::vector<std::string> c = {
      "Event ID", "Event Date", "Event Type", "Event Mode", "Event Intensity", "Quad Code", "Contexts",
      "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title",
      "Actor Name Raw", "Wikipedia Actor ID", "Recipient Name", "Recipient Country", "Recipient COW",
      "Primary Recipient Sector", "Recipient Sectors", "Recipient Title", "Recipient Name Raw",
      "Wikipedia Recipient ID", "Placename", "City", "District", "Province", "Country", "Latitude", "Longitude",
      "GeoNames ID", "Raw Placename", "Feature Type", "Source", "Publication Date", "Story People",
      "Story Organizations", "Story Locations", "Language", "Version"};
  return c;
}

bool Exporter::known_format(const std::string& f) {
  return f == "jsonl" || f == "csv" || f == "acled" || f == "gdelt" || f == "polecat" || f == "geojson";
}

void Exporter::begin() {
  buf_.clear();
  if (fmt_ == "csv") buf_ = csv_header();
  else if (fmt_ == "acled") csv_row(acled_columns(), &buf_);
  else if (fmt_ == "polecat") tsv_row(polecat_columns(), &buf_);
  else if (fmt_ == "geojson") buf_ = "{\"type\": \"FeatureCollection\", \"features\": [";
  std::fwrite(buf_.data(), 1, buf_.size(), out_);
}

bool Exporter::add(const EventRow& row) {
  buf_.clear();
  const std::string& js = row.ev.json;
  if (fmt_ == "jsonl") {
    buf_ = js;
    buf_.push_back('\n');
  } else {
    Event e;
    Document d;
    std::string err;
    if (!event_from_json(js, &e, &d, &err)) {
      ++left_out_;
      return false;
    }
    const LocationRef& L = e.location;
    bool located = L.present && L.lat && L.lon;
    const Country* cc = L.present ? country(L.country) : nullptr;
    std::string date = event_date(e);
    if (fmt_ == "csv") {
      write_event_csv(e, d, &buf_);
    } else if (fmt_ == "acled") {
      if (e.acled_type.empty()) {
        ++left_out_;
        return false;
      }
      std::string dmy = date.size() == 10 ? date.substr(8, 2) + "-" + date.substr(5, 2) + "-" + date.substr(0, 4) : "";
      std::string tp = e.date.precision == "day" ? "1" : e.date.precision == "part_of_month" ? "2"
                       : date.empty()             ? ""
                                                  : "3";
      int i1 = acled_inter(e.actor1), i2 = acled_inter(e.actor2);
      std::string inter = i1 && i2 ? std::to_string(std::min(i1, i2) * 10 + std::max(i1, i2))
                           : (i1 || i2) ? std::to_string((i1 ? i1 : i2) * 10)
                                        : "";
      std::string gp = !L.present ? "" : L.precision == "place" ? "1" : L.precision == "district" ? "2"
                                     : L.precision == "unknown"                                ? ""
                                                                                               : "3";
      std::string rid = std::to_string(row.rowid);
      csv_row({rid, cc ? std::to_string(cc->num) : "", (cc ? std::string(cc->iso3) : std::string("XXX")) + rid, rid,
               dmy, date.substr(0, 4), tp, e.acled_type, e.acled_sub,
               e.actor1.present ? (e.actor1.name.empty() ? e.actor1.text : e.actor1.name) : "", "",
               i1 ? std::to_string(i1) : "",
               e.actor2.present ? (e.actor2.name.empty() ? e.actor2.text : e.actor2.name) : "", "",
               i2 ? std::to_string(i2) : "", inter, cc ? cc->region : "",
               cc ? cc->name : L.country, L.admin1, L.admin2, "", L.name.empty() ? L.text : L.name,
               L.lat ? fmt(*L.lat, 4) : "", L.lon ? fmt(*L.lon, 4) : "", gp, d.source, "", e.sentence,
               std::to_string(e.fatalities.value_or(0)), std::to_string(unix_time(row.ingested_at)),
               cc ? cc->iso3 : "", e.injured ? std::to_string(*e.injured) : ""},
              &buf_);
    } else if (fmt_ == "gdelt") {
      std::vector<std::string> f;
      f.reserve(61);
      std::string ymd = date.size() == 10 ? date.substr(0, 4) + date.substr(5, 2) + date.substr(8, 2) : "";
      f.push_back(std::to_string(row.rowid));
      f.push_back(ymd);
      f.push_back(ymd.substr(0, std::min<size_t>(6, ymd.size())));
      f.push_back(ymd.substr(0, std::min<size_t>(4, ymd.size())));
      if (ymd.size() == 8) {
        int y = std::stoi(ymd.substr(0, 4)), m = std::stoi(ymd.substr(4, 2)), dd = std::stoi(ymd.substr(6, 2));
        static const int cum[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
        int doy = cum[std::clamp(m, 1, 12) - 1] + dd;
        f.push_back(fmt(y + doy / 365.0, 4));
      } else {
        f.push_back("");
      }
      for (const ActorRef* a : {&e.actor1, &e.actor2}) {
        bool p = a->present;
        f.push_back(p ? a->code : "");
        f.push_back(p ? (a->name.empty() ? a->text : a->name) : "");
        f.push_back(p ? a->country : "");
        f.push_back("");  // KnownGroupCode
        f.push_back("");  // EthnicCode
        f.push_back("");  // Religion1Code
        f.push_back("");  // Religion2Code
        f.push_back(p ? a->role : "");
        f.push_back("");
        f.push_back("");
      }
      bool root = e.event_id.find(":s1:") != std::string::npos;
      f.push_back(root ? "1" : "0");
      f.push_back(e.cameo);
      f.push_back(e.cameo.substr(0, std::min<size_t>(3, e.cameo.size())));
      f.push_back(e.cameo.substr(0, std::min<size_t>(2, e.cameo.size())));
      f.push_back(std::to_string(e.quad_class));
      f.push_back(fmt(e.goldstein, 1));
      f.push_back("1");
      f.push_back("1");
      f.push_back("1");
      f.push_back("0");  // AvgTone: not computed
      // Actor1Geo_*, Actor2Geo_*: not coded (empty); ActionGeo_*: the event location
      for (int g = 0; g < 2; ++g)
        for (int k = 0; k < 8; ++k) f.push_back(k == 0 ? "0" : "");
      if (L.present && (L.lat || !L.country.empty())) {
        std::string type = L.precision == "country" ? "1" : (L.precision == "province" || L.precision == "region") ? "5" : "4";
        std::string full = L.name.empty() ? L.text : L.name;
        if (!L.admin1.empty() && L.admin1 != full) full += ", " + L.admin1;
        if (cc) full += std::string(", ") + cc->name;
        f.push_back(type);
        f.push_back(full);
        f.push_back(L.country);
        f.push_back(L.country.empty() ? "" : L.country + (L.admin1.empty() ? "" : "-" + L.admin1));
        f.push_back(L.admin2);
        f.push_back(L.lat ? fmt(*L.lat, 4) : "");
        f.push_back(L.lon ? fmt(*L.lon, 4) : "");
        f.push_back(L.geonameid ? std::to_string(*L.geonameid) : "");
      } else {
        f.push_back("0");
        for (int k = 0; k < 7; ++k) f.push_back("");
      }
      std::string added;
      for (char c : row.ingested_at)
        if (c >= '0' && c <= '9') added.push_back(c);
      f.push_back(added);
      f.push_back(d.url);
      tsv_row(f, &buf_);
    } else if (fmt_ == "polecat") {
      bool a1 = e.actor1.present, a2 = e.actor2.present;
      tsv_row({e.event_id, date, e.type, e.mode, fmt(e.goldstein, 1), std::to_string(e.quad_class), "",
               a1 ? e.actor1.name : "", a1 ? e.actor1.country : "", "", a1 ? e.actor1.role : "", a1 ? e.actor1.role : "",
               "", a1 ? e.actor1.text : "", "",
               a2 ? e.actor2.name : "", a2 ? e.actor2.country : "", "", a2 ? e.actor2.role : "", a2 ? e.actor2.role : "",
               "", a2 ? e.actor2.text : "", "",
               L.present ? L.name : "", L.present && L.precision == "place" ? L.name : "", L.admin2, L.admin1,
               cc ? cc->iso3 : L.country, L.lat ? fmt(*L.lat, 5) : "", L.lon ? fmt(*L.lon, 5) : "",
               L.geonameid ? std::to_string(*L.geonameid) : "", L.present ? L.text : "", L.feature, d.source, d.date,
               "", "", "", "ar", std::string("marsad-") + MARSAD_VERSION},
              &buf_);
    } else if (fmt_ == "geojson") {
      if (!located) {
        ++left_out_;
        return false;
      }
      if (written_) buf_ += ",";
      buf_ += "\n{\"type\": \"Feature\", \"id\": ";
      json_escape(e.event_id, &buf_);
      buf_ += ", \"geometry\": {\"type\": \"Point\", \"coordinates\": [" + fmt(*L.lon, 5) + ", " + fmt(*L.lat, 5) +
              "]}, \"properties\": " + flat_properties_json(js) + "}";
    }
  }
  std::fwrite(buf_.data(), 1, buf_.size(), out_);
  ++written_;
  return true;
}

void Exporter::end() {
  if (fmt_ == "geojson") std::fputs("\n]}\n", out_);
  std::fflush(out_);
}

}  // namespace marsad
