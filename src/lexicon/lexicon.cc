#include "lexicon/lexicon.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>

#include "core/binary_image.h"
#include "text/normalizer.h"
#include "text/utf8.h"

namespace marsad {
namespace {

constexpr char kMagic[8] = {'M', 'R', 'S', 'D', 'L', 'E', 'X', '1'};
constexpr uint32_t kVersion = 4;
// A multiword verb may have its subject between the verb and the rest:
// "أطلق مسلحون النار". Up to kMaxGap words (or digits) may be skipped after the first word
// (the coder keeps a gap of more than three words only when an actor fills it:
// "أطلق مسلحون من حركة الشباب النار").
constexpr uint32_t kMaxGap = 5;

struct Header {
  char magic[8];
  uint32_t version, header_size;
  uint32_t n_words, n_entries, n_patterns, n_pat_ids, n_nodes, n_edges, n_outs, hash_size,
      pool_size, pad;
  uint64_t checksum, file_size;
};
struct WordRec {
  uint32_t off, len;
};
struct PatRec {
  uint32_t ids_off, ids_len, entry;
};
struct NodeRec {
  uint32_t edge_b, edge_e, out_b, out_e;
  uint32_t flags;  // bit0: words may be skipped after this node (multiword verbs)
};
struct EdgeRec {
  uint32_t word, child;
};


const std::array<const char*, 17> kTypes = {
    "",        "AGREE",   "CONSULT",  "SUPPORT",  "CONCEDE", "COOPERATE", "AID",
    "RETREAT", "REQUEST", "ACCUSE",   "REJECT",   "THREATEN", "PROTEST",  "SANCTION",
    "MOBILIZE", "COERCE", "ASSAULT"};

const std::array<const char*, 23> kCues = {
    "",       "speech", "request", "future", "negation", "denial", "hypothetical", "claim",
    "by_agent", "place_feature", "direction", "killed", "injured", "arrested", "displaced",
    "person", "cause", "purpose", "generic", "condemn", "question", "past", "count"};

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t b = 0;
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      out.emplace_back(s.substr(b, i - b));
      b = i + 1;
    }
  }
  return out;
}
std::string trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\r' || s[b] == '\t')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\r' || s[e - 1] == '\t')) --e;
  return std::string(s.substr(b, e - b));
}

// Words of a pattern, tokenized exactly like text.
std::vector<std::string> pattern_tokens(std::string_view pat) {
  std::u32string cps;
  size_t bad = 0;
  std::vector<std::string> out;
  if (!decode_utf8(pat, &cps, &bad)) return out;
  NormalizedText nt = Normalizer::normalize(cps);
  Segmentation seg;
  segment(nt, &seg);
  for (const Token& t : seg.tokens) out.emplace_back(seg.form(t));
  return out;
}

struct Builder {
  std::unordered_map<std::string, uint32_t> vocab;
  std::vector<std::string> words;
  std::vector<EntryRec> entries;
  std::string pool;
  std::unordered_map<std::string, uint32_t> pool_index;
  std::vector<std::pair<std::vector<uint32_t>, uint32_t>> patterns;
  std::vector<uint8_t> generated;  // parallel to patterns: made by the compiler, not written in a row

  Builder() { pool.push_back('\0'); }  // offset 0 = ""
  uint32_t s(std::string_view v) {
    if (v.empty()) return 0;
    auto it = pool_index.find(std::string(v));
    if (it != pool_index.end()) return it->second;
    uint32_t off = static_cast<uint32_t>(pool.size());
    pool.append(v);
    pool.push_back('\0');
    pool_index.emplace(std::string(v), off);
    return off;
  }
  uint32_t wid(const std::string& w) {
    auto it = vocab.find(w);
    if (it != vocab.end()) return it->second;
    uint32_t id = static_cast<uint32_t>(words.size());
    words.push_back(w);
    vocab.emplace(w, id);
    return id;
  }
  void add_pattern(const std::vector<std::string>& toks, uint32_t entry, bool gen = false) {
    if (toks.empty()) return;
    std::vector<uint32_t> ids;
    for (const auto& t : toks) ids.push_back(wid(t));
    patterns.emplace_back(std::move(ids), entry);
    generated.push_back(gen ? 1 : 0);
  }
  // A generated form that another row writes out is that row's word
  // (سوري + ا = سوريا, the country): drop the generated one.
  void drop_shadowed_generated() {
    std::set<std::vector<uint32_t>> written;
    for (size_t i = 0; i < patterns.size(); ++i)
      if (!generated[i]) written.insert(patterns[i].first);
    size_t o = 0;
    for (size_t i = 0; i < patterns.size(); ++i) {
      if (generated[i] && written.count(patterns[i].first)) continue;
      if (o != i) {
        patterns[o] = std::move(patterns[i]);
        generated[o] = generated[i];
      }
      ++o;
    }
    patterns.resize(o);
    generated.resize(o);
  }
};

