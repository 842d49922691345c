#include "geo/gazetteer.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <unordered_map>

#include "core/binary_image.h"
#include "text/normalizer.h"
#include "text/segmenter.h"
#include "text/utf8.h"

namespace marsad {
namespace {

constexpr char kMagic[8] = {'M', 'R', 'S', 'D', 'G', 'A', 'Z', '1'};
constexpr uint32_t kVersion = 5;

struct Header {
  char magic[8];
  uint32_t version, header_size;
  uint32_t n_entries, n_keys, n_posts, hash_size, pool_size, pad;
  uint64_t checksum, file_size;
};
struct KeyRec {
  uint32_t off, len, post_b, post_n;
  uint32_t flags;  // bit0: needs a cue (not_places.tsv class "cue"), bit1: prefix, bit2: only after a feature word
  uint32_t pad;
};


std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t b = 0;
  for (size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || s[i] == sep) {
      out.emplace_back(s.substr(b, i - b));
      b = i + 1;
    }
  return out;
}

bool has_arabic_script(std::string_view s) {
  std::u32string cps;
  size_t bad = 0;
  if (!decode_utf8(s, &cps, &bad)) return false;
  for (char32_t c : cps)
    if (c >= 0x0600 && c <= 0x06FF) return true;
  return false;
}

}  // namespace

// The key of a place name: its word tokens, normalized, joined by one space.
std::string gazetteer_key(std::string_view name) {
  std::u32string cps;
  size_t bad = 0;
  if (!decode_utf8(name, &cps, &bad)) return "";
  NormalizedText nt = Normalizer::normalize(cps);
  Segmentation seg;
  segment(nt, &seg);
  std::string key;
  for (const Token& t : seg.tokens) {
    if (t.kind == TokKind::Punct) continue;
    if (!key.empty()) key.push_back(' ');
    key.append(seg.form(t));
  }
  return key;
}

bool Gazetteer::kurdish_or_persian(std::string_view utf8) {
  std::u32string cps;
  size_t bad = 0;
  if (!decode_utf8(utf8, &cps, &bad)) return false;
  for (char32_t c : cps)
    if (c == 0x06D5 || c == 0x0695 || c == 0x06C6 || c == 0x06CE || c == 0x06B5 || c == 0x067E ||
        c == 0x0686 || c == 0x0698 || c == 0x06AF || c == 0x06A4 || c == 0x06CC || c == 0x06A9 ||
        c == 0x06BE || c == 0x06C1 || c == 0x0679 || c == 0x0688 || c == 0x0691 || c == 0x06BA)
      return true;
  return false;
}

double distance_km(double lat1, double lon1, double lat2, double lon2) {
  const double r = M_PI / 180.0;
  double a = std::sin((lat2 - lat1) * r / 2);
  double b = std::sin((lon2 - lon1) * r / 2);
  double h = a * a + std::cos(lat1 * r) * std::cos(lat2 * r) * b * b;
  return 12742.0 * std::asin(std::sqrt(std::min(1.0, h)));
}

struct Gazetteer::Impl {
  std::vector<char> owned;
  MappedFile file;
  const Header* h = nullptr;
  const GazEntry* entries = nullptr;
  const uint32_t* hash = nullptr;
  const KeyRec* keys = nullptr;
  const uint32_t* posts = nullptr;
  const char* pool = nullptr;
  std::unordered_map<std::string, int32_t> countries;  // built at attach
  std::unordered_map<std::string, bool> covered;       // countries with our own admin tables
};

Gazetteer::~Gazetteer() = default;

