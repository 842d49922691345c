#include "geo/toponym.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace marsad {

std::string gazetteer_key(std::string_view name);  // gazetteer.cc

std::string ToponymResolver::key_of(std::string_view name) { return gazetteer_key(name); }

std::vector<std::string> features_for_word(std::string_view w) {
  if (w == "محافظه" || w == "ولايه" || w == "اقليم" || w == "اماره" || w == "مقاطعه")
    return {"ADM1"};
  if (w == "قضاء" || w == "مديريه" || w == "لواء" || w == "مركز" || w == "محليه" || w == "شعبيه")
    return {"ADM2", "PPLA2", "PPLA", "ADM1"};
  if (w == "ناحيه") return {"ADM3", "PPL", "PPLA3", "PPLA2"};
  if (w == "قريه" || w == "بلده" || w == "مدينه" || w == "بلدات" || w == "قري" || w == "ضاحيه")
    return {"PPL", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLC", "PPLX"};
  if (w == "حي" || w == "منطقه") return {"PPLX", "PPL", "ADM2", "RGN"};
  if (w == "قاعده" || w == "معسكر") return {"MILB", "AIRB"};
  if (w == "منفذ") return {"PSTB"};
  if (w == "عاصمه") return {"PPLC", "PPLA"};
  if (w == "مصفاه" || w == "مصفي") return {"OILF"};
  if (w == "سوق" || w == "شارع" || w == "مسجد" || w == "مستشفي" || w == "مدرسه" || w == "جامعه" || w == "سجن" ||
      w == "مقر" || w == "حاجز" || w == "طريق" || w == "جسر" || w == "ساحه" || w == "ميدان" || w == "كنيسه")
    return {"POI"};
  if (w == "مطار") return {"AIRP", "AIRB"};
  if (w == "مخيم") return {"CMPRF"};
  if (w == "معبر") return {"PSTB"};
  if (w == "سد") return {"DAM"};
  if (w == "حقل" || w == "حقول") return {"OILF"};
  if (w == "نهر") return {"STM"};
  if (w == "صحراء" || w == "باديه") return {"DSRT", "RGN"};
  if (w == "ميناء" || w == "مرفا") return {"PRT"};
  return {};
}

std::string precision_of(std::string_view f) {
  if (f == "PCLI" || f == "PCL" || f == "PCLD" || f == "PCLS" || f == "TERR") return "country";
  if (f == "ADM1" || f == "ADM1H") return "province";
  if (f == "ADM2" || f == "ADM3" || f == "ADM2H") return "district";
  if (f == "RGN" || f == "DSRT" || f == "STM" || f == "VAL" || f == "MTS") return "region";
  return "place";
}

namespace {

double feature_rank(std::string_view f) {
  if (f == "PPLC") return 3;
  if (f == "PPLA") return 2.5;
  if (f == "ADM1") return 2.2;
  if (f == "PPLA2") return 2;
  if (f == "ADM2") return 1.8;
  if (f == "PCLI") return 1.5;
  if (f == "PPLA3" || f == "PPLA4" || f == "ADM3") return 1.2;
  if (f.rfind("PPL", 0) == 0) return 1;
  return 0.8;
}

// Point at distance d km and bearing from (lat, lon).
void destination(double lat, double lon, double d, double bearing_deg, double* olat, double* olon) {
  const double r = M_PI / 180.0, R = 6371.0;
  double b = bearing_deg * r, p1 = lat * r, l1 = lon * r, a = d / R;
  double p2 = std::asin(std::sin(p1) * std::cos(a) + std::cos(p1) * std::sin(a) * std::cos(b));
  double l2 = l1 + std::atan2(std::sin(b) * std::sin(a) * std::cos(p1), std::cos(a) - std::sin(p1) * std::sin(p2));
  *olat = p2 / r;
  *olon = l2 / r;
}

double bearing_of(const std::string& dir) {
  bool n = dir.find("شمال") != std::string::npos, s = dir.find("جنوب") != std::string::npos;
  bool e = dir.find("شرق") != std::string::npos, w = dir.find("غرب") != std::string::npos;
  if (n && e) return 45;
  if (n && w) return 315;
  if (s && e) return 135;
  if (s && w) return 225;
  if (n) return 0;
  if (s) return 180;
  if (e) return 90;
  if (w) return 270;
  return -1;
}

struct Cand {
  uint32_t entry;
  double score;
  std::string key;
  bool full_multiword = false;  // matched the whole of a name of two words or more
  bool shorter = false;         // matched only a shorter form of the name
};

}  // namespace

Resolution ToponymResolver::resolve(const PlaceExpr& x, const GeoContext& ctx) const {
  Resolution res;
  const Gazetteer& g = *g_;
  std::vector<std::vector<Cand>> cands(x.parts.size());
  // 1. candidates of each part, scored alone
  for (size_t i = 0; i < x.parts.size(); ++i) {
    const PlacePart& p = x.parts[i];
    auto want = features_for_word(p.feature);
    if (!p.country_iso3.empty()) {
      int32_t c = g.country(p.country_iso3);
      // a country named as such outranks a foreign town that shares its name
      // (لبنان is not Lebanon, Tennessee); a feature word (مدينة) still can
      if (c >= 0) cands[i].push_back({static_cast<uint32_t>(c), p.direction.empty() ? 9.0 : 5.0, p.country_iso3});
    }
    // "شمال العراق" may be a named region
    std::vector<std::string> keys = p.keys;
    if (!p.direction.empty())
      for (const auto& k : p.keys) keys.insert(keys.begin(), p.direction + " " + k);
    const size_t n_full = keys.size();
    keys.insert(keys.end(), p.short_keys.begin(), p.short_keys.end());
    const bool poi = !want.empty() && want[0] == "POI";
    const bool admin_word = !want.empty() && (want[0] == "ADM1" || want[0] == "ADM2" || want[0] == "ADM3");
    for (size_t ki = 0; ki < keys.size(); ++ki) {
      const bool shorter = ki >= n_full;
      // which of p.keys this is (keys may have direction-prefixed copies first)
      bool clitic_no_article = false;
      if (!shorter) {
        size_t pk = p.direction.empty() ? ki : (ki < p.keys.size() ? ki : ki - p.keys.size());
        if (pk < p.key_clitic_no_article.size()) clitic_no_article = p.key_clitic_no_article[pk];
      }
      for (const GazHit& h : g.lookup(keys[ki])) {
        if (h.no_article && clitic_no_article) continue;  // "فرقة" is not ف + رقة
        const GazEntry& e = g.entry(h.entry);
        const bool ours = e.source != static_cast<uint8_t>(GazSource::GeoNames);
        // a market, street or mosque is named after something: only our own
        // rows (سوق الشورجة) resolve it; shorter names need our rows too
        if ((poi || shorter) && !ours) continue;
        double sc = 0;
        std::string_view f = e.feature;
        sc += ours ? 3 : 1;
        if (e.population > 0 && !admin_word) sc += std::min(3.0, std::log10(static_cast<double>(e.population)) / 2);
        if (h.variant) sc -= 3;
        sc += feature_rank(f);
        if (!want.empty() && !poi) {
          auto it = std::find(want.begin(), want.end(), std::string(f));
          // "مدينة" fits a capital as well as a town ("مدينة لندن" is London,
          // not London, Ontario): every populated place, population decides
          if (p.feature == "مدينه" && it != want.end())
            sc += 5.5;
          else
            sc += it == want.begin() ? 6 : it != want.end() ? 3 - 0.3 * static_cast<double>(it - want.begin()) : -2;
        }
        // the longest name that matches is the most specific ("الموصل القديمة")
        sc += 1.5 * static_cast<double>(std::count(keys[ki].begin(), keys[ki].end(), ' '));
        if (shorter) sc -= 1.5;
        if (ki > 0 && !shorter && p.direction.empty()) sc -= 0.3 * static_cast<double>(ki);
        double focus = 0;
        auto fit = ctx.country_focus.find(e.country);
        if (fit != ctx.country_focus.end()) focus += fit->second;
        auto ait = ctx.actor_focus.find(e.country);
        if (ait != ctx.actor_focus.end()) focus += ait->second;
        sc += std::min(3.0, focus);
        // a province the sentence names elsewhere: its towns first
        double sib = 0;
        for (const auto& [cc, a1] : ctx.sentence_provinces)
          if (std::strncmp(e.country, cc.c_str(), 2) == 0)
            sib = std::max(sib, !a1.empty() && a1 == g.str(e.admin1) ? 3.0 : 1.0);
        sc += sib;
        // "رفح المصرية": the nationality after the name picks its country
        if (!p.nisba_iso3.empty()) {
          int32_t nc = g.country(p.nisba_iso3);
          if (nc >= 0) sc += std::strncmp(e.country, g.entry(static_cast<uint32_t>(nc)).country, 2) == 0 ? 6 : -4;
        }
        const bool full_multi = !shorter && keys[ki].find(' ') != std::string::npos;
        bool dup = false;
        for (auto& c : cands[i])
          if (c.entry == h.entry) {
            c.score = std::max(c.score, sc);
            c.full_multiword |= full_multi;
            c.shorter &= shorter;
            dup = true;
          }
        if (!dup) cands[i].push_back({h.entry, sc, keys[ki], full_multi, shorter});
      }
    }
    // "باب الهوى", "باب الطوب": when the whole name of several words is known,
    // a reading of one of its words (إب، الباب) is not a candidate
    bool whole = false;
    for (const auto& c : cands[i]) whole |= c.full_multiword;
    // "ريف دمشق", "شمال سيناء": a direction word that belongs to a known name
    // is part of it; readings of the bare name give way
    if (!p.direction.empty()) {
      const std::string pre = p.direction + " ";
      bool named = false;
      for (const auto& c : cands[i]) named |= c.key.rfind(pre, 0) == 0;
      if (named)
        cands[i].erase(std::remove_if(cands[i].begin(), cands[i].end(),
                                      [&](const Cand& c) { return c.key.rfind(pre, 0) != 0; }),
                       cands[i].end());
    }
    if (whole)
      cands[i].erase(std::remove_if(cands[i].begin(), cands[i].end(),
                                    [&](const Cand& c) {
                                      return c.shorter && g.entry(c.entry).feature != std::string_view("PCLI");
                                    }),
                     cands[i].end());
  }
  // "إقليم كردستان الإيراني": a nationality after the name that no reading
  // of the name shares says where it is; of the place, only its country is known
  for (size_t i = 0; i < x.parts.size(); ++i) {
    const PlacePart& p = x.parts[i];
    if (p.nisba_iso3.empty() || cands[i].empty()) continue;
    const int32_t nc = g.country(p.nisba_iso3);
    if (nc < 0) continue;
    const char* cc = g.entry(static_cast<uint32_t>(nc)).country;
    bool any = false;
    for (const auto& c : cands[i]) any |= std::strncmp(g.entry(c.entry).country, cc, 2) == 0;
    if (!any) cands[i] = {{static_cast<uint32_t>(nc), 5.0, p.nisba_iso3}};
  }
  // 2. containment: parts agree on country / admin1 / admin2
  for (size_t i = 0; i < x.parts.size(); ++i)
    for (auto& c : cands[i]) {
      const GazEntry& e = g.entry(c.entry);
      for (size_t j = 0; j < x.parts.size(); ++j) {
        if (j == i || cands[j].empty()) continue;
        double best = -5;
        for (const auto& o : cands[j]) {
          const GazEntry& f = g.entry(o.entry);
          double s = 0;
          if (std::strncmp(e.country, f.country, 2) == 0) {
            s += 2;
            std::string a1 = g.str(e.admin1), b1 = g.str(f.admin1);
            std::string fn = g.str(f.name_en);
            if (!a1.empty() && (a1 == b1 || a1 == fn)) s += 3;
            std::string a2 = g.str(e.admin2), b2 = g.str(f.admin2);
            if (!a2.empty() && (a2 == b2 || a2 == fn)) s += 2;
          } else {
            s -= 3;
          }
          best = std::max(best, s);
        }
        c.score += best;
      }
    }
  for (auto& v : cands)
    std::sort(v.begin(), v.end(), [](const Cand& a, const Cand& b) { return a.score > b.score; });
  // MARSAD_GEO_DEBUG=1 prints every candidate and its score (for tuning the tables)
  static const bool kDebug = std::getenv("MARSAD_GEO_DEBUG") != nullptr;
  if (kDebug)
    for (size_t i = 0; i < cands.size(); ++i)
      for (const auto& c : cands[i])
        std::fprintf(stderr, "part %zu key '%s' -> %s %s score %.2f full %d short %d\n", i, c.key.c_str(),
                     g.str(g.entry(c.entry).name_en), g.entry(c.entry).feature, c.score, c.full_multiword, c.shorter);
  // 3. the most specific part that resolved
  // A part whose best reading lies in another country than the container the
  // text names after it is a misreading ("ساحة التحرير وسط بغداد" is not the
  // Tahrir district of Sanaa): fall back to the container.
  auto same_country = [&](size_t i, size_t j) {
    return std::strncmp(g.entry(cands[i][0].entry).country, g.entry(cands[j][0].entry).country, 2) == 0;
  };
  int chosen = -1;
  for (size_t i = 0; i < x.parts.size() && chosen < 0; ++i) {
    if (cands[i].empty()) continue;
    bool contradicted = false;
    for (size_t j = i + 1; j < x.parts.size(); ++j)
      if (!cands[j].empty() && !same_country(i, j)) contradicted = true;
    if (!contradicted) chosen = static_cast<int>(i);
  }
  if (chosen < 0) {
    res.why = "no part of the expression is in the gazetteer";
    return res;
  }
  const PlacePart& p = x.parts[chosen];
  const Cand& best = cands[chosen][0];
  const GazEntry& e = g.entry(best.entry);
  LocationRef& l = res.loc;
  l.present = true;
  l.name = g.str(e.name_en);
  l.name_ar = g.str(e.name_ar);
  if (e.geonameid > 0) l.geonameid = e.geonameid;
  l.feature = e.feature;
  l.country = std::string(e.country, strnlen(e.country, 2));
  std::string f = e.feature;
  if (f == "ADM1") {
    l.admin1 = l.name;
  } else if (f != "PCLI") {
    l.admin1 = g.str(e.admin1);
    l.admin2 = f == "ADM2" ? l.name : g.str(e.admin2);
  }
  l.lat = e.lat;
  l.lon = e.lon;
  l.precision = precision_of(f);
  res.resolved = true;
  res.why = "'" + p.text + "' → " + l.name + " (" + f + ", " + l.country + ", score " +
            std::to_string(best.score).substr(0, 4) + ", " + std::to_string(cands[chosen].size()) + " candidates)";
  if (chosen > 0) {
    res.why += "; '" + x.parts[0].text + "' is not in the gazetteer (or only elsewhere): the smallest known container is used";
    // the container's own word says what it is: قضاء → district, محافظة → province
    auto want = features_for_word(p.feature);
    if (!want.empty()) l.precision = precision_of(want[0]);
  }
  // a direction relative to the place: "شمالي العراق", "جنوبي مركز نينوى"
  if (!p.direction.empty() && best.key.rfind(p.direction, 0) != 0) {
    double b = bearing_of(p.direction);
    if (x.distance_km > 0 && b >= 0) {
      double la = 0, lo = 0;
      destination(e.lat, e.lon, x.distance_km, b, &la, &lo);
      l.lat = la;
      l.lon = lo;
      res.why += "; " + std::to_string(static_cast<int>(x.distance_km)) + " km " + p.direction + " of it";
      l.precision = "region";
    } else if (b >= 0) {
      res.why += "; " + p.direction + " of it";
      l.precision = "region";
    } else if (p.direction.find("ريف") != std::string::npos) {
      // "ريف حلب الشمالي": the countryside of a city is a region of its province
      res.why += "; the countryside of it";
      l.precision = "region";
    } else {
      res.why += "; " + p.direction + " it";  // قرب، أطراف، محيط: the place itself, as ACLED codes "near X"
    }
  }
  return res;
}

}  // namespace marsad