uint32_t parse_arg2(std::string_view cell) {
  uint32_t m = 0;
  for (auto& raw : split(cell, ',')) {
    std::string a = Normalizer::normalize_utf8(trim(raw));
    if (a == "obj") m |= kArgObj;
    else if (a == "علي") m |= kArgAla;
    else if (a == "ضد") m |= kArgDidd;
    else if (a == "ل") m |= kArgLi;
    else if (a == "من") m |= kArgMin;
    else if (a == "مع") m |= kArgMaa;
    else if (a == "ب") m |= kArgBi;
    else if (a == "الي") m |= kArgIla;
    else if (a == "عن") m |= kArgAn;
    else if (a == "في") m |= kArgFi;
  }
  return m;
}

bool code_ok(std::string_view code) {
  if (code.empty() || code.size() % 3 != 0 || code.size() > 15) return false;
  for (char c : code)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

// Expands one `|` alternative into literal token sequences.
std::vector<std::vector<std::string>> expand_alternative(const std::string& alt, bool verb_ok) {
  std::vector<std::vector<std::string>> out;
  std::string a = trim(alt);
  if (a.empty()) return out;
  size_t sp = a.find(' ');
  std::string first = a.substr(0, sp);
  std::string rest = sp == std::string::npos ? "" : a.substr(sp + 1);
  size_t slash = first.find('/');
  if (verb_ok && slash != std::string::npos) {
    std::string perf = Normalizer::normalize_utf8(first.substr(0, slash));
    std::string impf = Normalizer::normalize_utf8(first.substr(slash + 1));
    std::vector<std::string> rest_toks = pattern_tokens(rest);
    for (auto& f : inflect_verb(perf, impf)) {
      std::vector<std::string> t{f};
      t.insert(t.end(), rest_toks.begin(), rest_toks.end());
      out.push_back(std::move(t));
    }
    return out;
  }
  auto toks = pattern_tokens(a);
  if (!toks.empty()) out.push_back(std::move(toks));
  return out;
}

enum class FileKind { Actors, Triggers, Cues, Numbers, Unknown };
FileKind file_kind(const std::string& name) {
  if (name.rfind("actors", 0) == 0 || name.rfind("agents", 0) == 0) return FileKind::Actors;
  if (name.rfind("triggers", 0) == 0) return FileKind::Triggers;
  if (name.rfind("cues", 0) == 0) return FileKind::Cues;
  if (name.rfind("numbers", 0) == 0) return FileKind::Numbers;
  return FileKind::Unknown;
}

}  // namespace

const char* plover_type_name(int idx) { return idx >= 1 && idx <= 16 ? kTypes[idx] : ""; }
int plover_type_index(std::string_view name) {
  for (int i = 1; i <= 16; ++i)
    if (name == kTypes[i]) return i;
  return 0;
}
const char* cue_name(Cue c) {
  auto i = static_cast<size_t>(c);
  return i < kCues.size() ? kCues[i] : "";
}
Cue cue_from_name(std::string_view s) {
  for (size_t i = 1; i < kCues.size(); ++i)
    if (s == kCues[i]) return static_cast<Cue>(i);
  return Cue::None;
}