Result<std::shared_ptr<Gazetteer>> Gazetteer::compile(const GazetteerInputs& in, std::vector<std::string>* notes) {
  namespace fs = std::filesystem;
  std::vector<GazEntry> entries;
  std::string pool(1, '\0');
  std::unordered_map<std::string, uint32_t> pool_ix;
  auto s = [&](std::string_view v) -> uint32_t {
    if (v.empty()) return 0;
    auto it = pool_ix.find(std::string(v));
    if (it != pool_ix.end()) return it->second;
    uint32_t off = static_cast<uint32_t>(pool.size());
    pool.append(v);
    pool.push_back('\0');
    pool_ix.emplace(std::string(v), off);
    return off;
  };
  std::unordered_map<std::string, std::vector<uint32_t>> index;  // key → entry | variant bit
  auto add_key = [&](const std::string& k, uint32_t e, bool variant, bool no_article = false) {
    if (k.empty()) return;
    auto& v = index[k];
    uint32_t val = e | (variant ? 0x80000000u : 0) | (no_article ? 0x40000000u : 0);
    if (std::find(v.begin(), v.end(), val) == v.end()) v.push_back(val);
  };
  std::unordered_map<std::string, std::string> not_places;  // key → never | cue (filled below)
  auto add_name = [&](std::string_view name, uint32_t e, bool variant, bool geonames = false) {
    std::string k = gazetteer_key(name);
    auto never = [&](const std::string& key) {
      auto it = not_places.find(key);
      return geonames && it != not_places.end() && it->second == "never";
    };
    if (!never(k)) add_key(k, e, variant);
    // "الحويجة" is also found as "حويجة" (after a clitic or in a construct)
    // (never for our rows either: "الوادي" is El Oued, "وادي" alone a valley)
    auto never_word = [&](const std::string& key) {
      auto it = not_places.find(key);
      return it != not_places.end() && it->second == "never";
    };
    if (k.size() > 8 && k.compare(0, 4, "ال") == 0 && !never_word(k.substr(4))) add_key(k.substr(4), e, variant, true);
  };
  auto note = [&](const std::string& m) {
    if (notes) notes->push_back(m);
  };
  auto make = [&](double lat, double lon, int64_t gid, int64_t pop, std::string_view feat, std::string_view cc,
                  GazSource src) {
    GazEntry e{};
    e.lat = lat;
    e.lon = lon;
    e.geonameid = gid;
    e.population = pop;
    std::strncpy(e.feature, std::string(feat).c_str(), sizeof e.feature - 1);
    std::strncpy(e.country, std::string(cc).c_str(), sizeof e.country - 1);
    e.source = static_cast<uint8_t>(src);
    return e;
  };
  // 0. words that are places only in context (not_places.tsv)
  if (!in.tables_dir.empty()) {
    std::ifstream np(in.tables_dir + "/not_places.tsv");
    std::string line;
    while (std::getline(np, line)) {
      if (line.empty() || line[0] == '#') continue;
      auto c = split(line, '\t');
      if (c.size() >= 2) not_places[gazetteer_key(c[0])] = c[1];
    }
  }
  // 1. our tables
  std::vector<std::string> files;
  std::error_code ec;
  if (!in.tables_dir.empty() && fs::is_directory(in.tables_dir, ec))
    for (const auto& de : fs::directory_iterator(in.tables_dir, ec))
      if (de.path().extension() == ".tsv") files.push_back(de.path().string());
  std::sort(files.begin(), files.end());
  for (const auto& f : files) {
    std::ifstream is(f);
    std::string line;
    size_t ln = 0;
    if (fs::path(f).filename() == "not_places.tsv") continue;
    bool countries = fs::path(f).filename() == "countries.tsv";
    while (std::getline(is, line)) {
      ++ln;
      if (line.empty() || line[0] == '#') continue;
      auto c = split(line, '\t');
      char* endp = nullptr;
      if (countries) {
        // iso3 iso2 name_en lat lon geonameid name_ar
        if (c.size() < 7 || c[0].size() != 3 || c[1].size() != 2) {
          note(f + ":" + std::to_string(ln) + ": expected iso3, iso2, name_en, lat, lon, geonameid, name_ar");
          continue;
        }
        double lat = std::strtod(c[3].c_str(), &endp), lon = std::strtod(c[4].c_str(), nullptr);
        GazEntry e = make(lat, lon, std::strtoll(c[5].c_str(), nullptr, 10), 0, "PCLI", c[1], GazSource::Country);
        std::strncpy(e.iso3, c[0].c_str(), 3);
        e.name_en = s(c[2]);
        e.name_ar = s(c[6]);
        uint32_t id = static_cast<uint32_t>(entries.size());
        entries.push_back(e);
        add_name(c[6], id, false);
        continue;
      }
      if (c.size() < 9) {
        note(f + ":" + std::to_string(ln) + ": expected 10 columns, got " + std::to_string(c.size()));
        continue;
      }
      double lat = std::strtod(c[6].c_str(), &endp);
      bool lat_ok = endp && *endp == '\0' && !c[6].empty();
      double lon = std::strtod(c[7].c_str(), &endp);
      bool lon_ok = endp && *endp == '\0' && !c[7].empty();
      if (!lat_ok || !lon_ok || std::fabs(lat) > 90 || std::fabs(lon) > 180 || c[3].size() != 2) {
        note(f + ":" + std::to_string(ln) + ": bad coordinates or country");
        continue;
      }
      GazEntry e = make(lat, lon, std::strtoll(c[8].c_str(), nullptr, 10),
                        c.size() > 9 ? std::strtoll(c[9].c_str(), nullptr, 10) : 0, c[2], c[3], GazSource::Ours);
      auto ar = split(c[0], '|');
      auto en = split(c[1], '|');
      e.name_ar = s(ar.empty() ? "" : ar[0]);
      e.name_en = s(en.empty() ? "" : en[0]);
      e.admin1 = s(c[4]);
      e.admin2 = s(c[5]);
      uint32_t id = static_cast<uint32_t>(entries.size());
      entries.push_back(e);
      for (const auto& n : ar) add_name(n, id, false);
      for (const auto& n : en) add_name(n, id, false);
    }
  }
  size_t ours = entries.size();
  // 2. GeoNames admin code tables (optional)
  std::unordered_map<std::string, std::string> admin1, admin2;
  auto read_codes = [&](const std::string& path, std::unordered_map<std::string, std::string>* out) {
    if (path.empty()) return;
    std::ifstream is(path);
    if (!is) {
      note("cannot read " + path);
      return;
    }
    std::string line;
    while (std::getline(is, line)) {
      auto c = split(line, '\t');
      if (c.size() >= 3) (*out)[c[0]] = c[2].empty() ? c[1] : c[2];
    }
  };
  read_codes(in.admin1_codes, &admin1);
  read_codes(in.admin2_codes, &admin2);
  // Our admin areas per country, to infer admin names when no code table is given.
  std::map<std::string, std::vector<uint32_t>> admins_by_cc;
  for (uint32_t i = 0; i < ours; ++i) {
    std::string f = entries[i].feature;
    if (entries[i].source == static_cast<uint8_t>(GazSource::Ours) && (f == "ADM1" || f == "ADM2"))
      admins_by_cc[entries[i].country].push_back(i);
  }
  // 3. GeoNames rows: cities500 and user dumps
  auto read_geonames = [&](const std::string& path, GazSource src) {
    std::ifstream is(path);
    if (!is) {
      note("cannot read " + path);
      return;
    }
    std::string line;
    size_t n = 0, kept = 0;
    while (std::getline(is, line)) {
      ++n;
      auto c = split(line, '\t');
      if (c.size() < 15) continue;
      // keep only rows with an Arabic-script name: the others cannot be found from Arabic text
      auto alts = split(c[3], ',');
      bool any = false;
      for (const auto& a : alts) any |= has_arabic_script(a);
      if (!any) continue;
      const std::string& fclass = c[6];
      if (src == GazSource::Imported && fclass != "P" && fclass != "A" && fclass != "S" && fclass != "L" &&
          fclass != "H" && fclass != "T")
        continue;
      GazEntry e = make(std::strtod(c[4].c_str(), nullptr), std::strtod(c[5].c_str(), nullptr),
                        std::strtoll(c[0].c_str(), nullptr, 10), std::strtoll(c[14].c_str(), nullptr, 10), c[7],
                        c[8], src);
      e.name_en = s(c[1]);
      std::string a1 = admin1.count(c[8] + "." + c[10]) ? admin1[c[8] + "." + c[10]] : "";
      std::string a2 = admin2.count(c[8] + "." + c[10] + "." + c[11]) ? admin2[c[8] + "." + c[10] + "." + c[11]] : "";
      if (a1.empty()) {
        // nearest of our districts/governorates in the same country (within 150 km)
        auto it = admins_by_cc.find(c[8]);
        if (it != admins_by_cc.end()) {
          double best = 150;
          uint32_t bi = UINT32_MAX;
          for (uint32_t j : it->second) {
            double d = distance_km(e.lat, e.lon, entries[j].lat, entries[j].lon);
            if (std::string(entries[j].feature) == "ADM1") d += 15;  // prefer districts: closer centroids
            if (d < best) {
              best = d;
              bi = j;
            }
          }
          if (bi != UINT32_MAX) {
            a1 = pool.c_str() + entries[bi].admin1;
            if (std::string(entries[bi].feature) == "ADM2") a2 = pool.c_str() + entries[bi].admin2;
          }
        }
      }
      e.admin1 = s(a1);
      e.admin2 = s(a2);
      uint32_t id = static_cast<uint32_t>(entries.size());
      std::string first_ar;
      for (const auto& a : alts) {
        if (!has_arabic_script(a)) continue;
        bool variant = kurdish_or_persian(a);
        std::string k = gazetteer_key(a);
        auto np = not_places.find(k);
        if (np != not_places.end() && np->second == "never") continue;
        if (utf8_length(k) < 3) continue;  // two-letter names are words, not places
        if (!variant && first_ar.empty()) first_ar = a;
        add_name(a, id, variant, /*geonames=*/true);
      }
      e.name_ar = s(first_ar);
      entries.push_back(e);
      add_name(c[2], id, false);  // ASCII name, for Latin-script mentions
      ++kept;
    }
    note(path + ": " + std::to_string(kept) + " of " + std::to_string(n) + " rows have an Arabic-script name");
  };
  if (!in.cities500.empty()) read_geonames(in.cities500, GazSource::GeoNames);
  for (const auto& d : in.geonames_dumps) read_geonames(d, GazSource::Imported);
  if (entries.empty()) return Status::Error("gazetteer: no entries");

  // Word prefixes of multiword names, so that a lookup can stop early.
  std::unordered_map<std::string, bool> prefixes;
  for (auto& [k, v] : index)
    for (size_t sp = k.find(' '); sp != std::string::npos; sp = k.find(' ', sp + 1)) prefixes[k.substr(0, sp)] = true;
  for (auto& [p, unused] : prefixes) index.emplace(p, std::vector<uint32_t>());  // no-op when p is a name too
  // Lay out.
  std::vector<std::string> keys;
  keys.reserve(index.size());
  for (auto& [k, v] : index) keys.push_back(k);
  std::sort(keys.begin(), keys.end());
  std::vector<KeyRec> krecs;
  std::vector<uint32_t> posts;
  for (const auto& k : keys) {
    KeyRec r{};
    r.off = static_cast<uint32_t>(pool.size());
    r.len = static_cast<uint32_t>(k.size());
    pool.append(k);
    pool.push_back('\0');
    r.post_b = static_cast<uint32_t>(posts.size());
    const auto& v = index[k];
    posts.insert(posts.end(), v.begin(), v.end());
    r.post_n = static_cast<uint32_t>(v.size());
    auto np = not_places.find(k);
    std::string bare = k.size() > 4 && k.compare(0, 4, "ال") == 0 ? k.substr(4) : "";
    // "الشيشان" is also looked up as "شيشان" (the token's analysis without ال)
    const bool with_al = k.compare(0, 4, "ال") != 0 && not_places.count("ال" + k) > 0;
    if ((np != not_places.end()) || (!bare.empty() && not_places.count(bare)) || with_al) r.flags |= 1;
    auto feature_only = [&](const std::string& key) {
      auto it = not_places.find(key);
      return it != not_places.end() && it->second == "feature";
    };
    // (the word as listed, or its article-less key "عمر" of "العمر"; not the
    // article form of a listed bare word: "عقبة" is an obstacle, "العقبة" Aqaba)
    if (feature_only(k) || (with_al && feature_only("ال" + k))) r.flags |= 4;
    if (prefixes.count(k)) r.flags |= 2;
    krecs.push_back(r);
  }
  uint32_t hs = 16;
  while (hs < krecs.size() * 2 + 16) hs <<= 1;
  std::vector<uint32_t> hash(hs, 0);
  for (uint32_t i = 0; i < keys.size(); ++i) {
    uint32_t k = fnv32(keys[i]) & (hs - 1);
    while (hash[k]) k = (k + 1) & (hs - 1);
    hash[k] = i + 1;
  }
  Header h{};
  std::memcpy(h.magic, kMagic, 8);
  h.version = kVersion;
  h.header_size = sizeof(Header);
  h.n_entries = static_cast<uint32_t>(entries.size());
  h.n_keys = static_cast<uint32_t>(krecs.size());
  h.n_posts = static_cast<uint32_t>(posts.size());
  h.hash_size = hs;
  h.pool_size = static_cast<uint32_t>(pool.size());
  auto g = std::shared_ptr<Gazetteer>(new Gazetteer());
  g->impl_ = std::make_unique<Impl>();
  auto& img = g->impl_->owned;
  auto put = [&](const void* p, size_t n) {
    img.resize(align8(img.size()), 0);
    const char* c = static_cast<const char*>(p);
    img.insert(img.end(), c, c + n);
  };
  put(&h, sizeof h);
  put(entries.data(), entries.size() * sizeof(GazEntry));
  put(hash.data(), hash.size() * 4);
  put(krecs.data(), krecs.size() * sizeof(KeyRec));
  put(posts.data(), posts.size() * 4);
  put(pool.data(), pool.size());
  img.resize(align8(img.size()), 0);
  Header* hp = reinterpret_cast<Header*>(img.data());
  hp->file_size = img.size();
  hp->checksum = fnv64(img.data() + sizeof(Header), img.size() - sizeof(Header));
  g->data_ = img.data();
  g->size_ = img.size();
  Status st = g->attach();
  if (!st.ok()) return st;
  return g;
}