std::vector<std::string> inflect_verb(std::string_view perf, std::string_view impf) {
  std::vector<std::string> out;
  if (perf.empty()) return out;
  static const char* kPerf[] = {"", "ت", "ا", "وا", "تا", "ن", "نا", "تم", "تما"};
  for (const char* s : kPerf) out.push_back(std::string(perf) + s);
  // "يقصف" → stem "قصف" (Arabic letters are two bytes in UTF-8)
  if (impf.size() > 2 && impf.substr(0, 2) == "ي") {
    std::string stem(impf.substr(2));
    static const char* kPre[] = {"ي", "ت", "ن", "ا"};
    static const char* kSuf[] = {"", "ون", "ان", "ين", "وا", "ن"};
    for (const char* p : kPre)
      for (const char* s : kSuf) out.push_back(std::string(p) + stem + s);
  } else if (!impf.empty()) {
    out.emplace_back(impf);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

struct Lexicon::Impl {
  std::vector<char> owned;  // compiled in memory
  MappedFile file;          // or memory-mapped
  const Header* h = nullptr;
  const WordRec* words = nullptr;
  const uint32_t* hash = nullptr;
  const EntryRec* entries = nullptr;
  const PatRec* pats = nullptr;
  const uint32_t* pat_ids = nullptr;
  const NodeRec* nodes = nullptr;
  const EdgeRec* edges = nullptr;
  const uint32_t* outs = nullptr;
  const char* pool = nullptr;
};

Lexicon::~Lexicon() = default;

Result<std::shared_ptr<Lexicon>> Lexicon::compile(const std::vector<std::string>& dirs,
                                                  std::vector<std::string>* errors, bool user) {
  namespace fs = std::filesystem;
  Builder b;
  std::vector<std::string> files;
  for (const auto& d : dirs) {
    std::error_code ec;
    if (fs::is_regular_file(d, ec)) {
      files.push_back(d);
      continue;
    }
    if (!fs::is_directory(d, ec)) {
      return Status::Error("lexicon directory not found: " + d);
    }
    std::vector<std::string> here;
    for (const auto& de : fs::directory_iterator(d, ec))
      if (de.path().extension() == ".tsv") here.push_back(de.path().string());
    std::sort(here.begin(), here.end());
    files.insert(files.end(), here.begin(), here.end());
  }
  auto err = [&](const std::string& f, size_t line, const std::string& m) {
    if (errors) errors->push_back(f + ":" + std::to_string(line) + ": " + m);
  };
  for (const auto& path : files) {
    std::string fname = fs::path(path).filename().string();
    FileKind fk = file_kind(fname);
    if (fk == FileKind::Unknown) {
      err(path, 0, "skipped: file name must start with actors, agents, triggers, cues or numbers");
      continue;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      err(path, 0, "cannot open");
      continue;
    }
    std::string line;
    size_t ln = 0;
    uint32_t file_off = b.s(fname);
    while (std::getline(in, line)) {
      ++ln;
      std::string t = trim(line);
      if (t.empty() || t[0] == '#') continue;
      std::u32string tmp;
      size_t bad = 0;
      if (!decode_utf8(line, &tmp, &bad)) {
        err(path, ln, "malformed UTF-8");
        continue;
      }
      auto cols = split(line, '\t');
      for (auto& c : cols) c = trim(c);
      EntryRec e{};
      e.file = file_off;
      e.line = static_cast<uint32_t>(ln);
      e.flags = user ? 1 : 0;
      bool verbs = false;
      if (fk == FileKind::Actors) {
        if (cols.size() < 4) {
          err(path, ln, "expected 4 columns (pattern, code, name, kind), got " +
                            std::to_string(cols.size()));
          continue;
        }
        const std::string& kind = cols[3];
        if (!code_ok(cols[1])) {
          err(path, ln, "bad code '" + cols[1] + "' (3-letter upper-case chunks)");
          continue;
        }
        if (kind == "agent") {
          e.kind = static_cast<uint8_t>(EntryKind::Agent);
        } else {
          e.kind = static_cast<uint8_t>(EntryKind::Actor);
          ActorSub sub = kind == "country"   ? ActorSub::Country
                         : kind == "capital" ? ActorSub::Capital
                         : kind == "nisba"   ? ActorSub::Nisba
                         : kind == "org"     ? ActorSub::Org
                         : kind == "person"  ? ActorSub::Person
                                             : ActorSub::None;
          if (sub == ActorSub::None) {
            err(path, ln, "bad kind '" + kind + "' (country capital nisba org person agent)");
            continue;
          }
          e.sub = static_cast<uint8_t>(sub);
        }
        e.code = b.s(cols[1]);
        e.name = b.s(cols[2]);
      } else if (fk == FileKind::Triggers) {
        if (cols.size() < 7) {
          err(path, ln, "expected 7 columns (pattern, pos, type, mode, cameo, arg2, example), got " +
                            std::to_string(cols.size()));
          continue;
        }
        int ty = plover_type_index(cols[2]);
        if (!ty) {
          err(path, ln, "unknown PLOVER type '" + cols[2] + "'");
          continue;
        }
        if (cols[1] != "V" && cols[1] != "N") {
          err(path, ln, "pos must be V or N, got '" + cols[1] + "'");
          continue;
        }
        const std::string& cameo = cols[4];
        bool digits = cameo.size() >= 2 && cameo.size() <= 4 &&
                      std::all_of(cameo.begin(), cameo.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!digits) {
          err(path, ln, "bad CAMEO code '" + cameo + "'");
          continue;
        }
        e.kind = static_cast<uint8_t>(EntryKind::Trigger);
        e.sub = static_cast<uint8_t>(cols[1] == "V" ? TriggerPos::Verb : TriggerPos::Noun);
        e.type = static_cast<uint8_t>(ty);
        e.mode = b.s(cols[3] == "-" ? "" : cols[3]);
        e.cameo = b.s(cameo);
        e.arg2 = parse_arg2(cols[5] == "-" ? "" : cols[5]);
        e.example = b.s(cols[6]);
        verbs = true;
      } else if (fk == FileKind::Cues) {
        if (cols.size() < 2) {
          err(path, ln, "expected at least 2 columns (pattern, cue)");
          continue;
        }
        Cue c = cue_from_name(cols[1]);
        if (c == Cue::None) {
          err(path, ln, "unknown cue '" + cols[1] + "'");
          continue;
        }
        e.kind = static_cast<uint8_t>(EntryKind::Cue);
        e.sub = static_cast<uint8_t>(c);
        if (cols.size() >= 3) e.name = b.s(cols[2]);  // the gloss: "claim responsibility" vs "allege"
        verbs = true;
      } else {  // numbers
        if (cols.size() < 3) {
          err(path, ln, "expected 3 columns (pattern, value, kind)");
          continue;
        }
        char* endp = nullptr;
        long v = std::strtol(cols[1].c_str(), &endp, 10);
        if (!endp || *endp != '\0' || cols[1].empty()) {
          err(path, ln, "bad number value '" + cols[1] + "'");
          continue;
        }
        uint8_t sub = cols[2] == "unit" ? 1 : cols[2] == "ten" ? 2 : cols[2] == "mult" ? 3
                    : cols[2] == "approx" ? 4 : 0;
        if (!sub) {
          err(path, ln, "bad number kind '" + cols[2] + "' (unit ten mult approx)");
          continue;
        }
        e.kind = static_cast<uint8_t>(EntryKind::Number);
        e.sub = sub;
        e.value = static_cast<int32_t>(v);
      }
      std::string pat_cell = cols[0];
      e.pattern = b.s(pat_cell);
      uint32_t idx = static_cast<uint32_t>(b.entries.size());
      size_t before = b.patterns.size();
      std::vector<std::string> alts = split(pat_cell, '|');
      const size_t n_written = alts.size();
      // a nisba's indefinite accusative (after 11-99: "13 عراقيا") is its
      // singular + ا; rows list the singular only
      if (fk == FileKind::Actors && e.kind == static_cast<uint8_t>(EntryKind::Actor) &&
          e.sub == static_cast<uint8_t>(ActorSub::Nisba)) {
        size_t n = alts.size();
        for (size_t i = 0; i < n; ++i) {
          const std::string& a = alts[i];
          if (a.find(' ') != std::string::npos || a.rfind("ال", 0) == 0 || a.size() < 6) continue;
          if (a.compare(a.size() - 2, 2, "ي") != 0) continue;
          std::string acc = a + "ا";
          if (std::find(alts.begin(), alts.end(), acc) == alts.end()) alts.push_back(acc);
        }
      }
      for (size_t ai = 0; ai < alts.size(); ++ai)
        for (auto& toks : expand_alternative(alts[ai], verbs)) b.add_pattern(toks, idx, ai >= n_written);
      if (b.patterns.size() == before) {
        err(path, ln, "empty pattern");
        continue;
      }
      b.entries.push_back(e);
    }
  }
  if (b.entries.empty()) return Status::Error("no lexicon entries compiled");

  b.drop_shadowed_generated();
  // Trie over word ids.
  struct BNode {
    std::map<uint32_t, uint32_t> kids;
    std::vector<uint32_t> outs;
    bool gap = false;
  };
  std::vector<BNode> trie(1);
  for (const auto& [ids, entry] : b.patterns) {
    uint32_t n = 0;
    const EntryRec& er = b.entries[entry];
    bool gap_pattern = ids.size() >= 2 && er.kind == static_cast<uint8_t>(EntryKind::Trigger) &&
                       er.sub == static_cast<uint8_t>(TriggerPos::Verb);
    size_t depth = 0;
    for (uint32_t id : ids) {
      auto it = trie[n].kids.find(id);
      if (it == trie[n].kids.end()) {
        uint32_t c = static_cast<uint32_t>(trie.size());
        trie[n].kids.emplace(id, c);
        trie.emplace_back();
        n = c;
      } else {
        n = it->second;
      }
      if (++depth == 1 && gap_pattern) trie[n].gap = true;
    }
    if (std::find(trie[n].outs.begin(), trie[n].outs.end(), entry) == trie[n].outs.end())
      trie[n].outs.push_back(entry);
  }
  // Lay out the image.
  Header h{};
  std::memcpy(h.magic, kMagic, 8);
  h.version = kVersion;
  h.header_size = sizeof(Header);
  h.n_words = static_cast<uint32_t>(b.words.size());
  h.n_entries = static_cast<uint32_t>(b.entries.size());
  h.n_patterns = static_cast<uint32_t>(b.patterns.size());
  h.n_nodes = static_cast<uint32_t>(trie.size());
  uint32_t hs = 16;
  while (hs < h.n_words * 2 + 16) hs <<= 1;
  h.hash_size = hs;
  std::vector<WordRec> words;
  std::string pool = b.pool;
  for (const auto& w : b.words) {
    words.push_back({static_cast<uint32_t>(pool.size()), static_cast<uint32_t>(w.size())});
    pool.append(w);
    pool.push_back('\0');
  }
  std::vector<uint32_t> hash(hs, 0);
  for (uint32_t i = 0; i < b.words.size(); ++i) {
    uint32_t k = fnv32(b.words[i]) & (hs - 1);
    while (hash[k]) k = (k + 1) & (hs - 1);
    hash[k] = i + 1;
  }
  std::vector<PatRec> pats;
  std::vector<uint32_t> pat_ids;
  for (const auto& [ids, entry] : b.patterns) {
    pats.push_back({static_cast<uint32_t>(pat_ids.size()), static_cast<uint32_t>(ids.size()), entry});
    pat_ids.insert(pat_ids.end(), ids.begin(), ids.end());
  }
  std::vector<NodeRec> nodes;
  std::vector<EdgeRec> edges;
  std::vector<uint32_t> outs;
  for (const auto& n : trie) {
    NodeRec r{};
    r.edge_b = static_cast<uint32_t>(edges.size());
    for (const auto& [w, c] : n.kids) edges.push_back({w, c});
    r.edge_e = static_cast<uint32_t>(edges.size());
    r.out_b = static_cast<uint32_t>(outs.size());
    outs.insert(outs.end(), n.outs.begin(), n.outs.end());
    r.out_e = static_cast<uint32_t>(outs.size());
    r.flags = n.gap ? 1 : 0;
    nodes.push_back(r);
  }
  h.n_pat_ids = static_cast<uint32_t>(pat_ids.size());
  h.n_edges = static_cast<uint32_t>(edges.size());
  h.n_outs = static_cast<uint32_t>(outs.size());
  h.pool_size = static_cast<uint32_t>(pool.size());

  auto lex = std::shared_ptr<Lexicon>(new Lexicon());
  lex->impl_ = std::make_unique<Impl>();
  std::vector<char>& img = lex->impl_->owned;
  auto put = [&](const void* p, size_t n) {
    img.resize(align8(img.size()), 0);
    const char* c = static_cast<const char*>(p);
    img.insert(img.end(), c, c + n);
  };
  put(&h, sizeof h);
  put(words.data(), words.size() * sizeof(WordRec));
  put(hash.data(), hash.size() * 4);
  put(b.entries.data(), b.entries.size() * sizeof(EntryRec));
  put(pats.data(), pats.size() * sizeof(PatRec));
  put(pat_ids.data(), pat_ids.size() * 4);
  put(nodes.data(), nodes.size() * sizeof(NodeRec));
  put(edges.data(), edges.size() * sizeof(EdgeRec));
  put(outs.data(), outs.size() * 4);
  put(pool.data(), pool.size());
  img.resize(align8(img.size()), 0);
  Header* hp = reinterpret_cast<Header*>(img.data());
  hp->file_size = img.size();
  hp->checksum = fnv64(img.data() + sizeof(Header), img.size() - sizeof(Header));
  lex->data_ = img.data();
  lex->size_ = img.size();
  Status st = lex->attach();
  if (!st.ok()) return st;
  return lex;
}

Status Lexicon::attach() {
  Impl& m = *impl_;
  if (size_ < sizeof(Header)) return Status::Error("lexicon image too small");
  m.h = reinterpret_cast<const Header*>(data_);
  const Header& h = *m.h;
  if (std::memcmp(h.magic, kMagic, 8) != 0) return Status::Error("not a marsad lexicon (bad magic)");
  if (h.version != kVersion)
    return Status::Error("lexicon version " + std::to_string(h.version) + ", this program reads " +
                         std::to_string(kVersion) + ": run `marsad lexicon compile` again");
  if (h.file_size != size_ || h.header_size != sizeof(Header))
    return Status::Error("lexicon size mismatch (truncated or corrupt file)");
  size_t off = 0;
  auto take = [&](size_t n) -> const char* {
    off = align8(off);
    const char* p = data_ + off;
    off += n;
    return p;
  };
  take(sizeof(Header));
  m.words = reinterpret_cast<const WordRec*>(take(size_t(h.n_words) * sizeof(WordRec)));
  m.hash = reinterpret_cast<const uint32_t*>(take(size_t(h.hash_size) * 4));
  m.entries = reinterpret_cast<const EntryRec*>(take(size_t(h.n_entries) * sizeof(EntryRec)));
  m.pats = reinterpret_cast<const PatRec*>(take(size_t(h.n_patterns) * sizeof(PatRec)));
  m.pat_ids = reinterpret_cast<const uint32_t*>(take(size_t(h.n_pat_ids) * 4));
  m.nodes = reinterpret_cast<const NodeRec*>(take(size_t(h.n_nodes) * sizeof(NodeRec)));
  m.edges = reinterpret_cast<const EdgeRec*>(take(size_t(h.n_edges) * sizeof(EdgeRec)));
  m.outs = reinterpret_cast<const uint32_t*>(take(size_t(h.n_outs) * 4));
  m.pool = take(h.pool_size);
  if (align8(off) > size_) return Status::Error("lexicon sections exceed the file size");
  if (h.hash_size == 0 || (h.hash_size & (h.hash_size - 1)))
    return Status::Error("lexicon hash table size is not a power of two");
  return Status::Ok();
}

Status Lexicon::save(const std::string& path) const { return save_image(path, data_, size_); }

Result<std::shared_ptr<Lexicon>> Lexicon::load(const std::string& path) {
  auto lex = std::shared_ptr<Lexicon>(new Lexicon());
  lex->impl_ = std::make_unique<Impl>();
  Status m = lex->impl_->file.open(path, sizeof(Header), "lexicon");
  if (!m.ok()) return m;
  lex->data_ = lex->impl_->file.data();
  lex->size_ = lex->impl_->file.size();
  Status s = lex->attach();
  if (!s.ok()) return Status::Error(path + ": " + s.message());
  uint64_t sum = fnv64(lex->data_ + sizeof(Header), lex->size_ - sizeof(Header));
  if (sum != lex->impl_->h->checksum) return Status::Error(path + ": lexicon checksum mismatch");
  return lex;
}

size_t Lexicon::entry_count() const { return impl_->h->n_entries; }
size_t Lexicon::word_count() const { return impl_->h->n_words; }
size_t Lexicon::pattern_count() const { return impl_->h->n_patterns; }
const EntryRec& Lexicon::entry(uint32_t i) const { return impl_->entries[i]; }
const char* Lexicon::str(uint32_t off) const { return impl_->pool + off; }
uint64_t Lexicon::checksum() const { return impl_->h->checksum; }
uint32_t Lexicon::version() const { return impl_->h->version; }

int32_t Lexicon::word_id(std::string_view w) const {
  const Impl& m = *impl_;
  uint32_t mask = m.h->hash_size - 1;
  uint32_t k = fnv32(w) & mask;
  while (uint32_t v = m.hash[k]) {
    const WordRec& r = m.words[v - 1];
    if (r.len == w.size() && std::memcmp(m.pool + r.off, w.data(), r.len) == 0)
      return static_cast<int32_t>(v - 1);
    k = (k + 1) & mask;
  }
  return -1;
}
std::string_view Lexicon::word(uint32_t id) const {
  const WordRec& r = impl_->words[id];
  return {impl_->pool + r.off, r.len};
}
std::vector<uint32_t> Lexicon::pattern_words(uint32_t i) const {
  const PatRec& p = impl_->pats[i];
  return {impl_->pat_ids + p.ids_off, impl_->pat_ids + p.ids_off + p.ids_len};
}
uint32_t Lexicon::pattern_entry(uint32_t i) const { return impl_->pats[i].entry; }

namespace {
bool gap_entry(const EntryRec& r) {
  return r.kind == static_cast<uint8_t>(EntryKind::Trigger) && r.sub == static_cast<uint8_t>(TriggerPos::Verb);
}
struct Cand {
  uint32_t id;
  uint8_t pro;
};
// Candidate word ids of token k (its analyses that are in the vocabulary).
void candidates(const Lexicon& lx, const Segmentation& seg, uint32_t k, std::vector<Cand>* out) {
  out->clear();
  const Token& t = seg.tokens[k];
  for (uint32_t a = t.an_begin; a < t.an_end; ++a) {
    int32_t id = lx.word_id(seg.stem(seg.analyses[a]));
    if (id < 0) continue;
    bool dup = false;
    for (const Cand& c : *out) dup |= c.id == static_cast<uint32_t>(id);
    if (!dup) out->push_back({static_cast<uint32_t>(id), seg.analyses[a].pro});
  }
  if (t.kind == TokKind::Punct) {
    int32_t id = lx.word_id(seg.form(t));
    if (id >= 0) out->push_back({static_cast<uint32_t>(id), 0});
  }
}
}  // namespace

void Lexicon::match(const Segmentation& seg, uint32_t b, uint32_t e,
                    std::vector<LexMatch>* out) const {
  const Impl& m = *impl_;
  thread_local std::vector<std::vector<Cand>> cands;
  if (cands.size() < e - b) cands.resize(e - b);
  for (uint32_t k = b; k < e; ++k) candidates(*this, seg, k, &cands[k - b]);
  struct Frame {
    uint32_t node, tok;
    uint8_t pro;
    uint8_t gap;
  };
  thread_local std::vector<Frame> stack;
  thread_local std::vector<LexMatch> found;
  for (uint32_t s = b; s < e; ++s) {
    if (cands[s - b].empty()) continue;
    found.clear();
    stack.clear();
    stack.push_back({0, s, 0, 0});
    while (!stack.empty()) {
      Frame f = stack.back();
      stack.pop_back();
      if (f.tok >= e) continue;
      const NodeRec& n = m.nodes[f.node];
      if ((n.flags & 1) && !f.gap && f.tok == s + 1) {
        for (uint32_t g = 1; g <= kMaxGap && f.tok + g < e; ++g) {
          // (words, and digits: "احتجزت 68 رهينة", "أطلقوا 5 صواريخ")
          if (seg.tokens[f.tok + g - 1].kind != TokKind::Word && seg.tokens[f.tok + g - 1].kind != TokKind::Number)
            break;
          stack.push_back({f.node, f.tok + g, f.pro, static_cast<uint8_t>(g)});
        }
      }
      for (const Cand& c : cands[f.tok - b]) {
        const EdgeRec* lo = m.edges + n.edge_b;
        const EdgeRec* hi = m.edges + n.edge_e;
        const EdgeRec* it = std::lower_bound(lo, hi, c.id, [](const EdgeRec& r, uint32_t v) { return r.word < v; });
        if (it == hi || it->word != c.id) continue;
        uint8_t pro = f.tok == s ? c.pro : f.pro;
        const NodeRec& child = m.nodes[it->child];
        for (uint32_t o = child.out_b; o < child.out_e; ++o) {
          if (f.gap && !gap_entry(m.entries[m.outs[o]])) continue;
          found.push_back({s, f.tok + 1, m.outs[o], pro, f.gap});
        }
        if (child.edge_b != child.edge_e) stack.push_back({it->child, f.tok + 1, pro, f.gap});
      }
    }
    std::sort(found.begin(), found.end(), [](const LexMatch& x, const LexMatch& y) {
      return x.tok_end != y.tok_end ? x.tok_end < y.tok_end : x.entry < y.entry;
    });
    found.erase(std::unique(found.begin(), found.end(),
                            [](const LexMatch& x, const LexMatch& y) {
                              return x.tok_end == y.tok_end && x.entry == y.entry;
                            }),
                found.end());
    out->insert(out->end(), found.begin(), found.end());
  }
}

void Lexicon::match_naive(const Segmentation& seg, uint32_t b, uint32_t e,
                          std::vector<LexMatch>* out) const {
  std::vector<std::vector<Cand>> cands(e - b);
  for (uint32_t k = b; k < e; ++k) candidates(*this, seg, k, &cands[k - b]);
  for (uint32_t s = b; s < e; ++s) {
    std::vector<LexMatch> found;
    for (uint32_t p = 0; p < impl_->h->n_patterns; ++p) {
      auto ids = pattern_words(p);
      bool can_gap = ids.size() >= 2 && gap_entry(entry(pattern_entry(p)));
      for (uint32_t gap = 0; gap <= (can_gap ? kMaxGap : 0); ++gap) {
        if (s + ids.size() + gap > e) break;
        bool words_only = true;
        for (uint32_t g = 0; g < gap; ++g)
          words_only &= seg.tokens[s + 1 + g].kind == TokKind::Word || seg.tokens[s + 1 + g].kind == TokKind::Number;
        if (!words_only) break;
        bool ok = true;
        uint8_t pro = 0;
        for (size_t j = 0; j < ids.size() && ok; ++j) {
          uint32_t k = static_cast<uint32_t>(s + j + (j >= 1 ? gap : 0));
          bool hit = false;
          for (const Cand& c : cands[k - b])
            if (c.id == ids[j]) {
              hit = true;
              if (j == 0) pro = c.pro;
              break;
            }
          ok = hit;
        }
        if (ok)
          found.push_back({s, static_cast<uint32_t>(s + ids.size() + gap), pattern_entry(p), pro,
                           static_cast<uint8_t>(gap)});
      }
    }
    std::sort(found.begin(), found.end(), [](const LexMatch& x, const LexMatch& y) {
      return x.tok_end != y.tok_end ? x.tok_end < y.tok_end : x.entry < y.entry;
    });
    found.erase(std::unique(found.begin(), found.end(),
                            [](const LexMatch& x, const LexMatch& y) {
                              return x.tok_end == y.tok_end && x.entry == y.entry;
                            }),
                found.end());
    out->insert(out->end(), found.begin(), found.end());
  }
}

}  // namespace marsad