Status Gazetteer::attach() {
  Impl& m = *impl_;
  if (size_ < sizeof(Header)) return Status::Error("gazetteer image too small");
  m.h = reinterpret_cast<const Header*>(data_);
  if (std::memcmp(m.h->magic, kMagic, 8) != 0) return Status::Error("not a marsad gazetteer (bad magic)");
  if (m.h->version != kVersion) return Status::Error("gazetteer version mismatch: run `marsad gazetteer compile` again");
  if (m.h->file_size != size_) return Status::Error("gazetteer size mismatch (truncated or corrupt file)");
  size_t off = 0;
  auto take = [&](size_t n) {
    off = align8(off);
    const char* p = data_ + off;
    off += n;
    return p;
  };
  take(sizeof(Header));
  m.entries = reinterpret_cast<const GazEntry*>(take(size_t(m.h->n_entries) * sizeof(GazEntry)));
  m.hash = reinterpret_cast<const uint32_t*>(take(size_t(m.h->hash_size) * 4));
  m.keys = reinterpret_cast<const KeyRec*>(take(size_t(m.h->n_keys) * sizeof(KeyRec)));
  m.posts = reinterpret_cast<const uint32_t*>(take(size_t(m.h->n_posts) * 4));
  m.pool = take(m.h->pool_size);
  if (align8(off) > size_) return Status::Error("gazetteer sections exceed the file size");
  for (uint32_t i = 0; i < m.h->n_entries; ++i)
    if (m.entries[i].source == static_cast<uint8_t>(GazSource::Ours) && std::strcmp(m.entries[i].feature, "ADM1") == 0)
      m.covered[std::string(m.entries[i].country, strnlen(m.entries[i].country, 3))] = true;
  for (uint32_t i = 0; i < m.h->n_entries; ++i)
    if (m.entries[i].source == static_cast<uint8_t>(GazSource::Country)) {
      m.countries[std::string(m.entries[i].iso3, strnlen(m.entries[i].iso3, 4))] = static_cast<int32_t>(i);
      m.countries[std::string(m.entries[i].country, strnlen(m.entries[i].country, 3))] = static_cast<int32_t>(i);
    }
  return Status::Ok();
}

Status Gazetteer::save(const std::string& path) const { return save_image(path, data_, size_); }

Result<std::shared_ptr<Gazetteer>> Gazetteer::load(const std::string& path) {
  auto g = std::shared_ptr<Gazetteer>(new Gazetteer());
  g->impl_ = std::make_unique<Impl>();
  Status m = g->impl_->file.open(path, sizeof(Header), "gazetteer");
  if (!m.ok()) return m;
  g->data_ = g->impl_->file.data();
  g->size_ = g->impl_->file.size();
  Status s = g->attach();
  if (!s.ok()) return Status::Error(path + ": " + s.message());
  if (fnv64(g->data_ + sizeof(Header), g->size_ - sizeof(Header)) != g->impl_->h->checksum)
    return Status::Error(path + ": gazetteer checksum mismatch");
  return g;
}

size_t Gazetteer::size() const { return impl_->h->n_entries; }
const GazEntry& Gazetteer::entry(uint32_t i) const { return impl_->entries[i]; }
const char* Gazetteer::str(uint32_t off) const { return impl_->pool + off; }

std::vector<GazHit> Gazetteer::lookup(std::string_view key) const {
  const Impl& m = *impl_;
  std::vector<GazHit> out;
  uint32_t mask = m.h->hash_size - 1;
  uint32_t k = fnv32(key) & mask;
  while (uint32_t v = m.hash[k]) {
    const KeyRec& r = m.keys[v - 1];
    if (r.len == key.size() && std::memcmp(m.pool + r.off, key.data(), r.len) == 0) {
      for (uint32_t i = 0; i < r.post_n; ++i) {
        uint32_t p = m.posts[r.post_b + i];
        out.push_back({p & 0x3FFFFFFFu, (p & 0x80000000u) != 0, (r.flags & 1) != 0, (p & 0x40000000u) != 0});
      }
      return out;
    }
    k = (k + 1) & mask;
  }
  return out;
}

bool Gazetteer::probe(std::string_view key, const uint32_t** posts, uint32_t* n, bool* needs_cue,
                      bool* prefix, bool* feature_only) const {
  const Impl& m = *impl_;
  uint32_t mask = m.h->hash_size - 1;
  uint32_t k = fnv32(key) & mask;
  while (uint32_t v = m.hash[k]) {
    const KeyRec& r = m.keys[v - 1];
    if (r.len == key.size() && std::memcmp(m.pool + r.off, key.data(), r.len) == 0) {
      *posts = m.posts + r.post_b;
      *n = r.post_n;
      *needs_cue = (r.flags & 1) != 0;
      *prefix = (r.flags & 2) != 0;
      if (feature_only) *feature_only = (r.flags & 4) != 0;
      return true;
    }
    k = (k + 1) & mask;
  }
  return false;
}

bool Gazetteer::covered_country(std::string_view iso2) const {
  return impl_->covered.count(std::string(iso2)) > 0;
}

int32_t Gazetteer::country(std::string_view code) const {
  auto it = impl_->countries.find(std::string(code));
  return it == impl_->countries.end() ? -1 : it->second;
}

}  // namespace marsad
